import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { ProgrammeDetail } from '@/features/office/components/programme-detail';
import { useOfficeT } from '@/features/office/use-office-t';

export default function OfficeProgrammeRoute() {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.programme')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="programmes" />
        <ProgrammeDetail key={id} id={id} />
      </div>
    </App>
  );
}

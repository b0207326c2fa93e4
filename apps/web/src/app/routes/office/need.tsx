import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NeedDetail } from '@/features/office/components/need-detail';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';

export default function OfficeNeedRoute() {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.need')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="programmes" />
        <NeedDetail key={id} id={id} />
      </div>
    </App>
  );
}

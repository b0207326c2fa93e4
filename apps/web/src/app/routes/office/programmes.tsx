import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { ProgrammeList } from '@/features/office/components/programme-list';
import { useOfficeT } from '@/features/office/use-office-t';

export default function OfficeProgrammesRoute() {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.programmes')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="programmes" />
        <Typography.Title level={2}>{t('pages.programmes')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('pages.programmesLead')}</Typography.Paragraph>
        <ProgrammeList />
      </div>
    </App>
  );
}

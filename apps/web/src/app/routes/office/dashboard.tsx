import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficeDashboard } from '@/features/office/components/dashboard';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';

export default function OfficeDashboardRoute() {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.dashboard')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="dashboard" />
        <Typography.Title level={2}>{t('pages.dashboard')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('pages.dashboardLead')}</Typography.Paragraph>
        <OfficeDashboard />
      </div>
    </App>
  );
}

import { Typography } from 'antd';
import { OfficeDashboard } from '@/features/office/components/dashboard';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

export default function OfficeDashboardRoute() {
  const { t } = useOfficeT();
  return (
    <OfficePage title={t('pages.dashboard')}>
      <OfficeNavLinks current="dashboard" />
      <Typography.Title level={2}>{t('pages.dashboard')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('pages.dashboardLead')}</Typography.Paragraph>
      <OfficeDashboard />
    </OfficePage>
  );
}

import { Typography } from 'antd';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { IntegrityRecords, useOutcomesT } from '@/features/outcomes';
import { OfficePage } from './office-page';

export default function OfficeIntegrityRoute() {
  const { t } = useOutcomesT();
  return (
    <OfficePage title={t('integrity.title')}>
      <OfficeNavLinks current="integrity" />
      <Typography.Title level={2}>{t('integrity.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('integrity.lead')}</Typography.Paragraph>
      <IntegrityRecords />
    </OfficePage>
  );
}

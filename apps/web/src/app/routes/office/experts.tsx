import { Typography } from 'antd';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { ExpertPool, useExpertsT } from '@/features/experts';
import { OfficePage } from './office-page';

export default function OfficeExpertsRoute() {
  const { t } = useExpertsT();
  return (
    <OfficePage title={t('pool.title')}>
      <OfficeNavLinks current="experts" />
      <Typography.Title level={2}>{t('pool.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('pool.lead')}</Typography.Paragraph>
      <ExpertPool />
    </OfficePage>
  );
}

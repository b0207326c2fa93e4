import { Typography } from 'antd';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { ProgrammeList } from '@/features/office/components/programme-list';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

export default function OfficeProgrammesRoute() {
  const { t } = useOfficeT();
  return (
    <OfficePage title={t('pages.programmes')}>
      <OfficeNavLinks current="programmes" />
      <Typography.Title level={2}>{t('pages.programmes')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('pages.programmesLead')}</Typography.Paragraph>
      <ProgrammeList />
    </OfficePage>
  );
}

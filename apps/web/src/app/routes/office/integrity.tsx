import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { IntegrityRecords, useOutcomesT } from '@/features/outcomes';

export default function OfficeIntegrityRoute() {
  const { t: g } = useTranslation();
  const { t } = useOutcomesT();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('integrity.title')} · ${g('app.name')}`}</title>
        <OfficeNavLinks current="integrity" />
        <Typography.Title level={2}>{t('integrity.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('integrity.lead')}</Typography.Paragraph>
        <IntegrityRecords />
      </div>
    </App>
  );
}

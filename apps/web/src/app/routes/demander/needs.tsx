import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NeedsList } from '@/features/needs/components/needs-list';
import { useNeedsT } from '@/features/needs/use-needs-t';

export default function DemanderNeedsRoute() {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('title')} · ${tApp('app.name')}`}</title>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <NeedsList />
    </div>
  );
}

import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MyExpertProfile, useExpertsT } from '@/features/experts';

export default function ExpertProfileRoute() {
  const { t } = useExpertsT();
  const { t: tApp } = useTranslation();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('me.title')} · ${tApp('app.name')}`}</title>
        <Typography.Title level={2}>{t('me.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('me.lead')}</Typography.Paragraph>
        <MyExpertProfile />
      </div>
    </App>
  );
}

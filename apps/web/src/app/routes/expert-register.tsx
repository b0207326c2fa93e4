import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExpertRegistrationForm, useExpertsT } from '@/features/experts';

export default function ExpertRegisterRoute() {
  const { t } = useExpertsT();
  const { t: tApp } = useTranslation();
  const [params] = useSearchParams();
  return (
    <div className="page registration-page">
      <title>{`${t('register.title')} · ${tApp('app.name')}`}</title>
      <Typography.Title level={2}>{t('register.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('register.subtitle')}</Typography.Paragraph>
      <ExpertRegistrationForm defaultTenantCode={params.get('pool') ?? ''} />
    </div>
  );
}

import { Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { RegistrationForm } from '@/features/organisations/components/registration-form';
import { useOrganisationsT } from '@/features/organisations/i18n';

export default function RegisterRoute() {
  const { t } = useOrganisationsT();
  const [params] = useSearchParams();
  return (
    <div className="page registration-page">
      <title>{t('register.title')}</title>
      <Typography.Title level={2}>{t('register.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('register.subtitle')}</Typography.Paragraph>
      <RegistrationForm defaultTenantCode={params.get('tenant') ?? ''} />
    </div>
  );
}

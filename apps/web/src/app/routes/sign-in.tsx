import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Logo } from '@/components/logo';
import { SignInForm } from '@/features/auth/components/sign-in-form';

/** Only same-site paths are followed after sign-in, never another origin. */
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/hall');

export default function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <div className="sign-in-page">
      <title>{`${t('signIn.title')} · ${t('app.name')}`}</title>
      <Card className="sign-in-card">
        <div className="sign-in-heading">
          <Logo compact />
          <Typography.Title level={3}>{t('signIn.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        </div>
        <SignInForm onSignedIn={() => void navigate(safeNext(params.get('next')), { replace: true })} />
        <Typography.Paragraph type="secondary" className="sign-in-footnote">
          {t('signIn.publicHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

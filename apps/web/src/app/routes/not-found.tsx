import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
      <Result
        status="404"
        title={t('errors.notFoundTitle')}
        subTitle={t('errors.pageNotFound')}
        extra={
          <Link to="/">
            <Button type="primary">{t('nav.backHome')}</Button>
          </Link>
        }
      />
    </>
  );
}

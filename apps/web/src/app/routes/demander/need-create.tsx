import { App, Breadcrumb, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NeedForm } from '@/features/needs/components/need-form';
import { useNeedsT } from '@/features/needs/use-needs-t';

export default function NeedCreateRoute() {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const { programmeId = '' } = useParams();
  return (
    <div className="page">
      <title>{`${t('form.createTitle')} · ${tApp('app.name')}`}</title>
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to={`/demander?programme=${programmeId}`}>{t('title')}</Link> }, { title: t('form.createTitle') }]} />
      <Typography.Title level={2}>{t('form.createTitle')}</Typography.Title>
      <App component={false}>
        <NeedForm mode={{ kind: 'create', programmeId }} />
      </App>
    </div>
  );
}

import { Alert, App, Breadcrumb, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { useNeed } from '@/features/needs/api/get-need';
import { NeedForm } from '@/features/needs/components/need-form';
import { useNeedsT } from '@/features/needs/use-needs-t';

export default function NeedEditRoute() {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const { id = '' } = useParams();
  const query = useNeed(id);
  return (
    <div className="page">
      <title>{`${t('form.editTitle')} · ${tApp('app.name')}`}</title>
      {query.isPending ? (
        <PageLoading rows={10} />
      ) : query.isError ? (
        <PageError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Breadcrumb
            className="page-breadcrumb"
            items={[{ title: <Link to={`/demander?programme=${query.data.programmeId}`}>{t('title')}</Link> }, { title: <Link to={`/demander/needs/${id}`}>{query.data.title}</Link> }, { title: t('form.editTitle') }]}
          />
          <Typography.Title level={2}>{t('form.editTitle')}</Typography.Title>
          {/* The server decides: without `edit` among the need's actions there is no form. */}
          {query.data.actions.includes('edit') ? (
            <App component={false}>
              <NeedForm key={query.data.version} mode={{ kind: 'edit', need: query.data }} />
            </App>
          ) : (
            <Alert type="info" showIcon title={t('form.notEditable')} />
          )}
        </>
      )}
    </div>
  );
}

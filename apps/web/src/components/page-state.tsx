import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';

/** Loading, empty and error states shared by every page, so they look and read the same everywhere. */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  return (
    <div className="page-state" role="status" aria-busy="true">
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function PageEmpty({ description, action }: { description: ReactNode; action?: ReactNode }) {
  return (
    <div className="page-state">
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
        {action}
      </Empty>
    </div>
  );
}

/** A failed request: "not found" for 403/404 (the API hides what you may not see), otherwise the reason and a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : 'NETWORK';
  const notFound = isApiError(error) && (error.status === 404 || error.status === 403);
  return (
    <div className="page-state page-error" role="alert">
      {notFound ? <ExclamationCircleFilled className="page-error-icon warning" /> : <CloseCircleFilled className="page-error-icon" />}
      <Typography.Title level={4}>{notFound ? t('errors.notFoundTitle') : t('errors.loadFailed')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t(`errors.codes.${code}`)}</Typography.Paragraph>
      {onRetry && !notFound && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    </div>
  );
}

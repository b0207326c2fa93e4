import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Last resort when a page fails to render or its code cannot be loaded (e.g. after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="page-state page-error" role="alert">
      <CloseCircleFilled className="page-error-icon" />
      <Typography.Title level={4}>{t('errors.pageFailed')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('errors.pageFailedHint')}</Typography.Paragraph>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </div>
  );
}

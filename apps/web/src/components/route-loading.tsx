import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code loads (each route is its own chunk). */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <div className="route-loading" role="status" aria-busy="true">
      <Spin description={t('common.loading')} />
    </div>
  );
}

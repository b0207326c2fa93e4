import { Link } from 'react-router';
import { useOfficeT } from '../use-office-t';

/** Office pages share the dashboard/programmes/integrity-records/expert-pool sub-navigation. */
export function OfficeNavLinks({ current }: { current: 'dashboard' | 'programmes' | 'integrity' | 'experts' }) {
  const { t } = useOfficeT();
  return (
    <span className="office-subnav">
      {current === 'dashboard' ? <strong>{t('pages.tabs.dashboard')}</strong> : <Link to="/office">{t('pages.tabs.dashboard')}</Link>}
      {' · '}
      {current === 'programmes' ? <strong>{t('pages.tabs.programmes')}</strong> : <Link to="/office/programmes">{t('pages.tabs.programmes')}</Link>}
      {' · '}
      {current === 'integrity' ? <strong>{t('pages.tabs.integrity')}</strong> : <Link to="/office/integrity">{t('pages.tabs.integrity')}</Link>}
      {' · '}
      {current === 'experts' ? <strong>{t('pages.tabs.experts')}</strong> : <Link to="/office/experts">{t('pages.tabs.experts')}</Link>}
    </span>
  );
}

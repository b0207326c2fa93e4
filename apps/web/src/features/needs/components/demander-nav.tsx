import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { useDemanderNavT } from '../nav/use-demander-nav-t';

/** The header's "我的需求" entry for users with a demander grant. Navigation only: the pages rely on the server's answers. */
export function useDemanderNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useDemanderNavT();
  const me = useMe();
  return me.data?.grants.some((grant) => grant.role === 'demander') ? [{ key: '/demander', label: <Link to="/demander">{t('label')}</Link> }] : [];
}

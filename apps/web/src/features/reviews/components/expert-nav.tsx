import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { useExpertNavT } from '../nav/use-expert-nav-t';

/** The header's "评审任务" entry for users with the expert grant. Navigation only: the pages rely on the server's answers. */
export function useExpertNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useExpertNavT();
  const me = useMe();
  return me.data?.grants.some((grant) => grant.role === 'expert_reviewer') ? [{ key: '/expert', label: <Link to="/expert">{t('label')}</Link> }] : [];
}

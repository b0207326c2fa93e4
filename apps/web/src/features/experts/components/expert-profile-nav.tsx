import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { createNamespace } from '@/i18n/namespace';

/** The header's label lives in this tiny namespace so the public pages do not load the pool's whole bundle. */
const useNavT = createNamespace('expertsNav', { 'zh-CN': { profile: '专家档案' }, en: { profile: 'Expert profile' } });

/** The header's "专家档案" entry for users with the expert grant. Navigation only: the page relies on the server's answers. */
export function useExpertProfileNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useNavT();
  const me = useMe();
  return me.data?.grants.some((grant) => grant.role === 'expert_reviewer') ? [{ key: '/expert/profile', label: <Link to="/expert/profile">{t('profile')}</Link> }] : [];
}

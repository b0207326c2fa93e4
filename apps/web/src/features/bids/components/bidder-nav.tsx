import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { createNamespace } from '@/i18n/namespace';

const BIDDER_ROLES: readonly string[] = ['bidder_org', 'principal_investigator'];

/**
 * The header's two labels in a namespace of their own: the header is on every page (the public hall's initial
 * JS included), so it must not pull in the bid pages' whole bundle. Both languages share one type, so neither can
 * miss a key.
 */
const NAV = { 'zh-CN': { myBids: '我的揭榜', register: '单位注册' }, en: { myBids: 'My bids', register: 'Register organisation' } };
const useNavT = createNamespace('bids-nav', NAV);

/**
 * The header's "我的揭榜" for users with a bidder or PI grant, and "单位注册" for visitors. Navigation only: what a
 * user may do on the pages comes from the server's answers.
 */
export function useBidderNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useNavT();
  const me = useMe();
  if (me.data === null) return [{ key: '/register', label: <Link to="/register">{t('register')}</Link> }];
  return me.data?.grants.some((grant) => BIDDER_ROLES.includes(grant.role)) ? [{ key: '/bidder', label: <Link to="/bidder/bids">{t('myBids')}</Link> }] : [];
}

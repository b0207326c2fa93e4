import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { createNamespace } from '@/i18n/namespace';

/** The header's label in a namespace of its own, so the header does not pull the outcome pages' bundle into every page. */
const NAV = { 'zh-CN': { tester: '验收测评' }, en: { tester: 'Acceptance testing' } };
const useNavT = createNamespace('tester-nav', NAV);

/** The header's "验收测评" entry for users with a tester grant. Navigation only: the pages rely on the server's answers. */
export function useTesterNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useNavT();
  const me = useMe();
  return me.data?.grants.some((grant) => grant.role === 'tester') ? [{ key: '/tester', label: <Link to="/tester">{t('tester')}</Link> }] : [];
}

import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { createNamespace } from '@/i18n/namespace';
import { OFFICER_ROLES } from '../types';

/**
 * The header's entry is in every page's first load, so its label lives in this tiny namespace instead of pulling
 * the office's whole translation bundle into the public hall's initial JS. Both languages share one shape (typed).
 */
const useNavT = createNamespace('officeNav', { 'zh-CN': { office: '办公室·工作台' }, en: { office: 'Office' } });

/**
 * The header's "办公室·工作台" entry, for users holding an officer grant. Navigation only: the office pages rely on
 * the server's answers (403/404, `actions`), never on this check.
 */
export function useOfficeNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useNavT();
  const me = useMe();
  const isOfficer = me.data?.grants.some((grant) => (OFFICER_ROLES as readonly string[]).includes(grant.role)) ?? false;
  return isOfficer ? [{ key: '/office', label: <Link to="/office">{t('office')}</Link> }] : [];
}

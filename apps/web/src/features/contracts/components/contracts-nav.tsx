import type React from 'react';
import { Link } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { createNamespace } from '@/i18n/namespace';
import { useMyContracts } from '../api/contracts';

/** The header's label in a namespace of its own, so the header does not pull the contract pages' bundle into every page. */
const NAV = { 'zh-CN': { contracts: '合同' }, en: { contracts: 'Contracts' } };
const useNavT = createNamespace('contracts-nav', NAV);

/**
 * The header's "合同" entry for signed-in users who take part in at least one contract (officer, PI, lead or
 * demanding organisation): the server's list decides, not the client's reading of roles.
 */
export function useContractsNavItems(): { key: string; label: React.ReactNode }[] {
  const { t } = useNavT();
  const me = useMe();
  const contracts = useMyContracts(Boolean(me.data));
  return contracts.data?.items.length ? [{ key: '/contracts', label: <Link to="/contracts">{t('contracts')}</Link> }] : [];
}

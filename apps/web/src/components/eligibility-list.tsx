import type { EligibilityPolicySchema } from '@jiebang/contracts';
import { CheckCircleTwoTone, InfoCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { provinceKeyOf } from '@/lib/regions';

export type Eligibility = z.infer<typeof EligibilityPolicySchema>;

/**
 * 揭榜条件 in plain words, from the programme's eligibility policy (set on the programme, not per challenge).
 * `className` styles the list where it stands (the hall's detail page and the officer's builder differ).
 */
export function EligibilityList({ eligibility, className }: { eligibility: Eligibility; className: string }) {
  const { t } = useTranslation();
  const regionName = (code: string) => {
    const key = provinceKeyOf(code);
    return key ? t(key) : code;
  };
  const regions = [...new Set(eligibility.regionScope.map(regionName))].join(t('common.listSeparator'));
  const lines: { key: string; text: string; restrictive: boolean }[] = [
    { key: 'region', text: eligibility.regionScope.length ? t('eligibility.regionLimited', { regions }) : t('eligibility.regionOpen'), restrictive: eligibility.regionScope.length > 0 },
    { key: 'legal', text: eligibility.requireLegalEntity ? t('eligibility.legalEntityRequired') : t('eligibility.legalEntityNotRequired'), restrictive: eligibility.requireLegalEntity },
    {
      key: 'bids',
      text: eligibility.maxBidsPerOrganisation === null ? t('eligibility.bidsUnlimited') : t('eligibility.bidsLimited', { count: eligibility.maxBidsPerOrganisation }),
      restrictive: eligibility.maxBidsPerOrganisation !== null,
    },
    {
      key: 'consortium',
      text: eligibility.maxConsortiumMembers === 0 ? t('eligibility.noConsortium') : t('eligibility.consortium', { count: eligibility.maxConsortiumMembers }),
      restrictive: eligibility.maxConsortiumMembers === 0,
    },
    { key: 'winners', text: eligibility.excludePreviousWinners ? t('eligibility.previousWinnersExcluded') : t('eligibility.previousWinnersWelcome'), restrictive: eligibility.excludePreviousWinners },
    { key: 'foreign', text: eligibility.allowForeignOrganisations ? t('eligibility.foreignAllowed') : t('eligibility.domesticOnly'), restrictive: !eligibility.allowForeignOrganisations },
  ];
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line.key}>
          {line.restrictive ? <InfoCircleTwoTone twoToneColor="#d48806" /> : <CheckCircleTwoTone twoToneColor="#389e0d" />}
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}

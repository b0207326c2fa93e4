import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { provinceKeyOf } from '@/lib/regions';
import { formatBasisPoints, formatYuan } from '@/lib/money';
import type { ProgrammePolicy } from '../types';
import { useOfficeT } from '../use-office-t';
import { PANEL_ROLES } from './review-safeguards-fields';

/** The programme's policy in plain words: who may bid, what is paid, how bids are scored and selected. */
export function PolicyView({ policy }: { policy: ProgrammePolicy }) {
  const { t: g } = useTranslation();
  const { t } = useOfficeT();
  const { eligibility: e, funding: f, review: r, selection: s } = policy;
  const region = (code: string) => {
    const key = provinceKeyOf(code);
    return key ? `${g(key)}（${code}）` : code;
  };
  const yuanOr = (fen: number | null, none: string) => (fen === null ? none : formatYuan(fen));
  return (
    <>
      <Typography.Title level={5}>{t('policy.eligibility')}</Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'region', label: t('policy.regionScope'), children: e.regionScope.length ? e.regionScope.map(region).join(g('common.listSeparator')) : g('eligibility.regionOpen') },
          { key: 'legal', label: t('policy.legalEntity'), children: e.requireLegalEntity ? g('eligibility.legalEntityRequired') : g('eligibility.legalEntityNotRequired') },
          { key: 'bids', label: t('policy.maxBids'), children: e.maxBidsPerOrganisation === null ? g('eligibility.bidsUnlimited') : g('eligibility.bidsLimited', { count: e.maxBidsPerOrganisation }) },
          { key: 'consortium', label: t('policy.consortium'), children: e.maxConsortiumMembers === 0 ? g('eligibility.noConsortium') : g('eligibility.consortium', { count: e.maxConsortiumMembers }) },
          { key: 'winners', label: t('policy.previousWinners'), children: e.excludePreviousWinners ? g('eligibility.previousWinnersExcluded') : g('eligibility.previousWinnersWelcome') },
          { key: 'foreign', label: t('policy.foreign'), children: e.allowForeignOrganisations ? g('eligibility.foreignAllowed') : g('eligibility.domesticOnly') },
        ]}
      />
      <Typography.Title level={5}>{t('policy.funding')}</Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'kind', label: g('funding.kind'), children: g(`funding.kinds.${f.kind}`) },
          { key: 'recipient', label: g('funding.recipient'), children: g(`funding.recipients.${f.recipient}`) },
          f.kind === 'fixed_reward'
            ? { key: 'fixed', label: g('funding.fixedAmount'), children: yuanOr(f.fixedAmountFen, g('common.none')) }
            : { key: 'rate', label: g('funding.rate'), children: formatBasisPoints(f.rateBp) },
          { key: 'cap', label: g('funding.cap'), children: yuanOr(f.capFen, g('funding.noCap')) },
          { key: 'minimum', label: g('funding.minimumBase'), children: yuanOr(f.minimumBaseFen, t('policy.noMinimum')) },
          { key: 'lumpSum', label: t('policy.lumpSum'), children: policy.lumpSumBudget ? t('policy.lumpSumYes') : t('policy.lumpSumNo') },
        ]}
      />
      <Typography.Title level={5}>{t('policy.review')}</Typography.Title>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={r.rubric}
        columns={[
          { key: 'label', title: t('policy.criterion'), dataIndex: 'label' },
          { key: 'key', title: t('policy.criterionKey'), dataIndex: 'key', width: 200 },
          { key: 'weight', title: t('policy.weight'), width: 100, render: (_, row) => formatBasisPoints(row.weightBp) },
        ]}
      />
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'min', label: t('policy.minScores'), children: t('policy.experts', { count: r.minScoresPerBid }) },
          { key: 'spread', label: t('policy.disagreement'), children: t('policy.points', { count: r.disagreementThreshold }) },
        ]}
      />
      <Typography.Title level={5}>{t('policy.safeguards')}</Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'quotas',
            label: t('policy.panelQuotas'),
            children: t('policy.quotaSummary', {
              roles: PANEL_ROLES.filter((role) => r.panelQuotas[role] > 0)
                .map((role) => `${t(`policy.roles.${role}`)} ${t('policy.seats', { count: r.panelQuotas[role] })}`)
                .join(g('common.listSeparator')),
              count: PANEL_ROLES.reduce((sum, role) => sum + r.panelQuotas[role], 0),
            }),
          },
          { key: 'diversity', label: t('policy.oneExpertPerOrganisation'), children: r.oneExpertPerOrganisation ? t('policy.diversityOn') : t('policy.diversityOff') },
          { key: 'blind', label: t('policy.blindReview'), children: r.blindReview ? t('policy.blindYes') : t('policy.blindNo') },
          { key: 'sameOrganisation', label: t('policy.sameOrganisation'), children: r.recusal.sameOrganisation ? t('policy.ruleOn') : t('policy.ruleOff') },
          { key: 'collaboration', label: t('policy.collaborationYears'), children: r.recusal.collaborationYears > 0 ? t('policy.withinYears', { count: r.recusal.collaborationYears }) : t('policy.collaborationOff') },
          { key: 'relatives', label: t('policy.relatives'), children: r.recusal.relatives ? t('policy.ruleOn') : t('policy.ruleOff') },
          { key: 'sameRegion', label: t('policy.sameRegion'), children: r.recusal.sameRegion ? t('policy.ruleOn') : t('policy.ruleOff') },
          { key: 'avoidList', label: t('policy.avoidListMax'), children: r.recusal.avoidListMax > 0 ? t('policy.avoidListUpTo', { count: r.recusal.avoidListMax }) : t('policy.avoidListNone') },
        ]}
      />
      <Typography.Title level={5}>{t('policy.selection')}</Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'shortlist', label: t('policy.maxShortlisted'), children: s.maxShortlisted },
          { key: 'winners', label: t('policy.maxWinners'), children: s.maxWinners > 1 ? t('policy.raceMode', { count: s.maxWinners }) : s.maxWinners },
          { key: 'notice', label: t('policy.noticePeriod'), children: t('policy.days', { count: s.noticePeriodDays }) },
        ]}
      />
    </>
  );
}

import { Alert, Descriptions, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatYuan } from '@/lib/money';
import type { Challenge } from '../types';

/** The programme's funding scheme and the server-computed preview for this challenge's budget (never computed here). */
export function FundingPanel({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const { scheme, previewForBudget: preview } = challenge.funding;
  return (
    <div className="funding-panel">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'kind', label: t('funding.kind'), children: t(`funding.kinds.${scheme.kind}`) },
          { key: 'recipient', label: t('funding.recipient'), children: t(`funding.recipients.${scheme.recipient}`) },
          ...(scheme.kind === 'fixed_reward'
            ? [{ key: 'fixed', label: t('funding.fixedAmount'), children: scheme.fixedAmountFen === null ? '—' : formatYuan(scheme.fixedAmountFen) }]
            : [{ key: 'rate', label: t('funding.rate'), children: t('funding.rateOf', { rate: formatBasisPoints(scheme.rateBp), base: t(`funding.bases.${preview.base}`) }) }]),
          { key: 'cap', label: t('funding.cap'), children: scheme.capFen === null ? t('funding.noCap') : formatYuan(scheme.capFen) },
          ...(scheme.minimumBaseFen !== null ? [{ key: 'minimum', label: t('funding.minimumBase'), children: formatYuan(scheme.minimumBaseFen) }] : []),
          { key: 'timing', label: t('funding.payoutTiming'), children: t(`funding.timings.${preview.payoutTiming}`) },
          { key: 'coFunding', label: t('challenge.coFunding'), children: formatYuan(challenge.coFundingFen) },
        ]}
      />
      <div className="funding-preview">
        <Statistic
          title={t('funding.previewTitle', { budget: formatYuan(challenge.budgetFen) })}
          value={preview.eligible ? formatYuan(preview.amountFen) : '—'}
          styles={{ content: { color: preview.eligible ? '#c0262d' : undefined } }}
        />
        {preview.capped && <Alert type="info" showIcon title={t('funding.cappedNote', { uncapped: formatYuan(preview.uncappedFen) })} />}
        {!preview.eligible && preview.reason === 'below_minimum_base' && (
          <Alert type="warning" showIcon title={t('funding.belowMinimum', { minimum: preview.minimumBaseFen === null ? '—' : formatYuan(preview.minimumBaseFen) })} />
        )}
        <div className="funding-preview-note">{t('funding.previewNote')}</div>
      </div>
    </div>
  );
}

import { Alert, Card, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@/lib/money';
import { useFundingPreview } from '../api/programme';
import { useChallengeOfficeT } from '../use-challenge-office-t';

/** What the programme's funding scheme pays for the budget being typed, as the server computes it (debounced). */
export function FundingEstimate({ programmeId, budgetFen }: { programmeId: string; budgetFen: number | null }) {
  const { t } = useChallengeOfficeT();
  const { t: g } = useTranslation();
  const [base, setBase] = useState(budgetFen);
  useEffect(() => {
    const timer = setTimeout(() => setBase(budgetFen), 300);
    return () => clearTimeout(timer);
  }, [budgetFen]);
  const preview = useFundingPreview(programmeId, base);
  const data = base && base > 0 ? preview.data : undefined;
  return (
    <Card size="small" title={t('builder.fundingTitle')}>
      {!base || base <= 0 ? (
        <Typography.Text type="secondary">{t('builder.fundingHint')}</Typography.Text>
      ) : preview.isError ? (
        <Alert type="error" showIcon title={t('builder.fundingFailed')} />
      ) : (
        <>
          <Statistic
            loading={!data}
            title={g('funding.previewTitle', { budget: formatYuan(base) })}
            value={data?.eligible ? formatYuan(data.amountFen) : '—'}
            styles={{ content: { color: data?.eligible ? '#c0262d' : undefined } }}
          />
          {data && (
            <Typography.Paragraph type="secondary" className="co-funding-basis">
              {t('builder.fundingBasis', { base: g(`funding.bases.${data.base}`), recipient: g(`funding.recipients.${data.recipient}`), timing: g(`funding.timings.${data.payoutTiming}`) })}
            </Typography.Paragraph>
          )}
          {data?.capped && <Alert type="info" showIcon title={g('funding.cappedNote', { uncapped: formatYuan(data.uncappedFen) })} />}
          {data && !data.eligible && data.reason === 'below_minimum_base' && <Alert type="warning" showIcon title={g('funding.belowMinimum', { minimum: data.minimumBaseFen === null ? '—' : formatYuan(data.minimumBaseFen) })} />}
          <Typography.Paragraph type="secondary" className="co-note">
            {g('funding.previewNote')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

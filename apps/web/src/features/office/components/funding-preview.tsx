import { Alert, Card, Input, Space, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@/lib/money';
import { wanToFen } from '@/lib/money-input';
import { useFundingPreview } from '../api/programmes';
import { useOfficeT } from '../use-office-t';

/** The officer types a base in 万元; the server computes what the scheme pays (live, debounced). */
export function FundingPreviewBox({ programmeId }: { programmeId: string }) {
  const { t } = useOfficeT();
  const { t: g } = useTranslation();
  const [text, setText] = useState('500');
  const [baseFen, setBaseFen] = useState<number | null>(wanToFen('500'));
  const invalid = text.trim() !== '' && wanToFen(text) === null;
  useEffect(() => {
    const timer = setTimeout(() => setBaseFen(wanToFen(text)), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const preview = useFundingPreview(programmeId, baseFen);
  const data = preview.data;
  return (
    <Card size="small" title={t('preview.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          aria-label={t('preview.base')}
          prefix={<Typography.Text type="secondary">{t('preview.base')}</Typography.Text>}
          suffix={g('money.unit')}
          value={text}
          status={invalid ? 'error' : undefined}
          onChange={(event) => setText(event.target.value)}
          style={{ maxWidth: 360 }}
        />
        {invalid && <Typography.Text type="danger">{t('preview.invalid')}</Typography.Text>}
        {preview.isError && <Alert type="error" showIcon title={t('preview.failed')} />}
        {data && (
          <>
            <Statistic title={t('preview.amount', { base: baseFen === null ? '—' : formatYuan(baseFen) })} value={data.eligible ? formatYuan(data.amountFen) : '—'} />
            <Typography.Text type="secondary">
              {t('preview.basis', { base: g(`funding.bases.${data.base}`) })} · {g(`funding.recipients.${data.recipient}`)} · {g(`funding.timings.${data.payoutTiming}`)}
            </Typography.Text>
            {data.capped && <Alert type="info" showIcon title={g('funding.cappedNote', { uncapped: formatYuan(data.uncappedFen) })} />}
            {!data.eligible && data.reason === 'below_minimum_base' && <Alert type="warning" showIcon title={g('funding.belowMinimum', { minimum: data.minimumBaseFen === null ? '—' : formatYuan(data.minimumBaseFen) })} />}
          </>
        )}
      </Space>
    </Card>
  );
}

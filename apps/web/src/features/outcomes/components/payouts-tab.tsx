import { App, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatYuan } from '@/lib/money';
import { useAdvancePayout, useComputePayout, usePayout } from '../api/payouts';
import type { Contract, Payout } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { OutcomeTimeline, StatusTag, useErrorText } from './shared';

/** 成果兑现: the scheme frozen in the contract, each payout with the computation behind its amount. */
export function PayoutsTab({ contract }: { contract: Contract }) {
  const { t } = useOutcomesT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compute = useComputePayout(contract);
  const scheme = contract.fundingScheme;

  const computeButton = contract.actions.includes('compute_payout') && (
    <Popconfirm
      title={t('payouts.computeConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        compute
          .mutateAsync(undefined, {
            onSuccess: (payout) => void message.success(t('payouts.computed', { amount: formatYuan(payout.amountFen) })),
            onError: (error) => void message.error(t('common.failed', { reason: errorText(error) })),
          })
          .catch(() => undefined)
      }
    >
      <Button type="primary" loading={compute.isPending}>
        {t('payouts.compute')}
      </Button>
    </Popconfirm>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('payouts.scheme')} size="small" extra={contract.payouts.length > 0 && computeButton}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('payouts.kind')}>{t(`schemeKind.${scheme.kind}`)}</Descriptions.Item>
          {scheme.kind === 'fixed_reward' ? (
            <Descriptions.Item label={t('payouts.fixedAmount')}>{scheme.fixedAmountFen === null ? t('common.none') : formatYuan(scheme.fixedAmountFen)}</Descriptions.Item>
          ) : (
            <Descriptions.Item label={t('payouts.rate')}>{`${t(`base.${BASE_OF[scheme.kind]}`)} × ${formatBasisPoints(scheme.rateBp)}`}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('payouts.cap')}>{scheme.capFen === null ? t('payouts.noCap') : formatYuan(scheme.capFen)}</Descriptions.Item>
          {scheme.minimumBaseFen !== null && <Descriptions.Item label={t('payouts.minimumBase')}>{formatYuan(scheme.minimumBaseFen)}</Descriptions.Item>}
          <Descriptions.Item label={t('payouts.recipient')}>{t(`recipient.${scheme.recipient}`)}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{t('payouts.schemeHint')}</Typography.Text>
      </Card>
      {contract.payouts.length === 0 ? (
        <Card>
          <PageEmpty
            description={
              <>
                <div>{t('payouts.none')}</div>
                <Typography.Text type="secondary">{t('payouts.noneHint')}</Typography.Text>
              </>
            }
            action={computeButton}
          />
        </Card>
      ) : (
        [...contract.payouts].sort((a, b) => b.computedAt.localeCompare(a.computedAt)).map((payout) => <PayoutCard key={payout.id} contractId={contract.id} payoutId={payout.id} />)
      )}
    </Space>
  );
}

/** The base each scheme kind's rate applies to (the payout itself names its base once computed). */
const BASE_OF = { rd_input_subsidy: 'rd_input', upfront_funding: 'contract_value', post_completion_subsidy: 'actual_contract_value', fixed_reward: 'none' } as const satisfies Record<
  Contract['fundingScheme']['kind'],
  Payout['computation']['base']
>;

function PayoutCard({ contractId, payoutId }: { contractId: string; payoutId: string }) {
  const { t } = useOutcomesT();
  const query = usePayout(payoutId);
  if (query.isPending) return <PageLoading rows={4} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const payout = query.data;
  const { computation } = payout;
  const recipient = payout.recipientOrgName ?? t(`recipient.${payout.recipientKind}`);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {t('payouts.payout')}
            <StatusTag group="payoutStatus" status={payout.status} />
          </Space>
        }
        extra={<PayoutActions contractId={contractId} payout={payout} recipient={recipient} />}
      >
        <div>
          <Typography.Text type="secondary">{t('payouts.amount')}</Typography.Text>
          <Typography.Title level={3} style={{ margin: '4px 0 4px' }}>
            {formatYuan(payout.amountFen)}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('payouts.computationLine', { formula: formula(computation, t) })}
          </Typography.Paragraph>
        </div>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={t('payouts.kind')}>{t(`schemeKind.${payout.schemeKind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('payouts.timingLabel')}>{t(`timing.${computation.timing}`)}</Descriptions.Item>
          {computation.base === 'none' ? (
            <Descriptions.Item label={t('payouts.fixedAmount')}>{computation.fixedAmountFen === null ? t('common.none') : formatYuan(computation.fixedAmountFen)}</Descriptions.Item>
          ) : (
            <>
              <Descriptions.Item label={t('payouts.baseLabel')}>{`${t(`base.${computation.base}`)} ${formatYuan(computation.baseFen)}`}</Descriptions.Item>
              <Descriptions.Item label={t('payouts.rate')}>{formatBasisPoints(computation.rateBp)}</Descriptions.Item>
              <Descriptions.Item label={t('payouts.uncapped')}>{formatYuan(computation.uncappedFen)}</Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('payouts.cap')}>
            {computation.capFen === null ? t('payouts.noCap') : formatYuan(computation.capFen)}
            {computation.capped && (
              <Tag color="orange" style={{ marginInlineStart: 8 }}>
                {t('payouts.capped')}
              </Tag>
            )}
          </Descriptions.Item>
          {computation.minimumBaseFen !== null && <Descriptions.Item label={t('payouts.minimumBase')}>{formatYuan(computation.minimumBaseFen)}</Descriptions.Item>}
          <Descriptions.Item label={t('payouts.recipient')} span={2}>
            {payout.recipientOrgName ?? t('common.none')} <Typography.Text type="secondary">（{t(`recipient.${payout.recipientKind}`)}）</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('payouts.computedAt')}>{formatDateTime(payout.computedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('payouts.approvedAt')}>{payout.approvedAt ? formatDateTime(payout.approvedAt) : t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('payouts.paidAt')}>{payout.paidAt ? formatDateTime(payout.paidAt) : t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('common.timeline')} size="small">
        <OutcomeTimeline aggregate="payout" group="payoutStatus" entries={payout.timeline} />
      </Card>
    </Space>
  );
}

function formula(computation: Payout['computation'], t: ReturnType<typeof useOutcomesT>['t']): string {
  if (computation.base === 'none') return t('payouts.formulaFixed', { amount: formatYuan(computation.amountFen) });
  const parts = { base: formatYuan(computation.baseFen), rate: formatBasisPoints(computation.rateBp), uncapped: formatYuan(computation.uncappedFen) };
  return computation.capped && computation.capFen !== null ? t('payouts.formulaCapped', { ...parts, cap: formatYuan(computation.capFen) }) : t('payouts.formula', parts);
}

function PayoutActions({ contractId, payout, recipient }: { contractId: string; payout: Payout; recipient: string }) {
  const { t } = useOutcomesT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const advance = useAdvancePayout(contractId);
  const amount = formatYuan(payout.amountFen);
  const run = (event: 'approve' | 'pay') =>
    advance
      .mutateAsync(
        { payout, event },
        {
          onSuccess: () => void message.success(t(event === 'approve' ? 'payouts.approved' : 'payouts.paid', { amount })),
          onError: (error) => void message.error(t('common.failed', { reason: errorText(error) })),
        },
      )
      .catch(() => undefined);
  return (
    <Space>
      {payout.actions.filter((action): action is 'approve' | 'pay' => action === 'approve' || action === 'pay').map((event) => (
        <Popconfirm
          key={event}
          title={t(event === 'approve' ? 'payouts.approveConfirm' : 'payouts.payConfirm', { amount, recipient })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(event)}
        >
          <Button type="primary" loading={advance.isPending && advance.variables.event === event}>
            {t(event === 'approve' ? 'payouts.approve' : 'payouts.pay')}
          </Button>
        </Popconfirm>
      ))}
    </Space>
  );
}

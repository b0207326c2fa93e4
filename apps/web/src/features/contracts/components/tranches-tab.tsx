import { Button, Popconfirm, Table, Typography } from 'antd';
import { PageEmpty } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatBudget, formatYuan } from '@/lib/money';
import { usePayTranche } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ContractView, Tranche } from '../types';
import { useCommandFeedback } from './command-feedback';
import { TrancheStatusTag } from './status-tags';
import { SupervisionTimeline } from './timelines';

/** 分期拨付: the schedule with each tranche's trigger and status; the officer pays an unlocked one after confirming. */
export function TranchesTab({ contract }: { contract: ContractView }) {
  const { t, language } = useContractsT();
  const pay = usePayTranche();
  const feedback = useCommandFeedback();
  if (contract.tranches.length === 0) return <PageEmpty description={t('tranches.empty')} />;
  const sum = (status: Tranche['status']) => formatBudget(contract.tranches.filter((tranche) => tranche.status === status).reduce((total, tranche) => total + tranche.amountFen, 0), language);
  const run = (tranche: Tranche) =>
    pay.mutate(tranche, {
      onSuccess: () => feedback.success(t('tranches.payDone', { n: tranche.sequence })),
      onError: (error) => feedback.failure(t('tranches.pay'), error),
    });
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('tranches.summary', { paid: sum('paid'), unlocked: sum('unlocked'), locked: sum('locked') })}</Typography.Paragraph>
      <Table<Tranche>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={contract.tranches}
        scroll={{ x: 760 }}
        expandable={{
          rowExpandable: (tranche) => tranche.timeline.length > 0,
          expandedRowRender: (tranche) => <SupervisionTimeline aggregate="tranche" entries={tranche.timeline} />,
        }}
        columns={[
          { key: 'n', title: t('tranches.colSequence'), width: 90, render: (_, tranche) => t('terms.trancheN', { n: tranche.sequence }) },
          { key: 'share', title: t('tranches.colShare'), width: 80, align: 'right', render: (_, tranche) => formatBasisPoints(tranche.shareBp) },
          { key: 'amount', title: t('tranches.colAmount'), width: 140, align: 'right', render: (_, tranche) => formatYuan(tranche.amountFen) },
          {
            key: 'trigger',
            title: t('tranches.colTrigger'),
            width: 210,
            render: (_, tranche) => (tranche.trigger === 'milestone' && tranche.milestoneSequence !== null ? t('triggerMilestone', { sequence: tranche.milestoneSequence }) : t(`trigger.${tranche.trigger}`)),
          },
          { key: 'status', title: t('tranches.colStatus'), width: 100, render: (_, tranche) => <TrancheStatusTag status={tranche.status} /> },
          { key: 'paid', title: t('tranches.colPaidAt'), width: 150, render: (_, tranche) => (tranche.paidAt ? formatDateTime(tranche.paidAt) : '—') },
          // The column is there only when the server offers this caller a payment.
          ...(contract.tranches.some((tranche) => tranche.actions.includes('pay')) ? [{
            key: 'actions',
            title: t('tranches.colActions'),
            width: 100,
            render: (_: unknown, tranche: Tranche) =>
              tranche.actions.includes('pay') ? (
                <Popconfirm
                  title={t('tranches.payConfirmTitle', { n: tranche.sequence, amount: formatYuan(tranche.amountFen) })}
                  description={t('tranches.payConfirm')}
                  okText={t('tranches.pay')}
                  cancelText={t('actions.cancel')}
                  onConfirm={() => run(tranche)}
                >
                  <Button type="primary" size="small" loading={pay.isPending && pay.variables?.id === tranche.id}>
                    {t('tranches.pay')}
                  </Button>
                </Popconfirm>
              ) : null,
          }] : []),
        ]}
      />
    </div>
  );
}

import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatYuan } from '@/lib/money';
import { useChallengeBids, useChallengeTitle, useCheckEligibility } from '../api/bids';
import type { Bid, EligibilityReport } from '../types';
import { useOfficeT } from '../use-office-t';
import { OfficeTimeline } from './office-timeline';
import { StatusTag } from './status-tag';

/** The formal check's findings, rule by rule, as the server recorded them. */
export function EligibilityReportView({ report }: { report: EligibilityReport }) {
  const { t } = useOfficeT();
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <div>
      <Typography.Text strong>{report.eligible ? t('bids.eligible') : t('bids.ineligible')}</Typography.Text>
      {report.checkedAt && <Typography.Text type="secondary"> · {formatDateTime(report.checkedAt)}</Typography.Text>}
      <ul style={{ listStyle: 'none', paddingLeft: 0, marginTop: 8 }}>
        {report.checks.map((check) => (
          <li key={check.rule} style={{ marginBottom: 4 }}>
            {check.passed ? <CheckCircleTwoTone twoToneColor="#389e0d" /> : <CloseCircleTwoTone twoToneColor="#cf1322" />} <Typography.Text strong>{dynamic(`bids.rules.${check.rule}`, { defaultValue: check.rule })}</Typography.Text>
            <Typography.Text type="secondary"> — {check.message}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Bids on one challenge for the programme office, with the formal check where the server offers it. */
export function ChallengeBids({ challengeId }: { challengeId: string }) {
  const { t } = useOfficeT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const challenge = useChallengeTitle(challengeId);
  const bids = useChallengeBids(challengeId);
  const check = useCheckEligibility(challengeId);
  const runCheck = (bid: Bid) =>
    check.mutate(bid, {
      onSuccess: (view) => void message.success(view.eligibilityReport?.eligible ? t('bids.checkedEligible', { title: view.title }) : t('bids.checkedIneligible', { title: view.title })),
      onError: (error) => void message.error(`${t('bids.checkFailed')}：${isApiError(error) ? g(`errors.codes.${error.code}`) : String(error)}`),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        {challenge.data && <Link to={`/office/programmes/${challenge.data.programme.id}`}>{challenge.data.programme.name}</Link>}
        <Typography.Title level={2} style={{ margin: '8px 0 0' }}>
          {challenge.data ? t('bids.titleFor', { title: challenge.data.title }) : t('bids.title')}
        </Typography.Title>
      </div>
      {bids.isPending ? (
        <PageLoading />
      ) : bids.isError ? (
        <PageError error={bids.error} onRetry={() => void bids.refetch()} />
      ) : !bids.data.items.length ? (
        <PageEmpty description={t('bids.empty')} />
      ) : (
        <Table
          rowKey="id"
          dataSource={bids.data.items}
          pagination={false}
          expandable={{
            expandedRowRender: (bid) => (
              <Space align="start" size="large" wrap>
                <div style={{ minWidth: 320 }}>{bid.eligibilityReport ? <EligibilityReportView report={bid.eligibilityReport} /> : <Typography.Text type="secondary">{t('bids.notChecked')}</Typography.Text>}</div>
                <div style={{ minWidth: 280 }}>
                  <OfficeTimeline entries={bid.timeline} />
                </div>
              </Space>
            ),
          }}
          columns={[
            { key: 'title', title: t('bids.bidTitle'), dataIndex: 'title' },
            { key: 'lead', title: t('bids.lead'), render: (_, bid) => (bid.isConsortium ? t('bids.consortium', { lead: bid.leadOrgName, count: bid.members.length - 1 }) : bid.leadOrgName) },
            { key: 'pi', title: t('bids.pi'), dataIndex: 'piName', width: 100 },
            { key: 'budget', title: t('bids.budget'), width: 140, render: (_, bid) => formatYuan(bid.budgetFen) },
            { key: 'submitted', title: t('bids.submittedAt'), width: 150, render: (_, bid) => (bid.submittedAt ? formatDateTime(bid.submittedAt) : '—') },
            { key: 'status', title: t('bids.status'), width: 110, render: (_, bid) => <StatusTag kind="bid" status={bid.status} /> },
            {
              key: 'eligibility',
              title: t('bids.eligibility'),
              width: 110,
              render: (_, bid) => (bid.eligibilityReport ? (bid.eligibilityReport.eligible ? <CheckCircleTwoTone twoToneColor="#389e0d" aria-label={t('bids.eligible')} /> : <CloseCircleTwoTone twoToneColor="#cf1322" aria-label={t('bids.ineligible')} />) : '—'),
            },
            {
              key: 'actions',
              title: t('bids.actions'),
              width: 130,
              render: (_, bid) =>
                bid.actions.includes('check_eligibility') && (
                  <Popconfirm title={t('bids.checkConfirm')} okText={g('common.confirm')} cancelText={g('common.cancel')} onConfirm={() => runCheck(bid)}>
                    <Button size="small" type="primary" loading={check.isPending && check.variables.id === bid.id}>
                      {t('bids.check')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </Space>
  );
}

import { App, Badge, Card, Col, Row, Space, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { useContract } from '@/features/contracts/api/contracts';
import { ChangeRequestsTab } from '@/features/contracts/components/change-requests-tab';
import { ContractHeader, FrozenIndicators } from '@/features/contracts/components/contract-header';
import { ExpensesTab } from '@/features/contracts/components/expenses-tab';
import { MilestonesTab } from '@/features/contracts/components/milestones-tab';
import { TermsTab } from '@/features/contracts/components/terms-tab';
import { SupervisionTimeline } from '@/features/contracts/components/timelines';
import { TranchesTab } from '@/features/contracts/components/tranches-tab';
import type { ContractView } from '@/features/contracts/types';
import { useContractsT } from '@/features/contracts/use-contracts-t';
import { AcceptanceTab, FailureReviewTab, PayoutsTab } from '@/features/outcomes';

type TabKey = 'terms' | 'milestones' | 'tranches' | 'changes' | 'expenses' | 'acceptance' | 'payouts' | 'failureReview';

const NEGOTIATING: readonly ContractView['status'][] = ['negotiation', 'negotiation_failed'];

/** Where a contract's page opens: where its work is now. */
function defaultTab(contract: ContractView): TabKey {
  if (NEGOTIATING.includes(contract.status)) return 'terms';
  if (contract.failureReview || contract.actions.includes('open_failure_review')) return 'failureReview';
  if (contract.status === 'active') return 'milestones';
  return 'acceptance';
}

/** How many items of a list await something from this caller (the server's actions say so). */
const pending = (items: readonly { actions: readonly string[] }[]) => items.filter((item) => item.actions.length > 0).length;

function ContractTabs({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  const [search, setSearch] = useSearchParams();
  const label = (text: string, count = 0): ReactNode => (count ? <Badge count={count} size="small" offset={[8, -2]}>{text}</Badge> : text);
  const negotiating = NEGOTIATING.includes(contract.status);
  const showFailure = contract.failureReview !== null || contract.actions.includes('open_failure_review');
  const items: { key: TabKey; label: ReactNode; children: ReactNode }[] = [
    { key: 'terms', label: label(t('tabs.terms')), children: <TermsTab contract={contract} /> },
    ...(negotiating
      ? []
      : [
          { key: 'milestones' as const, label: label(t('tabs.milestones'), pending(contract.milestones)), children: <MilestonesTab contract={contract} /> },
          { key: 'tranches' as const, label: label(t('tabs.tranches'), pending(contract.tranches)), children: <TranchesTab contract={contract} /> },
          { key: 'changes' as const, label: label(t('tabs.changes'), pending(contract.changeRequests)), children: <ChangeRequestsTab contract={contract} /> },
          { key: 'expenses' as const, label: label(t('tabs.expenses'), pending(contract.expenses)), children: <ExpensesTab contract={contract} /> },
          // The outcomes feature's tabs: acceptance (验收), payouts (成果兑现) and the failure review (失败复核).
          { key: 'acceptance' as const, label: label(t('tabs.acceptance'), pending(contract.acceptances)), children: <AcceptanceTab contract={contract} /> },
          { key: 'payouts' as const, label: label(t('tabs.payouts'), pending(contract.payouts)), children: <PayoutsTab contract={contract} /> },
          ...(showFailure ? [{ key: 'failureReview' as const, label: label(t('tabs.failureReview')), children: <FailureReviewTab contract={contract} /> }] : []),
        ]),
  ];
  const requested = search.get('tab');
  const active = items.find((item) => item.key === requested)?.key ?? defaultTab(contract);
  return (
    <Card>
      <Tabs
        activeKey={items.some((item) => item.key === active) ? active : 'terms'}
        onChange={(key) =>
          setSearch(
            (previous) => {
              const next = new URLSearchParams(previous);
              next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        items={items}
      />
    </Card>
  );
}

/** One contract for everyone who takes part in it: what each may do comes from the server's `actions`. */
export default function ContractDetailRoute() {
  const { t: g } = useTranslation();
  const { t } = useContractsT();
  const { id = '' } = useParams();
  const query = useContract(id);
  let body: ReactNode;
  if (query.isPending) body = <PageLoading rows={12} />;
  else if (query.isError) body = <PageError error={query.error} onRetry={() => void query.refetch()} />;
  else {
    const contract = query.data;
    body = (
      <>
        <ContractHeader contract={contract} />
        <Row gutter={[16, 16]} className="contract-body">
          <Col xs={24} xl={17}>
            <Space orientation="vertical" size={16} className="full-width">
              <ContractTabs contract={contract} />
              <FrozenIndicators contract={contract} />
            </Space>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('header.timeline')}>
              <SupervisionTimeline aggregate="contract" entries={contract.timeline} />
            </Card>
          </Col>
        </Row>
      </>
    );
  }
  return (
    <App component={false}>
      <div className="page">
        <title>{`${query.data?.challengeTitle ?? t('pages.detail')} · ${g('app.name')}`}</title>
        {body}
      </div>
    </App>
  );
}

import type { ReactNode } from 'react';
import { EventTimeline } from '@/components/event-timeline';
import { useContractsT } from '../use-contracts-t';
import type { ChangeRequestStatus, ContractStatus, ExpenseStatus, MilestoneStatus, TimelineEntry, TrancheStatus } from '../types';
import { ChangeRequestStatusTag, ContractStatusTag, ExpenseStatusTag, MilestoneStatusTag, TrancheStatusTag } from './status-tags';
import zhCN from '../i18n/zh-CN.json';

type Aggregate = keyof typeof zhCN.events;

const TAGS: Record<Aggregate, (status: string) => ReactNode> = {
  contract: (status) => <ContractStatusTag status={status as ContractStatus} />,
  milestone: (status) => <MilestoneStatusTag status={status as MilestoneStatus} />,
  tranche: (status) => <TrancheStatusTag status={status as TrancheStatus} />,
  change_request: (status) => <ChangeRequestStatusTag status={status as ChangeRequestStatus} />,
  expense: (status) => <ExpenseStatusTag status={status as ExpenseStatus} />,
};

/** The audit trail of a contract or one of its parts, with this feature's names for its events and statuses. */
export function SupervisionTimeline({ aggregate, entries }: { aggregate: Aggregate; entries: readonly TimelineEntry[] }) {
  const { t } = useContractsT();
  const known = zhCN.events[aggregate] as Record<string, string>;
  return (
    <EventTimeline
      entries={entries}
      eventLabel={(type) => {
        const [prefix, event = ''] = type.split('.');
        return prefix === aggregate && Object.hasOwn(known, event) ? t(`events.${aggregate}.${event}` as 'events.contract.sign') : undefined;
      }}
      statusTag={TAGS[aggregate]}
    />
  );
}

import { Alert, Space, Table, Tag, Typography } from 'antd';
import { PageError } from '@/components/page-state';
import { formatTimeSpan } from '@/lib/dates';
import type { DefenceSlot } from '../types';
import { useExpertDefences } from './api';
import { useInvitationT } from './use-invitation-t';

const STATUS_COLORS: Record<DefenceSlot['status'], string> = { scheduled: 'processing', held: 'success', absent: 'warning', cancelled: 'default' };

/** 答辩安排 as the panel's expert sees it; in a blind programme the presenters are numbered, never named. */
export function ExpertDefenceSchedule({ panelId }: { panelId: string }) {
  const { t } = useInvitationT();
  const query = useExpertDefences(panelId, true);
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data?.slots.length) return null;
  const schedule = query.data;
  return (
    <Space orientation="vertical" size={8} className="full-width expert-defences">
      <Typography.Title level={5}>{t('defences.title')}</Typography.Title>
      {schedule.blind && <Alert type="info" showIcon title={t('defences.blindNote')} />}
      <Table<DefenceSlot>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={schedule.slots}
        scroll={{ x: 640 }}
        columns={[
          { key: 'sequence', title: t('defences.sequence'), dataIndex: 'sequence', width: 64 },
          { key: 'bid', title: t('defences.bid'), render: (_, slot) => slot.bidTitle ?? t('defences.anonymous', { n: slot.sequence }) },
          { key: 'time', title: t('defences.time'), render: (_, slot) => formatTimeSpan(slot.startsAt, slot.endsAt) },
          { key: 'format', title: t('defences.format'), render: (_, slot) => t(`defences.formats.${slot.format}`) },
          { key: 'venue', title: t('defences.venue'), render: (_, slot) => slot.venue || '—' },
          { key: 'status', title: t('defences.status'), render: (_, slot) => <Tag color={STATUS_COLORS[slot.status]}>{t(`defences.statuses.${slot.status}`)}</Tag> },
        ]}
      />
    </Space>
  );
}

import { Button, Card, Table, Tag } from 'antd';
import { formatDateTime } from '@/lib/dates';
import type { RunSummary } from '../types';
import { useAssignmentT } from '../use-assignment-t';
import { StatusTag } from './parts';

/** Every run of the programme, newest first; choosing one shows it above. */
export function RunHistory({ runs, selected, onSelect }: { runs: readonly RunSummary[]; selected: string | null; onSelect: (runId: string) => void }) {
  const { t } = useAssignmentT();
  return (
    <Card title={t('history.title')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        aria-label={t('history.title')}
        dataSource={[...runs]}
        locale={{ emptyText: t('history.none') }}
        rowClassName={(row) => (row.id === selected ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'at', title: t('history.createdAt'), width: 150, render: (_, row) => formatDateTime(row.createdAt) },
          { key: 'mode', title: t('form.mode'), width: 110, render: (_, row) => <Tag>{t(`modes.${row.mode}`)}</Tag> },
          { key: 'seed', title: t('result.seed'), width: 120, render: (_, row) => row.seed ?? '—' },
          { key: 'status', title: t('history.status'), width: 90, render: (_, row) => <StatusTag status={row.status} /> },
          { key: 'scope', title: t('history.scope'), render: (_, row) => t('history.scopeText', { challenges: row.challengeCount, seats: row.seatCount }) },
          { key: 'objective', title: t('result.objective'), width: 100, align: 'right', render: (_, row) => row.objective.toFixed(3) },
          { key: 'shortfall', title: t('history.shortfall'), width: 80, align: 'right', dataIndex: 'shortfall' },
          { key: 'by', title: t('history.createdBy'), width: 110, dataIndex: 'createdByName' },
          {
            key: 'open',
            title: t('common.operations'),
            width: 90,
            render: (_, row) => (
              <Button size="small" type="link" disabled={row.id === selected} onClick={() => onSelect(row.id)}>
                {t('history.view')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

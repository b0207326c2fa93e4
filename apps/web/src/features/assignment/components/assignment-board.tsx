import { Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { useAssignmentBoard } from '../api/assignment';
import { useAssignmentT } from '../use-assignment-t';
import { RunForm } from './run-form';
import { RunHistory } from './run-history';
import { RunResult } from './run-result';

/**
 * 专家遴选 for a programme: choose challenges, mode and quotas and run; see the proposed panels, loads, exclusions
 * and the record that makes the run checkable; apply, discard or replay it; browse earlier runs.
 */
export function AssignmentBoard({ programmeId }: { programmeId: string }) {
  const { t } = useAssignmentT();
  const board = useAssignmentBoard(programmeId);
  const [chosen, setChosen] = useState<string | null>(null);
  if (board.isPending) return <PageLoading />;
  if (board.isError) return <PageError error={board.error} onRetry={() => void board.refetch()} />;
  const { programme, runs, actions } = board.data;
  const selected = chosen ?? runs[0]?.id ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t('pages.assignment')}
        </Typography.Title>
        <Space wrap>
          <Typography.Text type="secondary">{`${programme.code} · ${programme.name}`}</Typography.Text>
          <Link to={`/office/programmes/${programme.id}`}>{t('pages.backToProgramme')}</Link>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('pages.intro')}
        </Typography.Paragraph>
      </div>
      {actions.includes('run') && <RunForm programmeId={programmeId} board={board.data} onRun={(run) => setChosen(run.id)} />}
      {selected && <RunResult key={selected} programmeId={programmeId} runId={selected} />}
      <RunHistory runs={runs} selected={selected} onSelect={setChosen} />
    </Space>
  );
}

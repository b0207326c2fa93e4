import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError } from '@/components/page-state';
import { usePanelAssignment, useReplaceSeat } from '../api/assignment';
import type { PanelAssignment, PanelSeat } from '../types';
import { useAssignmentT } from '../use-assignment-t';
import '../assignment.css';
import { OverrideModal } from './override-modal';
import { formatAffinity, StatusTag, useErrorText } from './parts';

/** Seats of the panel with where each came from; replace and remove come from each seat's `actions`. */
function SeatTable({ challengeId, panel, onRemove }: { challengeId: string; panel: PanelAssignment; onRemove: (expertUserId: string) => void }) {
  const { t } = useAssignmentT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const replace = useReplaceSeat(challengeId);
  return (
    <Table
      rowKey="expertUserId"
      size="small"
      pagination={false}
      aria-label={t('panel.seats')}
      dataSource={panel.seats}
      locale={{ emptyText: t('panel.noSeats') }}
      columns={[
        { key: 'name', title: t('result.expert'), render: (_, seat: PanelSeat) => (seat.organisationName ? `${seat.displayName} · ${seat.organisationName}` : seat.displayName) },
        { key: 'role', title: t('result.role'), width: 100, render: (_, seat) => t(`roles.${seat.panelRole as 'technical'}`, { defaultValue: seat.panelRole }) },
        { key: 'status', title: t('panel.invitation'), width: 100, render: (_, seat) => <StatusTag status={seat.invitationStatus} /> },
        { key: 'source', title: t('panel.source'), width: 100, render: (_, seat) => <Tag>{t(`sources.${seat.source}`)}</Tag> },
        { key: 'affinity', title: t('result.affinity'), width: 80, align: 'right', render: (_, seat) => formatAffinity(seat.affinity) },
        { key: 'reason', title: t('panel.overrideReason'), render: (_, seat) => seat.overrideReason ?? '' },
        {
          key: 'actions',
          title: t('common.operations'),
          width: 170,
          render: (_, seat) => (
            <Space size={0}>
              {seat.actions.includes('replace') && (
                <Popconfirm
                  title={t('panel.replaceConfirm', { name: seat.displayName })}
                  okText={g('common.confirm')}
                  cancelText={g('common.cancel')}
                  onConfirm={() =>
                    replace.mutate(
                      { panel, expertUserId: seat.expertUserId },
                      { onSuccess: () => void message.success(t('panel.replaced')), onError: (error) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`) },
                    )
                  }
                >
                  <Button size="small" type="link" loading={replace.isPending && replace.variables.expertUserId === seat.expertUserId}>
                    {t('panel.replace')}
                  </Button>
                </Popconfirm>
              )}
              {seat.actions.includes('remove') && (
                <Button size="small" type="link" danger onClick={() => onRemove(seat.expertUserId)}>
                  {t('panel.withdraw')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/**
 * On the office review page: how the challenge's panel was assigned (solver, alternate or manual, with
 * affinity), the alternates (候补) of the applied run, replacement of declined seats and overrides with a reason.
 * Nothing while the challenge has no panel.
 */
export function PanelAssignmentCard({ challengeId }: { challengeId: string }) {
  const { t } = useAssignmentT();
  const query = usePanelAssignment(challengeId);
  const [overriding, setOverriding] = useState<{ remove?: string } | null>(null);
  if (query.isPending || query.data === null) return null;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const panel = query.data;
  return (
    <Card
      className="assignment-panel-card"
      title={t('panel.title')}
      extra={
        <Space>
          <Link to={`/office/programmes/${panel.programmeId}/assignment`}>{t('panel.toAssignment')}</Link>
          {panel.actions.includes('override') && (
            <Button onClick={() => setOverriding({})} type="default">
              {t('panel.override')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <SeatTable challengeId={challengeId} panel={panel} onRemove={(expertUserId) => setOverriding({ remove: expertUserId })} />
        <div>
          <Typography.Text strong>{t('result.alternates')}</Typography.Text>
          {panel.alternates.length ? (
            <ol className="assignment-alternates" aria-label={t('result.alternates')}>
              {panel.alternates.map((alternate) => (
                <li key={`${alternate.panelRole}:${alternate.expertUserId}`}>
                  {`${t(`roles.${alternate.panelRole}`)} #${alternate.rank} ${alternate.displayName}${alternate.organisationName ? ` · ${alternate.organisationName}` : ''} · ${formatAffinity(alternate.affinity)}`}
                  {alternate.taken && <Tag style={{ marginInlineStart: 8 }}>{t('panel.taken')}</Tag>}
                </li>
              ))}
            </ol>
          ) : (
            <Typography.Paragraph type="secondary">{panel.runId ? t('result.noAlternates') : t('panel.noRun')}</Typography.Paragraph>
          )}
        </div>
      </Space>
      {overriding && <OverrideModal challengeId={challengeId} panel={panel} initialRemove={overriding.remove} onClose={() => setOverriding(null)} />}
    </Card>
  );
}

import { Button, Card, Col, Descriptions, Row, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatBudget } from '@/lib/money';
import { useProgrammeChallenges } from '../api/bids';
import { usePolicyPresets, useProgramme } from '../api/programmes';
import type { Programme } from '../types';
import { useOfficeT } from '../use-office-t';
import { FundingPreviewBox } from './funding-preview';
import { OfficeTimeline } from './office-timeline';
import { PolicyEditor } from './policy-editor';
import { PolicyView } from './policy-view';
import { StatusTag } from './status-tag';

/** One programme for its officers: policy (read, preview, edit when the server allows), challenges with their bids, timeline. */
export function ProgrammeDetail({ id }: { id: string }) {
  const { t } = useOfficeT();
  const programme = useProgramme(id);
  const presets = usePolicyPresets();
  const [editing, setEditing] = useState(false);
  if (programme.isPending) return <PageLoading />;
  if (programme.isError) return <PageError error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;
  const canEdit = p.actions.includes('edit_policy');
  const presetLabel = presets.data?.items.find((preset) => preset.id === p.presetId)?.label;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {p.name}
        </Typography.Title>
        <Space wrap>
          <Tag>{p.code}</Tag>
          <Tag color={p.status === 'active' ? 'success' : 'default'}>{t(`programmes.statuses.${p.status}`)}</Tag>
          <Typography.Text type="secondary">
            {p.tenantName} · {p.year} · {t(`programmes.modes.${p.mode}`)}
          </Typography.Text>
          <Link to={`/office/programmes/${p.id}/needs`}>{t('programmes.needs')}</Link>
          <Link to={`/office/programmes/${p.id}/challenges`}>{t('detail.challenges')}</Link>
          {p.actions.includes('edit_policy') && <Link to={`/office/programmes/${p.id}/assignment`}>{t('detail.assignment')}</Link>}
        </Space>
      </div>
      <Tabs
        items={[
          {
            key: 'policy',
            label: t('detail.policy'),
            children: editing ? (
              <PolicyEditor programme={p} onDone={() => setEditing(false)} />
            ) : (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={16}>
                  <Card
                    size="small"
                    title={presetLabel ? t('detail.fromPreset', { preset: presetLabel }) : t('detail.policy')}
                    extra={
                      canEdit && (
                        <Button type="primary" onClick={() => setEditing(true)}>
                          {t('detail.editPolicy')}
                        </Button>
                      )
                    }
                  >
                    <PolicyView policy={p.policy} />
                  </Card>
                </Col>
                <Col xs={24} xl={8}>
                  <FundingPreviewBox programmeId={p.id} />
                </Col>
              </Row>
            ),
          },
          { key: 'challenges', label: t('detail.challenges'), children: <ProgrammeChallenges programme={p} /> },
          {
            key: 'timeline',
            label: t('detail.timeline'),
            children: (
              <Card size="small">
                {p.description && <Descriptions size="small" items={[{ key: 'd', label: t('detail.description'), children: p.description }]} />}
                <OfficeTimeline entries={p.timeline} />
              </Card>
            ),
          },
        ]}
      />
    </Space>
  );
}

function ProgrammeChallenges({ programme }: { programme: Programme }) {
  const { t, language } = useOfficeT();
  const challenges = useProgrammeChallenges(programme.id);
  if (challenges.isPending) return <PageLoading />;
  if (challenges.isError) return <PageError error={challenges.error} onRetry={() => void challenges.refetch()} />;
  if (!challenges.data.items.length) return <PageEmpty description={t('detail.noChallenges')} />;
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={challenges.data.items}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      columns={[
        { key: 'code', title: t('programmes.code'), dataIndex: 'code', width: 180 },
        { key: 'title', title: t('detail.challengeTitle'), render: (_, row) => <Link to={`/office/challenges/${row.id}`}>{row.title}</Link> },
        { key: 'budget', title: t('detail.budget'), width: 120, render: (_, row) => formatBudget(row.budgetFen, language) },
        { key: 'status', title: t('programmes.status'), width: 110, render: (_, row) => <StatusTag kind="challenge" status={row.status} /> },
        { key: 'bids', title: t('detail.bids'), width: 110, render: (_, row) => <Link to={`/office/challenges/${row.id}/bids`}>{t('detail.viewBids')}</Link> },
      ]}
    />
  );
}

import { Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatYuan } from '@/lib/money';
import { useNeed } from '../api/needs';
import { useOfficeT } from '../use-office-t';
import { NeedActions } from './need-actions';
import { OfficeTimeline } from './office-timeline';
import { StatusTag } from './status-tag';

/** A need as the programme office vets it: the problem, measurable indicators, the server's actions and the timeline. */
export function NeedDetail({ id }: { id: string }) {
  const { t } = useOfficeT();
  const query = useNeed(id);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const need = query.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Link to={`/office/programmes/${need.programmeId}/needs`}>{t('needs.backToPool')}</Link>
        <Typography.Title level={2} style={{ margin: '8px 0 4px' }}>
          {need.title}
        </Typography.Title>
        <Space wrap>
          <StatusTag kind="need" status={need.status} />
          <Typography.Text type="secondary">{need.demanderOrgName}</Typography.Text>
        </Space>
      </div>
      <NeedActions need={need} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('needs.problem')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'category', label: t('needs.category'), children: t(`needs.categories.${need.category}`) },
                { key: 'field', label: t('needs.field'), children: need.industrialChain ? `${need.field} · ${need.industrialChain}` : need.field },
                { key: 'problem', label: t('needs.problemStatement'), children: need.problemStatement },
                { key: 'scenario', label: t('needs.scenario'), children: need.applicationScenario || '—' },
                { key: 'coFunding', label: t('needs.coFunding'), children: formatYuan(need.coFundingFen) },
                { key: 'basic', label: t('needs.basicResearch'), children: need.isBasicResearch ? t('needs.basicResearchYes') : t('needs.basicResearchNo') },
                { key: 'submitted', label: t('needs.submittedAt'), children: need.submittedAt ? formatDateTime(need.submittedAt) : '—' },
                ...(need.vettingOpinion ? [{ key: 'opinion', label: t('needs.vettingOpinion'), children: need.vettingOpinion }] : []),
                ...(need.mergedIntoId ? [{ key: 'merged', label: t('needs.mergedInto'), children: <Link to={`/office/needs/${need.mergedIntoId}`}>{t('needs.viewMergedInto')}</Link> }] : []),
              ]}
            />
          </Card>
          <Card size="small" title={t('needs.indicators')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={need.indicators}
              columns={[
                { key: 'name', title: t('indicators.name'), dataIndex: 'name' },
                { key: 'baseline', title: t('indicators.baseline'), render: (_, row) => `${row.baseline ?? '—'} ${row.unit}` },
                { key: 'target', title: t('indicators.target'), render: (_, row) => `${row.target} ${row.unit}` },
                { key: 'threshold', title: t('indicators.threshold'), render: (_, row) => row.threshold === null ? "—" : `${row.threshold} ${row.unit}` },
                { key: 'direction', title: t('indicators.direction'), render: (_, row) => t(`indicators.directions.${row.direction}`) },
                { key: 'weight', title: t('indicators.weight'), render: (_, row) => formatBasisPoints(row.weightBp) },
                { key: 'method', title: t('indicators.testMethod'), dataIndex: 'testMethod' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('needs.timeline')}>
            <OfficeTimeline entries={need.timeline} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AttachmentsCard } from '@/components/attachments';
import { EventTimeline } from '@/components/event-timeline';
import { PageError, PageLoading } from '@/components/page-state';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatBudget, formatYuan } from '@/lib/money';
import { useNeed } from '../api/get-need';
import { useSubmitNeed } from '../api/save-need';
import type { Need, NeedStatus } from '../types';
import { useNeedsT } from '../use-needs-t';
import { IndicatorsTable } from '@/components/indicators-table';
import { NeedStatusTag } from './need-status-tag';
import '../needs.css';

const EVENTS = new Set(['created', 'updated', 'submit', 'start_screening', 'start_vetting', 'pool', 'return', 'reject', 'merge']);
const STATUSES = new Set(['draft', 'submitted', 'screening', 'vetting', 'pooled', 'returned', 'rejected', 'merged']);

/** Exactly the server's actions: edit opens the form, submit posts with the version read after a confirmation. */
function NeedActions({ need }: { need: Need }) {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const { message, notification } = App.useApp();
  const submit = useSubmitNeed(need);
  return (
    <Space wrap>
      {need.actions.includes('edit') && (
        <Link to={`/demander/needs/${need.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('actions.edit')}</Button>
        </Link>
      )}
      {need.actions.includes('submit') && (
        <Popconfirm
          title={t('actions.submitConfirm')}
          okText={tApp('common.confirm')}
          cancelText={tApp('common.cancel')}
          onConfirm={() =>
            submit.mutate(undefined, {
              onSuccess: () => void message.success(t('actions.done', { action: t('actions.submit') })),
              onError: (error) =>
                notification.error({
                  title: t('actions.failed', { action: t('actions.submit') }),
                  description: `${tApp(`errors.codes.${isApiError(error) ? error.code : 'NETWORK'}`)}${isApiError(error) && error.code === 'RULE_VIOLATION' ? ` ${translateServerMessage(error.message)}` : ''}`,
                }),
            })
          }
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
            {t('actions.submit')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

export function NeedDetail({ id }: { id: string }) {
  const { t, language } = useNeedsT();
  const query = useNeed(id);
  if (query.isPending) return <PageLoading rows={10} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const need = query.data;
  return (
    <div className="need-detail">
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to={`/demander?programme=${need.programmeId}`}>{t('detail.breadcrumb')}</Link> }, { title: need.title }]} />
      <Card className="need-header">
        <Space wrap size={6}>
          <NeedStatusTag status={need.status} />
          <Tag>{t(`category.${need.category}`)}</Tag>
          {need.isBasicResearch && <Tag color="warning">{t('basicResearch')}</Tag>}
        </Space>
        <Typography.Title level={2} className="need-title">
          {need.title}
        </Typography.Title>
        <App component={false}>
          <NeedActions need={need} />
        </App>
      </Card>
      <Row gutter={[16, 16]} className="detail-body">
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} className="full-width">
            {need.isBasicResearch && <Alert type="warning" showIcon title={t('detail.basicResearchNote')} />}
            {need.mergedIntoId && <Alert type="info" showIcon title={<Link to={`/demander/needs/${need.mergedIntoId}`}>{t('detail.mergedInto')}</Link>} />}
            {need.vettingOpinion && (
              <Card title={t('detail.vettingOpinion')}>
                <Typography.Paragraph className="prose">{need.vettingOpinion}</Typography.Paragraph>
              </Card>
            )}
            <Card title={t('detail.problem')}>
              <Typography.Paragraph className="prose">{need.problemStatement}</Typography.Paragraph>
              {need.applicationScenario && (
                <>
                  <Typography.Title level={5}>{t('detail.scenario')}</Typography.Title>
                  <Typography.Paragraph className="prose">{need.applicationScenario}</Typography.Paragraph>
                </>
              )}
            </Card>
            <Card title={t('detail.indicators')}>
              <IndicatorsTable indicators={need.indicators} />
            </Card>
            {/* Read-only unless the list's actions offer upload (the demander's staff on a draft or returned need). */}
            <AttachmentsCard ownerKind="need" ownerId={need.id} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} className="full-width">
            <Card title={t('detail.facts')}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'org', label: t('detail.demanderOrg'), children: need.demanderOrgName },
                  { key: 'field', label: t('detail.field'), children: need.field },
                  { key: 'chain', label: t('detail.industrialChain'), children: need.industrialChain || '—' },
                  { key: 'cofunding', label: t('detail.coFunding'), children: `${formatBudget(need.coFundingFen, language)}（${formatYuan(need.coFundingFen)}）` },
                  { key: 'created', label: t('detail.createdAt'), children: formatDateTime(need.createdAt) },
                  { key: 'submitted', label: t('detail.submittedAt'), children: need.submittedAt ? formatDateTime(need.submittedAt) : '—' },
                ]}
              />
            </Card>
            <Card title={t('detail.timeline')}>
              <EventTimeline
                entries={need.timeline}
                eventLabel={(type) => {
                  const name = type.replace(/^need\./, '');
                  return type.startsWith('need.') && EVENTS.has(name) ? t(`events.${name}` as 'events.submit') : undefined;
                }}
                statusTag={(status) => (STATUSES.has(status) ? <NeedStatusTag status={status as NeedStatus} subtle /> : null)}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}

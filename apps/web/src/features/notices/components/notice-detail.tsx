import { BankOutlined, CalendarOutlined, LinkOutlined, MessageOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '@/components/countdown';
import { EventTimeline } from '@/components/event-timeline';
import { PageError, PageLoading } from '@/components/page-state';
import { useNow } from '@/hooks/use-now';
import { formatDateTime } from '@/lib/dates';
import { useNotice } from '../api/notices';
import type { Notice, NoticeUnit } from '../types';
import { useNoticesT } from '../use-notices-t';
import { NoticeStatusTag, noticeDisplayStatus } from './notice-status-tag';
import { ObjectionForm } from './objection-form';
import { UnitTable, type UnitRow } from './unit-table';
import '../notices.css';

const NOTICE_EVENTS = ['public_notice.created', 'public_notice.close', 'public_notice.withdraw'] as const;
type NoticeEvent = (typeof NOTICE_EVENTS)[number];
const isNoticeEvent = (type: string): type is NoticeEvent => (NOTICE_EVENTS as readonly string[]).includes(type);

const rowsOf = (units: readonly NoticeUnit[]): UnitRow[] => units.map((unit) => ({ key: unit.bidId, rank: unit.rank, leadOrgName: unit.leadOrgName, memberOrgNames: unit.memberOrgNames, bidTitle: unit.bidTitle }));

/** The form while the server takes objections (its `actions`), otherwise why it does not. */
function ObjectionPanel({ notice }: { notice: Notice }) {
  const { t } = useNoticesT();
  if (notice.actions.includes('file_objection')) {
    return (
      <App component={false}>
        <ObjectionForm notice={notice} />
      </App>
    );
  }
  if (notice.status === 'withdrawn') return <Alert type="warning" showIcon title={t('objection.withdrawnTitle')} description={t('objection.withdrawnText')} />;
  return <Alert type="info" showIcon title={t('objection.closedTitle')} description={t('objection.closedText', { time: formatDateTime(notice.closesAt) })} />;
}

/** One 公示: the proposed units and alternates, the period, the objection form or its closed state, the history. */
export function NoticeDetail({ id }: { id: string }) {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const now = useNow();
  const query = useNotice(id);
  if (query.isPending) return <PageLoading rows={10} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const notice = query.data;
  const status = noticeDisplayStatus(notice, now);
  return (
    <div className="notice-detail">
      <Breadcrumb items={[{ title: <Link to="/notices">{t('board.title')}</Link> }, { title: notice.challengeTitle }]} className="page-breadcrumb" />
      <Card className="notice-header">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={16}>
            <NoticeStatusTag status={status} />
            <Typography.Title level={2} className="notice-title">
              {notice.title}
            </Typography.Title>
            <div className="notice-card-meta">
              <span>
                <BankOutlined /> {notice.issuer || tApp('common.none')}
                {notice.programmeName ? ` · ${notice.programmeName}` : ''}
              </span>
              <span>
                <LinkOutlined /> {t('fields.challenge')}：<Link to={`/challenges/${notice.challengeId}`}>{notice.challengeTitle}</Link>
              </span>
            </div>
          </Col>
          <Col xs={24} lg={8}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'period', label: <><CalendarOutlined /> {t('fields.period')}</>, children: t('fields.periodRange', { start: formatDateTime(notice.opensAt), end: formatDateTime(notice.closesAt) }) },
                ...(status === 'open' ? [{ key: 'remaining', label: t('fields.remaining'), children: <Countdown deadline={notice.closesAt} strong /> }] : []),
                { key: 'objections', label: <><MessageOutlined /> {t('fields.objections')}</>, children: t('fields.objectionsCount', { count: notice.objectionsCount }) },
              ]}
            />
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]} className="detail-body">
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={16} className="full-width">
            <Card title={t('detail.sections.body')} extra={<Link to={`/challenges/${notice.challengeId}`}>{t('detail.viewChallenge')}</Link>}>
              <Typography.Paragraph className="prose">{notice.body}</Typography.Paragraph>
            </Card>
            <Card title={t('detail.sections.proposed')}>
              <UnitTable rows={rowsOf(notice.proposedWinners)} label={t('detail.sections.proposed')} />
            </Card>
            <Card title={t('detail.sections.alternates')}>
              {notice.alternates.length ? (
                <>
                  <Typography.Paragraph type="secondary">{t('detail.alternatesHint')}</Typography.Paragraph>
                  <UnitTable rows={rowsOf(notice.alternates)} label={t('detail.sections.alternates')} />
                </>
              ) : (
                <Typography.Text type="secondary">{t('detail.noAlternates')}</Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size={16} className="full-width">
            <Card title={t('detail.sections.objection')}>
              <ObjectionPanel notice={notice} />
            </Card>
            <Card title={t('detail.sections.timeline')}>
              <EventTimeline entries={notice.timeline} eventLabel={(type) => (isNoticeEvent(type) ? t(`events.${type}`) : undefined)} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}

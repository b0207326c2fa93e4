import { BankOutlined, ClockCircleOutlined, EnvironmentOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '@/components/countdown';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBudget, formatYuan } from '@/lib/money';
import { provinceKeyOf } from '@/lib/regions';
import { useChallenge } from '../api/get-challenge';
import type { Challenge } from '../types';
import { ChallengeActions, type ActionRenderer } from './challenge-actions';
import { ChallengeResults } from './challenge-results';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';
import { ChallengeTimeline } from './challenge-timeline';
import { EligibilityList } from '@/components/eligibility-list';
import { FundingPanel } from './funding-panel';
import { IndicatorsTable } from '@/components/indicators-table';
import '../challenges.css';

function Header({ challenge, renderAction }: { challenge: Challenge; renderAction?: ActionRenderer | undefined }) {
  const { t, i18n } = useTranslation();
  const province = provinceKeyOf(challenge.programme.regionCode);
  return (
    <Card className="challenge-header">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} lg={16}>
          <Space size={6} wrap>
            <ChallengeStatusTag status={challenge.status} className="status-tag" />
            <Tag>{t(`allocationMode.${challenge.allocationMode}`)}</Tag>
            {challenge.raceMode && <Tag color="purple">{t('challenge.raceMode', { count: challenge.maxWinners })}</Tag>}
            <Typography.Text type="secondary" className="challenge-code">
              {challenge.code}
              {challenge.versionNo > 1 ? ` · ${t('challenge.versionNo', { version: challenge.versionNo })}` : ''}
            </Typography.Text>
          </Space>
          <Typography.Title level={2} className="challenge-title">
            {challenge.title}
          </Typography.Title>
          <div className="challenge-card-meta">
            <span>
              <BankOutlined /> {challenge.issuer.name}
            </span>
            {province && (
              <span>
                <EnvironmentOutlined /> {t(province)}
              </span>
            )}
            <Tag color="geekblue" variant="filled">
              {challenge.field}
            </Tag>
            {challenge.industrialChain && <Tag variant="filled">{t('challenge.chainTag', { chain: challenge.industrialChain })}</Tag>}
          </div>
          {/* The actions confirm with antd's message and notification, which need an App context. */}
          <App component={false}>
            <ChallengeActions challenge={challenge} renderAction={renderAction} />
          </App>
        </Col>
        <Col xs={24} lg={8}>
          <div className="header-figures">
            <div>
              <div className="figure-label">{t('challenge.budget')}</div>
              <div className="budget-figure large">{formatBudget(challenge.budgetFen, i18n.language)}</div>
              <Typography.Text type="secondary">{formatYuan(challenge.budgetFen)}</Typography.Text>
            </div>
            <div>
              <div className="figure-label">
                <ClockCircleOutlined /> {t('challenge.bidDeadline')}
              </div>
              {challenge.bidDeadline ? (
                <>
                  <div className="deadline-figure">{formatDateTime(challenge.bidDeadline)}</div>
                  {challenge.status === 'published' ? <Countdown deadline={challenge.bidDeadline} strong /> : <Typography.Text type="secondary">{t('countdown.closed')}</Typography.Text>}
                </>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              )}
            </div>
          </div>
        </Col>
      </Row>
    </Card>
  );
}

function Facts({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'programme', label: t('challenge.programme'), children: challenge.programme.name },
        { key: 'issuer', label: t('challenge.issuer'), children: challenge.issuer.name },
        { key: 'demander', label: t('challenge.demander'), children: challenge.demanderOrg?.name ?? none },
        ...(challenge.designatedOrg ? [{ key: 'designated', label: t('challenge.designatedOrg'), children: challenge.designatedOrg.name }] : []),
        { key: 'duration', label: t('challenge.duration'), children: t('challenge.months', { count: challenge.durationMonths }) },
        { key: 'winners', label: t('challenge.maxWinners'), children: challenge.maxWinners },
        { key: 'published', label: t('challenge.publishedAt'), children: challenge.publishedAt ? formatDateTime(challenge.publishedAt) : none },
        ...(challenge.group
          ? [{ key: 'group', label: t('challenge.group'), children: `${challenge.group.name}${challenge.group.sequence ? ` · ${t('challenge.groupSequence', { sequence: challenge.group.sequence })}` : ''}` }]
          : []),
        { key: 'contact', label: t('challenge.contact'), children: challenge.contact || none },
      ]}
    />
  );
}

function Versions({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  if (!challenge.previousVersionId && !challenge.nextVersionId) return null;
  return (
    <Space className="version-links" wrap>
      <HistoryOutlined />
      {challenge.previousVersionId && <Link to={`/challenges/${challenge.previousVersionId}`}>{t('challenge.previousVersion')}</Link>}
      {challenge.nextVersionId && <Link to={`/challenges/${challenge.nextVersionId}`}>{t('challenge.nextVersion')}</Link>}
    </Space>
  );
}

/** One 榜单: terms, indicators, funding with the server's preview, eligibility, deadline, timeline and actions. */
export function ChallengeDetail({ id, renderAction }: { id: string; renderAction?: ActionRenderer | undefined }) {
  const { t } = useTranslation();
  const query = useChallenge(id);
  if (query.isPending) return <PageLoading rows={12} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const challenge = query.data;
  return (
    <div className="challenge-detail">
      <Breadcrumb items={[{ title: <Link to="/hall">{t('nav.hall')}</Link> }, { title: challenge.code }]} className="page-breadcrumb" />
      <Header challenge={challenge} renderAction={renderAction} />
      <Row gutter={[16, 16]} className="detail-body">
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} className="full-width">
            <Card title={t('challenge.sections.problem')}>
              <Typography.Paragraph className="prose">{challenge.problemStatement}</Typography.Paragraph>
              {challenge.applicationScenario && (
                <>
                  <Typography.Title level={5}>{t('challenge.applicationScenario')}</Typography.Title>
                  <Typography.Paragraph className="prose">{challenge.applicationScenario}</Typography.Paragraph>
                </>
              )}
              <Typography.Title level={5}>{t('challenge.deliverables')}</Typography.Title>
              <ol className="deliverables">
                {challenge.deliverables.map((deliverable, index) => (
                  <li key={index}>{deliverable}</li>
                ))}
              </ol>
            </Card>
            <Card title={t('challenge.sections.indicators')} extra={<Typography.Text type="secondary">{t('indicators.hint')}</Typography.Text>}>
              <IndicatorsTable indicators={challenge.indicators} />
            </Card>
            <Card title={t('challenge.sections.funding')}>
              <FundingPanel challenge={challenge} />
            </Card>
            <Card title={t('challenge.sections.terms')}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'ip', label: t('challenge.ipTerms'), children: challenge.ipTerms || t('common.none') },
                  { key: 'confidentiality', label: t('challenge.confidentiality'), children: challenge.confidentiality === 'public' ? t('challenge.confidentialityPublic') : challenge.confidentiality },
                ]}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} className="full-width">
            <ChallengeResults challenge={challenge} />
            <Card title={t('challenge.sections.facts')}>
              <Facts challenge={challenge} />
              <Versions challenge={challenge} />
            </Card>
            <Card title={t('challenge.sections.eligibility')}>
              <EligibilityList eligibility={challenge.eligibility} className="eligibility-list" />
            </Card>
            <Card title={t('challenge.sections.timeline')}>
              <ChallengeTimeline entries={challenge.timeline} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}

import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChallengeOfficeTabs } from '@/components/challenge-office-tabs';
import { IndicatorsTable } from '@/components/indicators-table';
import { PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatBudget, formatYuan } from '@/lib/money';
import { useChallenge } from '../api/challenges';
import type { Challenge } from '../types';
import '../challenge-office.css';
import { useChallengeOfficeT } from '../use-challenge-office-t';
import { ChallengeCommands } from './challenge-commands';
import { ChallengeEvents } from './challenge-events';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';
import { EligibilityList } from '@/components/eligibility-list';
import { OfficeBreadcrumb } from './office-breadcrumb';

/** One challenge for the programme office: its terms and money, and every step the server offers this officer. */
export function ChallengeOfficeDetail({ challengeId }: { challengeId: string }) {
  const { t } = useChallengeOfficeT();
  const challenge = useChallenge(challengeId);
  if (challenge.isPending) return <PageLoading />;
  if (challenge.isError) return <PageError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  const c = challenge.data;
  return (
    <Space orientation="vertical" size={16} className="co-full">
      <div>
        <OfficeBreadcrumb programme={c.programme} trail={[c.code]} />
        <div className="co-heading">
          <div className="co-heading-text">
            <Space wrap size={[8, 4]}>
              <Tag>{c.code}</Tag>
              {c.versionNo > 1 && <Tag color="purple">{t('detail.versionNo', { version: c.versionNo })}</Tag>}
              <ChallengeStatusTag status={c.status} />
            </Space>
            <Typography.Title level={2} className="co-title">
              {c.title}
            </Typography.Title>
            <Typography.Text type="secondary">
              <Link to={`/office/programmes/${c.programme.id}`}>{c.programme.name}</Link> · {c.issuer.name}
            </Typography.Text>
          </div>
          <ChallengeCommands challenge={c} />
        </div>
      </div>
      <ChallengeOfficeTabs challengeId={c.id} current="overview" />
      {c.status === 'drafting' && !c.bidDeadline && <Alert type="info" showIcon title={t('detail.publishNeeds')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} className="co-full">
            <Facts challenge={c} />
            <Card title={t('sections.content')} className="co-content">
              <Typography.Title level={5}>{t('fields.problemStatement')}</Typography.Title>
              <Typography.Paragraph className="co-prose">{c.problemStatement}</Typography.Paragraph>
              {c.applicationScenario && (
                <>
                  <Typography.Title level={5}>{t('fields.applicationScenario')}</Typography.Title>
                  <Typography.Paragraph className="co-prose">{c.applicationScenario}</Typography.Paragraph>
                </>
              )}
              <Typography.Title level={5}>{t('fields.deliverables')}</Typography.Title>
              <ol className="co-deliverables-list">
                {c.deliverables.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ol>
            </Card>
            <Card title={t('sections.indicators')}>
              <IndicatorsTable indicators={c.indicators} />
            </Card>
            <Card title={t('sections.terms')}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'ip', label: t('fields.ipTerms'), children: c.ipTerms || '—' },
                  { key: 'confidentiality', label: t('fields.confidentiality'), children: c.confidentiality === 'public' ? t('form.public') : c.confidentiality },
                  { key: 'contact', label: t('fields.contact'), children: c.contact || '—' },
                ]}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} className="co-full">
            <Funding challenge={c} />
            <Card size="small" title={t('sections.eligibility')}>
              <EligibilityList eligibility={c.eligibility} className="co-eligibility" />
            </Card>
            {(c.group || c.previousVersionId || c.nextVersionId) && (
              <Card size="small" title={t('sections.versions')}>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    ...(c.group ? [{ key: 'group', label: t('fields.group'), children: `${c.group.name}${c.group.sequence ? ` · ${t('detail.groupSequence', { sequence: c.group.sequence })}` : ''}${c.group.continuity ? ` · ${t('detail.continuity')}` : ''}` }] : []),
                    ...(c.previousVersionId ? [{ key: 'previous', label: t('detail.previousVersion'), children: <Link to={`/office/challenges/${c.previousVersionId}`}>{t('detail.open')}</Link> }] : []),
                    ...(c.nextVersionId ? [{ key: 'next', label: t('detail.nextVersion'), children: <Link to={`/office/challenges/${c.nextVersionId}`}>{t('detail.open')}</Link> }] : []),
                  ]}
                />
              </Card>
            )}
            <Card size="small" title={t('sections.timeline')}>
              <ChallengeEvents entries={c.timeline} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function Facts({ challenge: c }: { challenge: Challenge }) {
  const { t, language } = useChallengeOfficeT();
  return (
    <Card title={t('sections.facts')}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'budget', label: t('fields.budget'), children: <Typography.Text strong>{formatBudget(c.budgetFen, language)}</Typography.Text> },
          { key: 'coFunding', label: t('fields.coFunding'), children: formatBudget(c.coFundingFen, language) },
          { key: 'deadline', label: t('fields.bidDeadline'), children: c.bidDeadline ? formatDateTime(c.bidDeadline) : t('detail.notSet') },
          { key: 'duration', label: t('fields.durationMonths'), children: t('detail.months', { count: c.durationMonths }) },
          { key: 'mode', label: t('fields.allocationMode'), children: t(`modes.${c.allocationMode}`) },
          { key: 'winners', label: t('fields.maxWinners'), children: c.raceMode ? t('detail.raceMode', { count: c.maxWinners }) : c.maxWinners },
          ...(c.designatedOrg ? [{ key: 'designated', label: t('fields.designatedOrg'), children: c.designatedOrg.name }] : []),
          { key: 'field', label: t('fields.field'), children: c.field },
          { key: 'chain', label: t('fields.industrialChain'), children: c.industrialChain || '—' },
          { key: 'demander', label: t('fields.demander'), children: c.demanderOrg?.name ?? '—' },
          { key: 'needs', label: t('fields.needs'), children: t('detail.needCount', { count: c.needIds.length }) },
          { key: 'published', label: t('fields.publishedAt'), children: c.publishedAt ? formatDateTime(c.publishedAt) : '—' },
          { key: 'updated', label: t('fields.updatedAt'), children: formatDateTime(c.updatedAt) },
        ]}
      />
    </Card>
  );
}

/** The programme's scheme and what it pays on this budget, both as the server computed them. */
function Funding({ challenge: c }: { challenge: Challenge }) {
  const { t: g } = useTranslation();
  const { t } = useChallengeOfficeT();
  const { scheme, previewForBudget: preview } = c.funding;
  return (
    <Card size="small" title={t('sections.funding')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: g('funding.kind'), children: g(`funding.kinds.${scheme.kind}`) },
          scheme.kind === 'fixed_reward'
            ? { key: 'fixed', label: g('funding.fixedAmount'), children: scheme.fixedAmountFen === null ? '—' : formatYuan(scheme.fixedAmountFen) }
            : { key: 'rate', label: g('funding.rate'), children: g('funding.rateOf', { rate: formatBasisPoints(scheme.rateBp), base: g(`funding.bases.${preview.base}`) }) },
          { key: 'cap', label: g('funding.cap'), children: scheme.capFen === null ? g('funding.noCap') : formatYuan(scheme.capFen) },
          ...(scheme.minimumBaseFen !== null ? [{ key: 'minimum', label: g('funding.minimumBase'), children: formatYuan(scheme.minimumBaseFen) }] : []),
          { key: 'recipient', label: g('funding.recipient'), children: g(`funding.recipients.${scheme.recipient}`) },
          { key: 'timing', label: g('funding.payoutTiming'), children: g(`funding.timings.${preview.payoutTiming}`) },
        ]}
      />
      <div className="co-preview">
        <Typography.Text type="secondary">{g('funding.previewTitle', { budget: formatYuan(c.budgetFen) })}</Typography.Text>
        <div className="co-preview-amount">{preview.eligible ? formatYuan(preview.amountFen) : '—'}</div>
        {preview.capped && <Alert type="info" showIcon title={g('funding.cappedNote', { uncapped: formatYuan(preview.uncappedFen) })} />}
        {!preview.eligible && preview.reason === 'below_minimum_base' && <Alert type="warning" showIcon title={g('funding.belowMinimum', { minimum: preview.minimumBaseFen === null ? '—' : formatYuan(preview.minimumBaseFen) })} />}
      </div>
    </Card>
  );
}

import { BankOutlined, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '@/components/countdown';
import { formatDateTime } from '@/lib/dates';
import { formatBudget, formatYuan } from '@/lib/money';
import { provinceKeyOf } from '@/lib/regions';
import type { ChallengeListItem } from '../types';
import { ChallengeStatusTag } from '@/components/challenge-status-tag';
import '../challenges.css';

/** One 榜单 in the hall: what a bidder scans for (title, issuer, money, time left, status). */
export function ChallengeCard({ challenge }: { challenge: ChallengeListItem }) {
  const { t, i18n } = useTranslation();
  const province = provinceKeyOf(challenge.regionCode);
  const biddingOpen = challenge.status === 'published';
  return (
    <Card className="challenge-card" hoverable size="small">
      <Link to={`/challenges/${challenge.id}`} className="challenge-card-link" aria-label={challenge.title} />
      <div className="challenge-card-top">
        <Space size={4} wrap>
          <ChallengeStatusTag status={challenge.status} className="status-tag" />
          <Tag>{t(`allocationMode.${challenge.allocationMode}`)}</Tag>
          {challenge.maxWinners > 1 && <Tag color="purple">{t('challenge.raceMode', { count: challenge.maxWinners })}</Tag>}
        </Space>
        <Typography.Text type="secondary" className="challenge-code">
          {challenge.code}
        </Typography.Text>
      </div>
      <Typography.Title level={5} className="challenge-card-title">
        <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
      </Typography.Title>
      <div className="challenge-card-meta">
        <span>
          <BankOutlined /> {challenge.issuer}
        </span>
        {province && (
          <span>
            <EnvironmentOutlined /> {t(province)}
          </span>
        )}
        <Tag color="geekblue" variant="filled">
          {challenge.field}
        </Tag>
      </div>
      <div className="challenge-card-bottom">
        <div>
          <div className="figure-label">{t('challenge.budget')}</div>
          <Tooltip title={formatYuan(challenge.budgetFen)}>
            <span className="budget-figure">{formatBudget(challenge.budgetFen, i18n.language)}</span>
          </Tooltip>
        </div>
        <div className="challenge-card-deadline">
          <div className="figure-label">
            <ClockCircleOutlined /> {t('challenge.bidDeadline')}
          </div>
          {challenge.bidDeadline ? (
            <>
              <div>{formatDateTime(challenge.bidDeadline)}</div>
              {biddingOpen && <Countdown deadline={challenge.bidDeadline} strong />}
            </>
          ) : (
            <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
          )}
        </div>
      </div>
    </Card>
  );
}

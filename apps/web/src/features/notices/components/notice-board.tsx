import { ArrowRightOutlined, BankOutlined, CalendarOutlined, MessageOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '@/components/countdown';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useNow } from '@/hooks/use-now';
import { formatDateTime } from '@/lib/dates';
import { useNotices } from '../api/notices';
import type { Notice } from '../types';
import { useNoticesT } from '../use-notices-t';
import { NoticeStatusTag, noticeDisplayStatus } from './notice-status-tag';
import '../notices.css';

type Filter = 'all' | 'open' | 'ended';

function NoticeCard({ notice, now }: { notice: Notice; now: number }) {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const status = noticeDisplayStatus(notice, now);
  const names = (units: Notice['proposedWinners']) => units.map((unit) => unit.leadOrgName).join(tApp('common.listSeparator'));
  return (
    <Card className="notice-card" size="small">
      <div className="notice-card-main">
        <div className="notice-card-body">
          <Space size={6} wrap>
            <NoticeStatusTag status={status} />
            <Typography.Text type="secondary">{notice.challengeTitle}</Typography.Text>
          </Space>
          <Typography.Title level={4} className="notice-card-title">
            <Link to={`/notices/${notice.id}`}>{notice.title}</Link>
          </Typography.Title>
          <div className="notice-card-meta">
            <span>
              <BankOutlined /> {notice.issuer || tApp('common.none')}
              {notice.programmeName ? ` · ${notice.programmeName}` : ''}
            </span>
            <span>
              <CalendarOutlined /> {t('fields.periodRange', { start: formatDateTime(notice.opensAt), end: formatDateTime(notice.closesAt) })}
            </span>
            <span>
              <MessageOutlined /> {t('fields.objections')} {t('fields.objectionsCount', { count: notice.objectionsCount })}
            </span>
          </div>
          <dl className="notice-card-units">
            <dt>{t('fields.proposed')}</dt>
            <dd>{names(notice.proposedWinners) || tApp('common.none')}</dd>
            {notice.alternates.length > 0 && (
              <>
                <dt>{t('fields.alternates')}</dt>
                <dd>{names(notice.alternates)}</dd>
              </>
            )}
          </dl>
        </div>
        <div className="notice-card-side">
          {status === 'open' && (
            <div>
              <div className="figure-label">{t('fields.remaining')}</div>
              <Countdown deadline={notice.closesAt} strong />
            </div>
          )}
          <Link to={`/notices/${notice.id}`}>
            <Button type={notice.actions.includes('file_objection') ? 'primary' : 'default'} icon={<ArrowRightOutlined />} iconPlacement="end">
              {notice.actions.includes('file_objection') ? t('board.objectNow') : t('board.view')}
            </Button>
          </Link>
        </div>
      </div>
    </Card>
  );
}

/** 公示公告: every open notice and those recently ended, with their period and a countdown while open. */
export function NoticeBoard() {
  const { t } = useNoticesT();
  const now = useNow();
  const [filter, setFilter] = useState<Filter>('all');
  const query = useNotices();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const notices = query.data.items.filter((notice) => filter === 'all' || (noticeDisplayStatus(notice, now) === 'open') === (filter === 'open'));
  return (
    <Space orientation="vertical" size={16} className="full-width">
      <div className="notice-toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['all', 'open', 'ended'] as const).map((value) => ({ value, label: t(`board.filters.${value}`) }))}
        />
        <Typography.Text type="secondary">{t('board.scope')}</Typography.Text>
      </div>
      {notices.length === 0 ? (
        <PageEmpty description={filter === 'open' ? t('board.emptyOpen') : t('board.empty')} />
      ) : (
        notices.map((notice) => <NoticeCard key={notice.id} notice={notice} now={now} />)
      )}
    </Space>
  );
}

import { BankOutlined, CalendarOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Pagination, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDate } from '@/lib/dates';
import { formatBudget } from '@/lib/money';
import { useResults, type ResultsQuery } from '../api/results';
import type { PublicResult } from '../types';
import { useNoticesT } from '../use-notices-t';
import { UnitTable } from './unit-table';
import '../notices.css';

function ResultCard({ result }: { result: PublicResult }) {
  const { t, language } = useNoticesT();
  return (
    <Card className="result-card" size="small">
      <div className="result-card-head">
        <div>
          <Space size={6} wrap>
            <Tag color="red" variant="solid" icon={<TrophyOutlined />}>
              {t('results.winnersCount', { count: result.winners.length })}
            </Tag>
            {result.maxWinners > 1 && <Tag color="purple">{t('results.raceMode')}</Tag>}
            <Tag variant="filled" color="geekblue">
              {result.field}
            </Tag>
            <Typography.Text type="secondary" className="result-code">
              {result.challengeCode}
            </Typography.Text>
          </Space>
          <Typography.Title level={4} className="notice-card-title">
            <Link to={`/challenges/${result.challengeId}`}>{result.challengeTitle}</Link>
          </Typography.Title>
          <div className="notice-card-meta">
            <span>
              <BankOutlined /> {result.issuer} · {result.programmeName}
            </span>
            <span>
              <CalendarOutlined /> {t('results.awardedAt')} {formatDate(result.awardedAt)}
            </span>
          </div>
        </div>
        <div className="result-budget">
          <div className="figure-label">{t('results.budget')}</div>
          <div className="result-budget-figure">{formatBudget(result.budgetFen, language)}</div>
        </div>
      </div>
      <UnitTable
        label={result.challengeTitle}
        rows={result.winners.map((winner) => ({ key: `${winner.rank}-${winner.organisationName}`, rank: winner.rank, leadOrgName: winner.organisationName, memberOrgNames: winner.memberOrgNames, bidTitle: winner.bidTitle }))}
      />
    </Card>
  );
}

/** 揭榜结果: awarded challenges, newest first, paged; `challengeId` narrows it to one challenge. */
export function ResultsList({ query, onPageChange, onShowAll }: { query: ResultsQuery; onPageChange: (page: number) => void; onShowAll: () => void }) {
  const { t } = useNoticesT();
  const results = useResults(query);
  if (results.isPending) return <PageLoading />;
  if (results.isError) return <PageError error={results.error} onRetry={() => void results.refetch()} />;
  const { items, total } = results.data;
  return (
    <Space orientation="vertical" size={16} className="full-width">
      {query.challengeId && (
        <div className="notice-toolbar">
          <Typography.Text type="secondary">{t('results.filtered')}</Typography.Text>
          <Button size="small" onClick={onShowAll}>
            {t('results.showAll')}
          </Button>
        </div>
      )}
      {items.length === 0 ? (
        <PageEmpty description={t('results.empty')} />
      ) : (
        <>
          {items.map((result) => (
            <ResultCard key={result.challengeId} result={result} />
          ))}
          <Pagination
            className="results-pagination"
            current={query.page}
            pageSize={query.pageSize}
            total={total}
            onChange={onPageChange}
            showSizeChanger={false}
            showTotal={(count) => t('results.total', { total: count })}
          />
        </>
      )}
    </Space>
  );
}

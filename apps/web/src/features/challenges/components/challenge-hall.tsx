import { Alert, Button, Col, Pagination, Row, Skeleton, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageEmpty, PageError } from '@/components/page-state';
import { endOfDisplayDay, dayjs } from '@/lib/dates';
import { useChallenges } from '../api/list-challenges';
import { filtersFromParams, hallQueryOf, hasActiveFilters, paramsFromFilters, type HallFilters } from '../hall-query';
import { ChallengeCard } from './challenge-card';
import { HallFiltersPanel } from './hall-filters';
import '../challenges.css';

const CARD_COLUMNS = { xs: 24, md: 12, xl: 8 } as const;

function CardsLoading({ count }: { count: number }) {
  return (
    <Row gutter={[16, 16]} role="status" aria-busy="true">
      {Array.from({ length: count }, (_, index) => (
        <Col key={index} {...CARD_COLUMNS}>
          <Card size="small" className="challenge-card">
            <Skeleton active paragraph={{ rows: 4 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 揭榜大厅: filters in the URL, one request per change, cards with pagination. */
export function ChallengeHall() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const hall = useChallenges(hallQueryOf(filters, (day) => endOfDisplayDay(dayjs(day))));

  // Any filter change starts again on page 1; paging alone keeps the filters.
  const update = (next: Partial<HallFilters>) => setParams(paramsFromFilters({ ...filters, page: 1, ...next }));
  const reset = () => setParams(paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), sort: filters.sort, order: filters.order, pageSize: filters.pageSize }));

  let results;
  if (hall.isPending) results = <CardsLoading count={6} />;
  else if (hall.isError && !hall.data) results = <PageError error={hall.error} onRetry={() => void hall.refetch()} />;
  else if (hall.data && hall.data.items.length === 0)
    results = (
      <PageEmpty
        description={hasActiveFilters(filters) ? t('hall.emptyFiltered') : t('hall.empty')}
        action={hasActiveFilters(filters) ? <Button onClick={reset}>{t('hall.resetFilters')}</Button> : undefined}
      />
    );
  else if (hall.data)
    results = (
      <>
        {hall.isError && <Alert type="warning" showIcon title={t('errors.refreshFailed')} className="form-alert" />}
        <Row gutter={[16, 16]} className={hall.isPlaceholderData ? 'is-refreshing' : undefined}>
          {hall.data.items.map((challenge) => (
            <Col key={challenge.id} {...CARD_COLUMNS}>
              <ChallengeCard challenge={challenge} />
            </Col>
          ))}
        </Row>
        <Pagination
          className="hall-pagination"
          current={filters.page}
          pageSize={filters.pageSize}
          total={hall.data.total}
          showSizeChanger
          pageSizeOptions={[12, 24, 48, 96]}
          showTotal={(total) => t('hall.total', { count: total })}
          onChange={(page, pageSize) => setParams(paramsFromFilters({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize }))}
        />
      </>
    );

  return (
    <div className="challenge-hall">
      <HallFiltersPanel filters={filters} onChange={update} onReset={reset} />
      <div className="hall-summary">
        <Typography.Text type="secondary">{hall.data ? t('hall.found', { count: hall.data.total }) : '\u00a0'}</Typography.Text>
      </div>
      {results}
    </div>
  );
}

import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, InputNumber, Row, Select, Space } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetUnitFen } from '@/lib/money';
import { PROVINCE_PREFIXES } from '@/lib/regions';
import { useHallFields } from '../api/list-hall-fields';
import { SORT_OPTIONS, hasActiveFilters, sortKeyOf, type HallFilters, type SortKey } from '../hall-query';
import { PUBLIC_STATUSES, type PublicStatus } from '../types';

const DeadlineFilter = lazy(() => import('./deadline-filter'));

interface HallFiltersProps {
  filters: HallFilters;
  onChange: (next: Partial<HallFilters>) => void;
  onReset: () => void;
}

/** Amounts are typed in the language's budget unit (万元 / million yuan) and kept in fen. */
function useBudgetUnit() {
  const { i18n } = useTranslation();
  const unit = budgetUnitFen(i18n.language);
  return {
    toUnit: (fen: number | null) => (fen === null ? null : fen / unit),
    toFen: (value: number | null) => (value === null || Number.isNaN(value) ? null : Math.round(value * unit)),
  };
}

export function HallFiltersPanel({ filters, onChange, onReset }: HallFiltersProps) {
  const { t } = useTranslation();
  const fields = useHallFields();
  const budget = useBudgetUnit();
  const [search, setSearch] = useState(filters.q);
  useEffect(() => setSearch(filters.q), [filters.q]);

  return (
    <Card className="hall-filters" size="small">
      <Input.Search
        size="large"
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim() })}
        placeholder={t('hall.searchPlaceholder')}
        enterButton={
          <>
            <SearchOutlined /> {t('hall.search')}
          </>
        }
        aria-label={t('hall.search')}
      />
      <Row gutter={[12, 12]} className="hall-filter-row">
        <Col xs={24} sm={12} lg={6}>
          <Select
            className="full-width"
            allowClear
            showSearch
            value={filters.field || undefined}
            onChange={(value?: string) => onChange({ field: value ?? '' })}
            placeholder={t('hall.filters.field')}
            options={fields.map((field) => ({ value: field, label: field }))}
            aria-label={t('hall.filters.field')}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select
            className="full-width"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.region || undefined}
            onChange={(value?: string) => onChange({ region: value ?? '' })}
            placeholder={t('hall.filters.region')}
            options={PROVINCE_PREFIXES.map((prefix) => ({ value: prefix, label: t(`regions.${prefix}`) }))}
            aria-label={t('hall.filters.region')}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Select
            className="full-width"
            allowClear
            value={filters.status || undefined}
            onChange={(value?: PublicStatus) => onChange({ status: value ?? '' })}
            placeholder={t('hall.filters.status')}
            options={PUBLIC_STATUSES.map((status) => ({ value: status, label: t(`challengeStatus.${status}`) }))}
            aria-label={t('hall.filters.status')}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Suspense fallback={<Input disabled value={filters.deadlineBefore} placeholder={t('hall.filters.deadlineBefore')} />}>
            <DeadlineFilter value={filters.deadlineBefore} onChange={(day) => onChange({ deadlineBefore: day })} placeholder={t('hall.filters.deadlineBefore')} />
          </Suspense>
        </Col>
        <Col xs={24} lg={12}>
          <Space.Compact className="full-width budget-range">
            <InputNumber
              className="full-width"
              min={0}
              precision={2}
              value={budget.toUnit(filters.minBudgetFen)}
              onChange={(value) => onChange({ minBudgetFen: budget.toFen(value) })}
              placeholder={t('hall.filters.minBudget')}
              aria-label={t('hall.filters.minBudget')}
            />
            <InputNumber
              className="full-width"
              min={0}
              precision={2}
              value={budget.toUnit(filters.maxBudgetFen)}
              onChange={(value) => onChange({ maxBudgetFen: budget.toFen(value) })}
              placeholder={t('hall.filters.maxBudget')}
              aria-label={t('hall.filters.maxBudget')}
              suffix={t('money.unit')}
            />
          </Space.Compact>
        </Col>
        <Col xs={24} sm={16} lg={8}>
          <Select
            className="full-width"
            value={sortKeyOf(filters)}
            onChange={(key: SortKey) => {
              const option = SORT_OPTIONS.find((candidate) => candidate.key === key) ?? SORT_OPTIONS[0];
              onChange({ sort: option.sort, order: option.order });
            }}
            prefix={t('hall.sortBy')}
            options={SORT_OPTIONS.map((option) => ({ value: option.key, label: t(`hall.sort.${option.key}`) }))}
            aria-label={t('hall.sortBy')}
          />
        </Col>
        <Col xs={24} sm={8} lg={4}>
          <Button className="full-width" icon={<ClearOutlined />} disabled={!hasActiveFilters(filters)} onClick={onReset}>
            {t('hall.resetFilters')}
          </Button>
        </Col>
      </Row>
    </Card>
  );
}

import { Card, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useOrganisationSearch } from '@/hooks/use-organisation-search';
import { useIntegrityRecords } from '../api/integrity';
import { useOutcomesT } from '../use-outcomes-t';
import { IntegrityRecordTable } from './integrity-record-table';

type Mode = 'all' | 'organisation' | 'user';

function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * 信用管理 for programme officers: every record they may read, or one organisation's (any organisation can be
 * looked up: "no record" is the answer a 信用核查 needs) or one person's. The filter lives in the URL.
 */
export function IntegrityRecords() {
  const { t } = useOutcomesT();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisationId') ?? undefined;
  const userId = params.get('userId') ?? undefined;
  const name = params.get('name') ?? '';
  const [mode, setMode] = useState<Mode>(organisationId ? 'organisation' : userId ? 'user' : 'all');
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const organisations = useOrganisationSearch(q);
  const everyone = useIntegrityRecords({});
  const records = useIntegrityRecords({ organisationId, userId });

  // People cannot be searched directly: the ones with a record are those in the unfiltered list.
  const people = useMemo(() => {
    const byId = new Map<string, string>();
    for (const record of everyone.data?.items ?? []) if (record.userId) byId.set(record.userId, record.userName ?? record.userId);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [everyone.data]);

  const choose = (next: { organisationId?: string; userId?: string; name?: string }) => {
    const search = new URLSearchParams();
    if (next.organisationId) search.set('organisationId', next.organisationId);
    if (next.userId) search.set('userId', next.userId);
    if (next.name) search.set('name', next.name);
    setParams(search, { replace: true });
  };

  const switchMode = (next: Mode) => {
    setMode(next);
    choose({});
  };

  const items = records.data?.items ?? [];
  const filtered = Boolean(organisationId || userId);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="middle">
          <Typography.Text>{t('integrity.searchBy')}</Typography.Text>
          <Segmented<Mode>
            value={mode}
            onChange={switchMode}
            options={[
              { value: 'all', label: t('integrity.all') },
              { value: 'organisation', label: t('integrity.byOrg') },
              { value: 'user', label: t('integrity.byUser') },
            ]}
          />
          {mode === 'organisation' && (
            <Select
              showSearch={{ filterOption: false, onSearch: setTyped }}
              allowClear
              style={{ width: 360 }}
              aria-label={t('integrity.byOrg')}
              placeholder={t('integrity.orgPlaceholder')}
              value={organisationId ? { value: organisationId, label: name || organisationId } : undefined}
              labelInValue
              loading={organisations.isFetching}
              notFoundContent={null}
              options={(organisations.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name, title: organisation.uscc ?? undefined }))}
              onChange={(option: { value: string; label: React.ReactNode } | undefined) => choose(option ? { organisationId: option.value, name: String(option.label) } : {})}
            />
          )}
          {mode === 'user' && (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              style={{ width: 260 }}
              aria-label={t('integrity.byUser')}
              placeholder={t('integrity.userPlaceholder')}
              value={userId}
              loading={everyone.isPending}
              options={people}
              onChange={(value: string | undefined) => choose(value ? { userId: value, name: people.find((person) => person.value === value)?.label ?? '' } : {})}
            />
          )}
        </Space>
      </Card>
      {records.isPending ? (
        <PageLoading />
      ) : records.isError ? (
        <PageError error={records.error} onRetry={() => void records.refetch()} />
      ) : items.length === 0 ? (
        <Card>
          <PageEmpty description={filtered && name ? t('integrity.emptyFor', { name }) : t('integrity.empty')} />
        </Card>
      ) : (
        <Card size="small" title={t('integrity.count', { count: items.length, active: items.filter((record) => record.active).length })}>
          <IntegrityRecordTable records={items} withSource />
        </Card>
      )}
    </Space>
  );
}

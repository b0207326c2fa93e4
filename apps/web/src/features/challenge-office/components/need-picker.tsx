import { Button, Table, Typography } from 'antd';
import { PageError } from '@/components/page-state';
import { formatBudget } from '@/lib/money';
import { usePooledNeeds } from '../api/programme';
import type { Need } from '../types';
import { useChallengeOfficeT } from '../use-challenge-office-t';

interface NeedPickerProps {
  programmeId: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Fill the form from this need (title, field, problem, indicators, co-funding). */
  onPrefill: (need: Need) => void;
  invalid?: boolean;
}

/** 入库需求 of the programme to build the challenge from; the first one chosen fills the form. Controlled, for a Form.Item. */
export function NeedPicker({ programmeId, value = [], onChange, onPrefill, invalid = false }: NeedPickerProps) {
  const { t, language } = useChallengeOfficeT();
  const needs = usePooledNeeds(programmeId);
  if (needs.isError) return <PageError error={needs.error} onRetry={() => void needs.refetch()} />;
  const items = needs.data?.items ?? [];
  const choose = (ids: string[]) => {
    const first = ids.find((id) => !value.includes(id));
    if (value.length === 0 && first) {
      const need = items.find((item) => item.id === first);
      if (need) onPrefill(need);
    }
    onChange?.(ids);
  };
  return (
    <Table<Need>
      rowKey="id"
      size="small"
      loading={needs.isPending}
      className={invalid ? 'co-need-picker invalid' : 'co-need-picker'}
      dataSource={items}
      pagination={items.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
      locale={{ emptyText: t('builder.noPooledNeeds') }}
      rowSelection={{ selectedRowKeys: value, onChange: (keys) => choose(keys.map(String)), getCheckboxProps: (need) => ({ 'aria-label': t('builder.chooseNeed', { title: need.title }) }) }}
      columns={[
        { key: 'title', title: t('builder.needTitle'), render: (_, need) => <Typography.Text strong>{need.title}</Typography.Text> },
        { key: 'demander', title: t('builder.demander'), dataIndex: 'demanderOrgName', width: 220, ellipsis: true },
        { key: 'field', title: t('fields.field'), dataIndex: 'field', width: 110 },
        { key: 'coFunding', title: t('builder.needCoFunding'), width: 110, render: (_, need) => formatBudget(need.coFundingFen, language) },
        {
          key: 'fill',
          title: '',
          width: 96,
          render: (_, need) => (
            <Button size="small" type="link" onClick={() => onPrefill(need)}>
              {t('builder.fillFrom')}
            </Button>
          ),
        },
      ]}
    />
  );
}

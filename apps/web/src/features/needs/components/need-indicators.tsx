import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import { formatBasisPoints } from '@/lib/money';
import type { NeedIndicator } from '../types';
import { useNeedsT } from '../use-needs-t';

const withUnit = (value: number | null | undefined, unit: string | undefined) => (value === null || value === undefined ? '—' : `${value}${unit ? ` ${unit}` : ''}`);

/** The need's 考核指标, read-only. */
export function NeedIndicators({ indicators }: { indicators: NeedIndicator[] }) {
  const { t } = useNeedsT();
  return (
    <Table<NeedIndicator>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={indicators}
      scroll={{ x: 720 }}
      columns={[
        {
          title: t('indicator.name'),
          dataIndex: 'name',
          render: (name: string, indicator) => (
            <span>
              <Typography.Text strong>{name}</Typography.Text>{' '}
              <Tooltip title={indicator.direction === 'lower_is_better' ? t('indicator.lower') : t('indicator.higher')}>
                {indicator.direction === 'lower_is_better' ? <ArrowDownOutlined aria-label={t('indicator.lower')} /> : <ArrowUpOutlined aria-label={t('indicator.higher')} />}
              </Tooltip>
            </span>
          ),
        },
        { title: t('indicator.baseline'), dataIndex: 'baseline', render: (value: number | null, indicator) => withUnit(value, indicator.unit) },
        { title: t('indicator.target'), dataIndex: 'target', render: (value: number, indicator) => <Typography.Text strong>{withUnit(value, indicator.unit)}</Typography.Text> },
        { title: t('indicator.threshold'), dataIndex: 'threshold', render: (value: number | null, indicator) => withUnit(value, indicator.unit) },
        { title: t('indicator.weight'), dataIndex: 'weightBp', align: 'right', render: (value: number) => formatBasisPoints(value) },
        { title: t('indicator.testMethod'), dataIndex: 'testMethod', width: '32%' },
      ]}
    />
  );
}

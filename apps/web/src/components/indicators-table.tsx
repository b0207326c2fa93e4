import { Table, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '@/lib/money';

/** What the table shows of an indicator; challenge, need and contract views all carry these fields. */
export interface IndicatorRow {
  key: string;
  name: string;
  unit?: string | undefined;
  baseline?: number | null | undefined;
  target: number;
  threshold?: number | null | undefined;
  weightBp: number;
  direction?: 'higher_is_better' | 'lower_is_better' | undefined;
  testMethod: string;
}

const withUnit = (value: number | null | undefined, unit: string | undefined) => (value === null || value === undefined ? '—' : `${value}${unit ? ` ${unit}` : ''}`);

/** 考核指标, read-only: what acceptance will measure, each with its baseline, target, threshold and weight. */
export function IndicatorsTable({ indicators }: { indicators: IndicatorRow[] }) {
  const { t } = useTranslation();
  return (
    <Table<IndicatorRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={indicators}
      scroll={{ x: 720 }}
      columns={[
        {
          title: t('indicators.name'),
          dataIndex: 'name',
          render: (name: string, indicator) => (
            <span className="indicator-name">
              <Typography.Text strong>{name}</Typography.Text>
              <Tooltip title={t(`indicators.direction.${indicator.direction ?? 'higher_is_better'}`)}>
                {indicator.direction !== 'lower_is_better' ? <ArrowUpOutlined className="direction-up" /> : <ArrowDownOutlined className="direction-down" />}
              </Tooltip>
            </span>
          ),
        },
        { title: t('indicators.baseline'), dataIndex: 'baseline', render: (value: number | null, indicator) => withUnit(value, indicator.unit) },
        { title: t('indicators.target'), dataIndex: 'target', render: (value: number, indicator) => <Typography.Text strong>{withUnit(value, indicator.unit)}</Typography.Text> },
        { title: t('indicators.threshold'), dataIndex: 'threshold', render: (value: number | null, indicator) => withUnit(value, indicator.unit) },
        { title: t('indicators.weight'), dataIndex: 'weightBp', align: 'right', render: (value: number) => formatBasisPoints(value) },
        { title: t('indicators.testMethod'), dataIndex: 'testMethod', width: '34%' },
      ]}
    />
  );
}

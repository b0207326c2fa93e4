import { Table, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '@/lib/money';
import type { Indicator } from '../types';

const withUnit = (value: number | null, unit: string) => (value === null ? '—' : `${value}${unit ? ` ${unit}` : ''}`);

/** 考核指标: what acceptance will measure, each with its baseline, target, threshold and weight. */
export function IndicatorsTable({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  return (
    <Table<Indicator>
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
              <Tooltip title={t(`indicators.direction.${indicator.direction}`)}>
                {indicator.direction === 'higher_is_better' ? <ArrowUpOutlined className="direction-up" /> : <ArrowDownOutlined className="direction-down" />}
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

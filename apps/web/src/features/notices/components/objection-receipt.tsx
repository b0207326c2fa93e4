import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import type { Notice, ObjectionReceipt as Receipt } from '../types';
import { useNoticesT } from '../use-notices-t';

/** What an objector keeps: the reference number and time the office registered the objection. */
export function ObjectionReceipt({ receipt, notice }: { receipt: Receipt; notice: Notice }) {
  const { t } = useNoticesT();
  return (
    <div className="objection-receipt" role="status">
      <Result status="success" title={t('receipt.title')} subTitle={t('receipt.text')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'reference', label: t('receipt.reference'), children: <Typography.Text copyable className="receipt-reference">{receipt.id}</Typography.Text> },
          { key: 'filedAt', label: t('receipt.filedAt'), children: formatDateTime(receipt.filedAt) },
          { key: 'notice', label: t('receipt.notice'), children: notice.title },
          { key: 'status', label: t('receipt.status'), children: t(`receipt.statuses.${receipt.status}`) },
        ]}
      />
      <div className="receipt-actions">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
      </div>
    </div>
  );
}

import { Card, Descriptions, Tag, Typography } from 'antd';
import { formatTimeSpan } from '@/lib/dates';
import { useBidsT } from '../i18n';
import type { Bid } from '../types';

type Slot = NonNullable<Bid['defenceSlot']>;
const STATUS_COLORS: Record<Slot['status'], string> = { scheduled: 'processing', held: 'success', absent: 'warning', cancelled: 'default' };

/** 答辩安排: the bid's own defence slot, in Beijing time, as the programme office scheduled it. */
export function DefenceSlotCard({ slot }: { slot: Slot }) {
  const { t } = useBidsT();
  return (
    <Card title={t('defence.title')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'time', label: t('defence.time'), children: formatTimeSpan(slot.startsAt, slot.endsAt) },
          { key: 'format', label: t('defence.format'), children: t(`defence.formats.${slot.format}`) },
          { key: 'venue', label: t('defence.venue'), children: slot.venue || '—' },
          { key: 'status', label: t('defence.status'), children: <Tag color={STATUS_COLORS[slot.status]}>{t(`defence.statuses.${slot.status}`)}</Tag> },
          ...(slot.note ? [{ key: 'note', label: t('defence.note'), children: slot.note }] : []),
        ]}
      />
      {slot.status === 'scheduled' && <Typography.Text type="secondary">{t('defence.hint')}</Typography.Text>}
    </Card>
  );
}

import { Tag } from 'antd';
import { useNoticesT } from '../use-notices-t';
import type { Notice } from '../types';

export type NoticeDisplayStatus = 'open' | 'ended' | 'closed' | 'withdrawn';

/** An open notice whose period has run out is shown as over even before the office formally closes it. */
export const noticeDisplayStatus = (notice: Pick<Notice, 'status' | 'closesAt'>, now: number): NoticeDisplayStatus =>
  notice.status === 'open' && new Date(notice.closesAt).getTime() <= now ? 'ended' : notice.status;

const COLORS: Record<NoticeDisplayStatus, string> = { open: 'green', ended: 'orange', closed: 'default', withdrawn: 'default' };

export function NoticeStatusTag({ status }: { status: NoticeDisplayStatus }) {
  const { t } = useNoticesT();
  return (
    <Tag color={COLORS[status]} variant={status === 'open' ? 'solid' : 'outlined'} className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}

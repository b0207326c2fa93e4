import { Tag } from 'antd';
import type { PanelStatus } from '../types';
import { useReviewsT } from '../use-reviews-t';

const COLORS: Record<PanelStatus, string> = { forming: 'default', scoring: 'green', closed: 'orange' };

export function PanelStatusTag({ status }: { status: PanelStatus }) {
  const { t } = useReviewsT();
  return <Tag color={COLORS[status]}>{t(`panelStatus.${status}`)}</Tag>;
}

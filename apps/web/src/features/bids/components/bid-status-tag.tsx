import { Tag } from 'antd';
import { useBidsT } from '../i18n';
import type { BidStatus } from '../types';

const COLORS: Record<BidStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  eligibility_check: 'processing',
  returned: 'warning',
  ineligible: 'error',
  under_review: 'geekblue',
  shortlisted: 'purple',
  selected: 'success',
  not_selected: 'default',
  withdrawn: 'default',
};

export function BidStatusTag({ status }: { status: BidStatus }) {
  const { t } = useBidsT();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

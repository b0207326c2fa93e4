import { Tag } from 'antd';
import type { InvitationStatus } from '../types';
import { useInvitationT } from './use-invitation-t';

const COLORS: Record<InvitationStatus, string> = { invited: 'gold', accepted: 'green', declined: 'default', withdrawn: 'default' };

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { t } = useInvitationT();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}

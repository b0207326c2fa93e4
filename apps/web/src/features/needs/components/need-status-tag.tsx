import { Tag } from 'antd';
import type { NeedStatus } from '../types';
import { useNeedsT } from '../use-needs-t';

const COLORS: Record<NeedStatus, string> = { draft: '#8c8c8c', submitted: 'processing', screening: 'cyan', vetting: 'geekblue', pooled: 'green', returned: 'orange', rejected: 'red', merged: 'purple' };

export function NeedStatusTag({ status, subtle = false }: { status: NeedStatus; subtle?: boolean }) {
  const { t } = useNeedsT();
  return (
    <Tag color={COLORS[status]} variant={subtle ? 'outlined' : 'solid'}>
      {t(`status.${status}`)}
    </Tag>
  );
}

import { Tag } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '../components/parts';
import type { DefenceSlot } from './types';
import { useDefenceT } from './use-defence-t';

const STATUS_COLORS: Record<DefenceSlot['status'], string> = { scheduled: 'processing', held: 'success', absent: 'warning', cancelled: 'default' };

export function DefenceStatusTag({ status }: { status: DefenceSlot['status'] }) {
  const { t } = useDefenceT();
  return <Tag color={STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}

/** A refused defence step in the officer's words: the defence rules this namespace knows, else the evaluation wording. */
export function useDefenceErrorText() {
  const { t } = useDefenceT();
  const general = useErrorText();
  const lookup = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return (error: unknown): string => (isApiError(error) && error.rule ? lookup(`rules.${error.rule}`, { defaultValue: '' }) : '') || general(error);
}

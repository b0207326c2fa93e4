import { DatePicker } from 'antd';
import { dayjs } from '@/lib/dates';

export interface DeadlineFilterProps {
  /** YYYY-MM-DD or '' */
  value: string;
  onChange: (day: string) => void;
  placeholder: string;
}

/** Loaded on demand by the hall filters: the date picker is the heaviest widget and not needed to show the hall. */
export default function DeadlineFilter({ value, onChange, placeholder }: DeadlineFilterProps) {
  return (
    <DatePicker
      className="full-width"
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : '')}
      placeholder={placeholder}
      aria-label={placeholder}
    />
  );
}

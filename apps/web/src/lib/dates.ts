import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The API stores UTC; people read programme deadlines in Beijing time wherever they are. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

export const inDisplayZone = (iso: string | Date): Dayjs => dayjs(iso).tz(DISPLAY_TIME_ZONE);
export const formatDateTime = (iso: string): string => inDisplayZone(iso).format('YYYY-MM-DD HH:mm');
export const formatDate = (iso: string): string => inDisplayZone(iso).format('YYYY-MM-DD');
/** A span within one day (a defence slot): 2026-12-01 09:40–10:10. */
export const formatTimeSpan = (from: string, to: string): string => `${formatDateTime(from)}–${inDisplayZone(to).format('HH:mm')}`;

/** The end of a calendar day in Beijing time, as the instant the API expects (a "deadline on or before" filter). */
export const endOfDisplayDay = (day: Dayjs): string => dayjs.tz(day.format('YYYY-MM-DD'), DISPLAY_TIME_ZONE).endOf('day').toISOString();

export interface Countdown {
  closed: boolean;
  days: number;
  hours: number;
  minutes: number;
  /** Less than three days left: worth a warning colour. */
  urgent: boolean;
}

export function countdownTo(deadline: string, now: number): Countdown {
  const left = new Date(deadline).getTime() - now;
  if (left <= 0) return { closed: true, days: 0, hours: 0, minutes: 0, urgent: false };
  const minutesLeft = Math.floor(left / 60_000);
  return {
    closed: false,
    days: Math.floor(minutesLeft / 1440),
    hours: Math.floor((minutesLeft % 1440) / 60),
    minutes: minutesLeft % 60,
    urgent: left < 3 * 24 * 3_600_000,
  };
}

export { dayjs };

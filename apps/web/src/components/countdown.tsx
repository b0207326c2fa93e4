import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '@/hooks/use-now';
import { countdownTo } from '@/lib/dates';

/** Time left until a deadline ("剩余 12 天 3 小时"), warning-coloured in the last three days. */
export function Countdown({ deadline, strong = false }: { deadline: string; strong?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = countdownTo(deadline, now);
  if (left.closed) return <Typography.Text type="secondary">{t('countdown.closed')}</Typography.Text>;
  const text =
    left.days > 0
      ? t('countdown.daysHours', { days: left.days, hours: left.hours })
      : left.hours > 0
        ? t('countdown.hoursMinutes', { hours: left.hours, minutes: left.minutes })
        : t('countdown.minutes', { minutes: Math.max(left.minutes, 1) });
  return (
    <Typography.Text type={left.urgent ? 'danger' : 'success'} strong={strong}>
      {text}
    </Typography.Text>
  );
}

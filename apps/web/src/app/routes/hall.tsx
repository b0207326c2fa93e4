import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChallengeHall } from '@/features/challenges/components/challenge-hall';

export default function HallRoute() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('hall.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <Typography.Title level={2}>{t('hall.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('hall.subtitle')}</Typography.Paragraph>
      </div>
      <ChallengeHall />
    </div>
  );
}

import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssignmentsList } from '@/features/reviews/components/assignments-list';
import { useReviewsT } from '@/features/reviews/use-reviews-t';

export default function ExpertAssignmentsRoute() {
  const { t } = useReviewsT();
  const { t: tApp } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('title')} · ${tApp('app.name')}`}</title>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <AssignmentsList />
    </div>
  );
}

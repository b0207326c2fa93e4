import { Card, Collapse, Space, Typography } from 'antd';
import { formatDate } from '@/lib/dates';
import type { Contract } from '../types';
import { useOutcomesT } from '../use-outcomes-t';

/**
 * The acceptance request itself carries no report: the PI's material is the progress report filed at each
 * milestone, which the panel reads against the indicators.
 */
export function AcceptanceMaterials({ milestones }: { milestones: Contract['milestones'] }) {
  const { t } = useOutcomesT();
  const sorted = [...milestones].sort((a, b) => a.sequence - b.sequence);
  return (
    <Card title={t('acceptance.materials')} size="small">
      <Typography.Paragraph type="secondary">{t('acceptance.materialsHint')}</Typography.Paragraph>
      {sorted.length === 0 ? (
        <Typography.Text type="secondary">{t('acceptance.noMaterials')}</Typography.Text>
      ) : (
        <Collapse
          size="small"
          items={sorted.map((milestone) => ({
            key: milestone.id,
            label: (
              <Space size="middle" wrap>
                <Typography.Text strong>{t('acceptance.milestone', { n: milestone.sequence, title: milestone.title })}</Typography.Text>
                <Typography.Text type="secondary">{t('acceptance.dueDate', { date: milestone.dueDate })}</Typography.Text>
                {milestone.reviewedAt && <Typography.Text type="secondary">{t('acceptance.reviewedAt', { date: formatDate(milestone.reviewedAt) })}</Typography.Text>}
              </Space>
            ),
            children: (
              <div>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{milestone.report ?? <Typography.Text type="secondary">{t('acceptance.noReport')}</Typography.Text>}</Typography.Paragraph>
                {milestone.reviewOpinion && <Typography.Paragraph type="secondary">{t('acceptance.reviewOpinion', { opinion: milestone.reviewOpinion })}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '@/lib/dates';
import type { Assignment } from '../types';
import { useReviewsT } from '../use-reviews-t';
import { AcceptInvitationModal, DeclineInvitationModal } from './answer-modals';
import { InvitationStatusTag } from './invitation-status-tag';
import { useInvitationT } from './use-invitation-t';

/**
 * A panel seat the expert has not accepted: what the challenge is, the role and the review period, and the two
 * answers the server offers. Nothing of the bids is shown (nor sent) before acceptance.
 */
export function InvitationCard({ panel }: { panel: Assignment }) {
  const { t } = useInvitationT();
  const { t: tr } = useReviewsT();
  const [answering, setAnswering] = useState<'accept' | 'decline' | null>(null);
  const period = panel.reviewPeriod ? t('card.periodValue', { from: formatDateTime(panel.reviewPeriod.from), to: formatDateTime(panel.reviewPeriod.to) }) : t('card.periodPending');
  const canAccept = panel.actions.includes('accept_invitation');
  const canDecline = panel.actions.includes('decline_invitation');
  return (
    <Card
      className="review-panel-card invitation-card"
      title={
        <Space wrap>
          <span>{panel.challengeTitle}</span>
          <InvitationStatusTag status={panel.invitationStatus} />
        </Space>
      }
    >
      <Space orientation="vertical" size={12} className="full-width">
        {panel.invitationStatus === 'invited' && <Typography.Text type="secondary">{t(canAccept ? 'card.intro' : 'card.closed')}</Typography.Text>}
        {panel.invitationStatus === 'declined' && panel.respondedAt && <Typography.Text type="secondary">{t('card.declined', { time: formatDateTime(panel.respondedAt) })}</Typography.Text>}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'field', label: t('card.field'), children: panel.challengeField || '—' },
            { key: 'role', label: t('card.role'), children: tr(`panelRole.${panel.panelRole}`) },
            { key: 'bids', label: t('card.bidCount'), children: t('card.bidCountValue', { count: panel.bidCount }) },
            { key: 'period', label: t('card.period'), children: period },
          ]}
        />
        {(canAccept || canDecline) && (
          <Space wrap>
            {canAccept && (
              <Button type="primary" onClick={() => setAnswering('accept')}>
                {t('card.accept')}
              </Button>
            )}
            {canDecline && <Button onClick={() => setAnswering('decline')}>{t('card.decline')}</Button>}
          </Space>
        )}
      </Space>
      <App component={false}>
        {answering === 'accept' && <AcceptInvitationModal panel={panel} onClose={() => setAnswering(null)} />}
        {answering === 'decline' && <DeclineInvitationModal panel={panel} onClose={() => setAnswering(null)} />}
      </App>
    </Card>
  );
}

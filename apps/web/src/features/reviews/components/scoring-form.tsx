import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Divider, Input, InputNumber, Row, Slider, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints } from '@/lib/money';
import { useSubmitScore } from '../api/submit-score';
import { isComplete, weightedTotal } from '../scoring';
import type { Assignment, AssignmentBid } from '../types';
import { useReviewsT } from '../use-reviews-t';

/**
 * The score sheet: 0–100 per rubric criterion (slider and number, the same value), the weighted total computed as
 * the expert types, a comment, and — before the expert's first score on this panel — the conflict-of-interest
 * declaration. Submitting is offered only when the server lists `score` among the bid's actions.
 */
export function ScoringForm({ panel, bid }: { panel: Assignment; bid: AssignmentBid }) {
  const { t } = useReviewsT();
  const { t: tApp } = useTranslation();
  const { message } = App.useApp();
  const formId = useId();
  const submit = useSubmitScore(bid.bidId);
  const [scores, setScores] = useState<Record<string, number | null>>(() => Object.fromEntries(panel.rubric.map((criterion) => [criterion.key, bid.myScore?.criterionScores[criterion.key] ?? null])));
  const [comment, setComment] = useState(bid.myScore?.comment ?? '');
  const [declared, setDeclared] = useState(false);
  const [tried, setTried] = useState(false);

  const canScore = bid.actions.includes('score');
  // The declaration comes before the first score of a panel: a score of this expert on any bid of the panel means it was made.
  const needsDeclaration = !panel.bids.some((other) => other.myScore);
  const complete = isComplete(panel.rubric, scores);
  const total = weightedTotal(panel.rubric, scores);
  const fieldErrors = isApiError(submit.error) ? submit.error.fieldIssues() : new Map<string, string[]>();
  const serverError = submit.error && !(isApiError(submit.error) && submit.error.code === 'VALIDATION_FAILED') ? submit.error : null;

  const onSubmit = () => {
    setTried(true);
    if (!complete || (needsDeclaration && !declared)) return;
    const criterionScores = Object.fromEntries(panel.rubric.map((criterion) => [criterion.key, scores[criterion.key] ?? 0]));
    submit.mutate({ criterionScores, comment: comment.trim() }, { onSuccess: (score) => void message.success(t('sheet.submitted', { total: score.total.toFixed(2) })) });
  };

  return (
    <div className="scoring-form">
      {bid.myScore && <Alert type="success" showIcon className="scoring-last" title={t('sheet.lastSubmitted', { time: formatDateTime(bid.myScore.submittedAt), total: bid.myScore.total.toFixed(2) })} />}
      {!canScore && <Alert type="info" showIcon title={t('sheet.closedNote')} />}
      <Space orientation="vertical" size={4} className="full-width scoring-criteria">
        {panel.rubric.map((criterion) => {
          const id = `${formId}-${criterion.key}`;
          const label = t('sheet.criterionScore', { label: criterion.label, weight: formatBasisPoints(criterion.weightBp) });
          const errors = fieldErrors.get(`criterionScores.${criterion.key}`) ?? fieldErrors.get('criterionScores');
          const missing = tried && typeof scores[criterion.key] !== 'number';
          const set = (value: number | null) => setScores((current) => ({ ...current, [criterion.key]: value }));
          return (
            <div key={criterion.key} className="criterion">
              <label htmlFor={id} className="criterion-label">
                <Typography.Text strong>{criterion.label}</Typography.Text> <Typography.Text type="secondary">{formatBasisPoints(criterion.weightBp)}</Typography.Text>
              </label>
              <Row gutter={12} align="middle">
                <Col flex="auto">
                  <Slider min={0} max={100} step={1} disabled={!canScore} value={scores[criterion.key] ?? 0} onChange={(value) => set(value)} aria-label={label} />
                </Col>
                <Col flex="88px">
                  <InputNumber id={id} aria-label={label} min={0} max={100} precision={0} disabled={!canScore} status={missing || errors ? 'error' : undefined} value={scores[criterion.key]} onChange={(value) => set(typeof value === 'number' ? value : null)} />
                </Col>
              </Row>
              {errors && (
                <Typography.Text type="danger" role="alert">
                  {errors.map(translateServerMessage).join('；')}
                </Typography.Text>
              )}
            </div>
          );
        })}
      </Space>
      <Divider className="scoring-divider" />
      <div className="scoring-total" aria-live="polite">
        <Typography.Text type="secondary">{t('sheet.total')}</Typography.Text>
        <div className="scoring-total-value">
          <span data-testid="weighted-total">{total.toFixed(2)}</span>
          <span className="scoring-total-max"> / 100</span>
        </div>
        <Typography.Text type="secondary">{t('sheet.totalHint')}</Typography.Text>
      </div>
      <div className="scoring-comment">
        <label htmlFor={`${formId}-comment`}>
          <Typography.Text strong>{t('sheet.comment')}</Typography.Text>
        </label>
        <Input.TextArea id={`${formId}-comment`} rows={5} maxLength={5000} showCount disabled={!canScore} value={comment} placeholder={t('sheet.commentPlaceholder')} onChange={(event) => setComment(event.target.value)} status={fieldErrors.has('comment') ? 'error' : undefined} />
        {fieldErrors.get('comment') && (
          <Typography.Text type="danger" role="alert">
            {fieldErrors.get('comment')?.map(translateServerMessage).join('；')}
          </Typography.Text>
        )}
      </div>
      {canScore &&
        (needsDeclaration ? (
          <div className="coi-box" role="group" aria-labelledby={`${formId}-coi`}>
            <Typography.Text strong id={`${formId}-coi`}>
              <SafetyCertificateOutlined /> {t('coi.title')}
            </Typography.Text>
            <Typography.Paragraph type="secondary" className="coi-text">
              {t('coi.text')}
            </Typography.Paragraph>
            <Checkbox checked={declared} onChange={(event) => setDeclared(event.target.checked)}>
              {t('coi.statement')}
            </Checkbox>
            {tried && !declared && (
              <div>
                <Typography.Text type="danger" role="alert">
                  {t('coi.required')}
                </Typography.Text>
              </div>
            )}
          </div>
        ) : (
          <Typography.Text type="secondary" className="coi-declared">
            <SafetyCertificateOutlined /> {t('coi.declared')}
          </Typography.Text>
        ))}
      {tried && !complete && <Alert type="warning" showIcon title={t('sheet.incomplete')} />}
      {serverError !== null && (
        <Alert
          type="error"
          showIcon
          title={t('sheet.failed')}
          description={`${tApp(`errors.codes.${isApiError(serverError) ? serverError.code : 'NETWORK'}`)}${isApiError(serverError) && serverError.code === 'RULE_VIOLATION' ? ` ${translateServerMessage(serverError.message)}` : ''}`}
        />
      )}
      {canScore && (
        <Button type="primary" size="large" block onClick={onSubmit} loading={submit.isPending}>
          {bid.myScore ? t('sheet.resubmit') : t('sheet.submit')}
        </Button>
      )}
    </div>
  );
}

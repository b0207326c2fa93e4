import { Alert, App, Form, Input, Modal, Space, Typography } from 'antd';
import { useConcludeAcceptance } from '../api/acceptance';
import { wanToFen } from '@/lib/money-input';
import type { Acceptance, AcceptanceVerdict, Contract } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { applyFieldErrors, useErrorText, VerdictTag } from './shared';

interface ConcludeValues {
  summary: string;
  actualValueWan?: string;
}

/**
 * The outcome the recorded verdicts add up to, shown before the officer commits (the server derives the same;
 * it refuses while an indicator is unmeasured).
 */
function expectedOutcome(acceptance: Acceptance): AcceptanceVerdict | null {
  const verdicts = acceptance.indicators.map((line) => line.verdict);
  if (verdicts.some((verdict) => verdict === null)) return null;
  if (verdicts.includes('failed')) return 'failed';
  if (verdicts.includes('passed_with_conditions')) return 'passed_with_conditions';
  return 'passed';
}

export function ConcludeModal({ contract, acceptance, onClose }: { contract: Contract; acceptance: Acceptance; onClose: () => void }) {
  const { t } = useOutcomesT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ConcludeValues>();
  const conclude = useConcludeAcceptance(contract.id, acceptance);
  const outcome = expectedOutcome(acceptance);
  const missing = acceptance.indicators.filter((line) => line.verdict === null).map((line) => line.indicator.name);
  // Only a post-completion subsidy is paid on the value actually transacted; other schemes never ask for it.
  const asksActualValue = contract.fundingScheme.kind === 'post_completion_subsidy';

  const submit = (values: ConcludeValues) => {
    const actualContractValueFen = wanToFen(values.actualValueWan, { blank: undefined });
    if (actualContractValueFen === null) {
      form.setFields([{ name: 'actualValueWan', errors: [t('acceptance.actualValueInvalid')] }]);
      return;
    }
    const label = outcome ? t(`verdict.${outcome}`) : '';
    modal.confirm({
      title: t('acceptance.concludeTitle'),
      content: outcome === 'failed' ? t('acceptance.confirmFailed') : t('acceptance.confirmPassed', { outcome: label }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: outcome === 'failed' ? { danger: true } : {},
      onOk: () =>
        conclude.mutateAsync(
          { summary: values.summary.trim(), ...(actualContractValueFen !== undefined ? { actualContractValueFen } : {}) },
          {
            onSuccess: (view) => {
              void message.success(t('acceptance.concluded', { outcome: view.outcome ? t(`verdict.${view.outcome}`) : '' }));
              onClose();
            },
            onError: (error) => {
              // Without the field on screen (another scheme), the server's reason goes to the message instead.
              const fields = asksActualValue ? ['summary', 'actualContractValueFen'] : ['summary'];
              if (!applyFieldErrors(form, error, fields, { actualContractValueFen: 'actualValueWan' })) void message.error(t('common.failed', { reason: errorText(error) }));
            },
          },
        ).catch(() => undefined),
    });
  };

  return (
    <Modal open title={t('acceptance.concludeTitle')} okText={t('acceptance.conclude')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={conclude.isPending} destroyOnHidden width={620}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {missing.length > 0 ? (
          <Alert type="warning" showIcon title={t('acceptance.missing', { names: missing.join('、') })} />
        ) : (
          outcome && (
            <div>
              <Typography.Text>{t('acceptance.expectedOutcome')}</Typography.Text> <VerdictTag verdict={outcome} />
              <div>
                <Typography.Text type="secondary">{t('acceptance.outcomeRule')}</Typography.Text>
              </div>
            </div>
          )
        )}
        <Form<ConcludeValues> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="summary" label={t('acceptance.summary')} rules={[{ required: true, whitespace: true, message: t('acceptance.summaryRequired') }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('acceptance.summaryPlaceholder')} />
          </Form.Item>
          {asksActualValue && (
            <Form.Item name="actualValueWan" label={t('acceptance.actualValue')} extra={t('acceptance.actualValueHelp')}>
              <Input inputMode="decimal" style={{ width: 220 }} />
            </Form.Item>
          )}
        </Form>
      </Space>
    </Modal>
  );
}

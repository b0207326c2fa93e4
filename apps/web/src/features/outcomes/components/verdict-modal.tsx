import { App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useRecordVerdict } from '../api/acceptance';
import { ACCEPTANCE_VERDICTS, type Acceptance, type AcceptanceVerdict, type IndicatorVerdict } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { applyFieldErrors, useErrorText } from './shared';
import { formatLimit } from './indicator-format';

interface VerdictValues {
  measuredValue: number | null;
  evidence?: string;
  verdict: AcceptanceVerdict | 'auto';
  conditionNote?: string;
}

const FIELDS = ['measuredValue', 'evidence', 'verdict', 'conditionNote'] as const;

/**
 * Records one indicator's measured value. The verdict is left to the server (what the value earns) unless the
 * panel states another, which the server accepts only with a condition note.
 */
export function VerdictModal({ contractId, acceptance, line, onClose }: { contractId: string; acceptance: Acceptance; line: IndicatorVerdict; onClose: () => void }) {
  const { t } = useOutcomesT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<VerdictValues>();
  const record = useRecordVerdict(contractId, acceptance);
  const chosen = Form.useWatch('verdict', form);
  const { indicator } = line;

  const submit = (values: VerdictValues) => {
    const conditionNote = values.conditionNote?.trim();
    record.mutate(
      {
        indicatorKey: indicator.key,
        measuredValue: values.measuredValue ?? 0,
        evidence: values.evidence?.trim() ?? '',
        ...(values.verdict !== 'auto' ? { verdict: values.verdict } : {}),
        ...(values.verdict !== 'auto' && conditionNote ? { conditionNote } : {}),
      },
      {
        onSuccess: (view) => {
          const saved = view.indicators.find((candidate) => candidate.indicator.key === indicator.key);
          void message.success(t('acceptance.saved', { name: indicator.name, verdict: saved?.verdict ? t(`verdict.${saved.verdict}`) : '—' }));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELDS)) void message.error(t('common.failed', { reason: errorText(error) }));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('acceptance.recordTitle', { name: indicator.name })}
      okText={t('acceptance.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('acceptance.targetLine', {
          target: formatLimit(indicator, indicator.target),
          threshold: indicator.threshold === null ? '' : t('acceptance.thresholdPart', { threshold: formatLimit(indicator, indicator.threshold) }),
          method: indicator.testMethod,
        })}
      </Typography.Paragraph>
      <Form<VerdictValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ measuredValue: line.measuredValue, evidence: line.evidence ?? '', verdict: line.verdict && line.verdict !== line.judged ? line.verdict : 'auto', conditionNote: line.conditionNote ?? '' }}
      >
        <Form.Item name="measuredValue" label={t('acceptance.measuredValue')} rules={[{ required: true, message: t('acceptance.measuredRequired') }]}>
          <InputNumber style={{ width: 220 }} suffix={indicator.unit || undefined} />
        </Form.Item>
        <Form.Item name="evidence" label={t('acceptance.evidence')}>
          <Input.TextArea rows={2} maxLength={5000} placeholder={t('acceptance.evidencePlaceholder')} />
        </Form.Item>
        <Form.Item name="verdict" label={t('acceptance.verdict')} extra={t('acceptance.verdictHelp')}>
          <Select options={[{ value: 'auto', label: t('acceptance.verdictAuto') }, ...ACCEPTANCE_VERDICTS.map((verdict) => ({ value: verdict, label: t(`verdict.${verdict}`) }))]} />
        </Form.Item>
        {chosen !== undefined && chosen !== 'auto' && (
          <Form.Item name="conditionNote" label={t('acceptance.conditionNote')}>
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('acceptance.conditionPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

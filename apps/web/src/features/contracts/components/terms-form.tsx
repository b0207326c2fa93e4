import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { dayjs } from '@/lib/dates';
import { formatBasisPoints } from '@/lib/money';
import { fenToWan, wanToFen } from '@/lib/money-input';
import { useSaveTerms } from '../api/contracts';
import { bpToPercent, percentToBp } from '../percent-input';
import { useContractsT } from '../use-contracts-t';
import { TRANCHE_TRIGGERS, type ContractView, type TermsBody, type TrancheTrigger } from '../types';
import { useCommandFeedback } from './command-feedback';

interface MilestoneValues {
  title: string;
  dueDate: Dayjs | null;
  deliverables: string[];
}
interface TrancheValues {
  sharePercent: string | null;
  trigger: TrancheTrigger;
  milestoneSequence?: number | undefined;
}
interface TermsValues {
  contractValueWan: string | null;
  rdInputWan: string | null;
  ipTerms: string;
  deliverables: string[];
  milestones: MilestoneValues[];
  tranches: TrancheValues[];
}

const valuesOf = (contract: ContractView): TermsValues => ({
  contractValueWan: fenToWan(contract.contractValueFen),
  rdInputWan: fenToWan(contract.rdInputFen),
  ipTerms: contract.ipTerms,
  deliverables: contract.deliverables,
  milestones: contract.milestones.map((milestone) => ({ title: milestone.title, dueDate: dayjs(milestone.dueDate), deliverables: milestone.deliverables })),
  tranches: contract.tranches.length
    ? contract.tranches.map((tranche) => ({ sharePercent: bpToPercent(tranche.shareBp), trigger: tranche.trigger, milestoneSequence: tranche.milestoneSequence ?? undefined }))
    : [{ sharePercent: '100', trigger: 'signing' }],
});

/** Server paths name the body's fields; the form holds 万元 and percentages under their own names. */
const FORM_NAME: [RegExp, string][] = [
  [/^contractValueFen$/, 'contractValueWan'],
  [/^rdInputFen$/, 'rdInputWan'],
  [/^tranches\.(\d+)\.shareBp$/, 'tranches.$1.sharePercent'],
];
const toFormPath = (path: string) => FORM_NAME.reduce((current, [pattern, name]) => current.replace(pattern, name), path);
const LIST_LEVEL = new Set(['', 'milestones', 'tranches', 'deliverables']);

const bodyOf = (values: TermsValues, version: number): TermsBody => ({
  version,
  contractValueFen: wanToFen(values.contractValueWan) ?? 0,
  rdInputFen: wanToFen(values.rdInputWan) ?? 0,
  ipTerms: values.ipTerms.trim(),
  deliverables: values.deliverables,
  milestones: values.milestones.map((milestone) => ({ title: milestone.title.trim(), dueDate: milestone.dueDate?.format('YYYY-MM-DD') ?? '', deliverables: milestone.deliverables })),
  tranches: values.tranches.map((tranche) => ({
    shareBp: percentToBp(tranche.sharePercent) ?? 0,
    trigger: tranche.trigger,
    ...(tranche.trigger === 'milestone' && tranche.milestoneSequence !== undefined ? { milestoneSequence: tranche.milestoneSequence } : {}),
  })),
});

/**
 * The negotiated terms (officer, during negotiation): value and R&D input in 万元, IP terms, deliverables, the
 * milestones and the disbursement schedule. The server checks the schedule (shares sum to 100%, dates in order,
 * milestone tranches name a milestone) and its 400 issues land next to the fields they name.
 */
export function TermsForm({ contract, onDone }: { contract: ContractView; onDone: () => void }) {
  const { t } = useContractsT();
  const [form] = Form.useForm<TermsValues>();
  const save = useSaveTerms(contract.id);
  const feedback = useCommandFeedback();
  const [listErrors, setListErrors] = useState<string[]>([]);
  const milestones = Form.useWatch('milestones', form) ?? [];
  const tranches = Form.useWatch('tranches', form) ?? [];
  const totalBp = tranches.reduce((sum, tranche) => sum + (percentToBp(tranche?.sharePercent) ?? 0), 0);
  const required = [{ required: true, message: t('actions.required') }];
  const wanRule = { validator: (_: unknown, value: string | null) => (value === null || value === undefined || value === '' || wanToFen(value) !== null ? Promise.resolve() : Promise.reject(new Error(t('terms.invalidWan')))) };

  const submit = (values: TermsValues) => {
    setListErrors([]);
    save.mutate(bodyOf(values, contract.version), {
      onSuccess: () => {
        feedback.success(t('terms.saved'));
        onDone();
      },
      onError: (error) =>
        feedback.failure(t('terms.save'), error, (fields) => {
          const named = fields.map((field) => ({ ...field, name: toFormPath(field.name.join('.')).split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) }));
          const onList = named.filter((field) => LIST_LEVEL.has(field.name.join('.')));
          form.setFields(named.filter((field) => !onList.includes(field)) as Parameters<typeof form.setFields>[0]);
          setListErrors(onList.flatMap((field) => field.errors));
          return named.length > 0;
        }),
    });
  };

  return (
    <Form<TermsValues> form={form} layout="vertical" initialValues={valuesOf(contract)} onFinish={submit} scrollToFirstError>
      <Alert type="info" showIcon title={t('terms.editing')} className="form-alert" />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="contractValueWan" label={t('terms.contractValue')} rules={[...required, wanRule]}>
            <InputNumber<string> stringMode min="0" precision={6} controls={false} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="rdInputWan" label={t('terms.rdInput')} rules={[...required, wanRule]}>
            <InputNumber<string> stringMode min="0" precision={6} controls={false} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="ipTerms" label={t('terms.ipTerms')}>
        <Input.TextArea rows={3} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="deliverables" label={t('terms.deliverables')} extra={t('terms.deliverablesHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['；', ';']} />
      </Form.Item>

      <Typography.Title level={5} className="contract-section-title">
        {t('terms.milestones')}
      </Typography.Title>
      <Form.List name="milestones">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="terms-row" data-testid={`milestone-row-${index}`}>
                <div className="terms-row-head">
                  <Typography.Text strong>{t('terms.milestoneN', { n: index + 1 })}</Typography.Text>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`${t('terms.remove')} ${t('terms.milestoneN', { n: index + 1 })}`} />
                </div>
                <Row gutter={12}>
                  <Col xs={24} md={14}>
                    <Form.Item name={[field.name, 'title']} label={t('terms.milestoneTitle')} rules={required}>
                      <Input maxLength={200} aria-label={`${t('terms.milestoneN', { n: index + 1 })} ${t('terms.milestoneTitle')}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, 'dueDate']} label={t('terms.dueDate')} rules={required}>
                      <DatePicker className="full-width" aria-label={`${t('terms.milestoneN', { n: index + 1 })} ${t('terms.dueDate')}`} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'deliverables']} label={t('terms.milestoneDeliverables')}>
                  <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['；', ';']} />
                </Form.Item>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', dueDate: null, deliverables: [] })} block>
              {t('terms.addMilestone')}
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5} className="contract-section-title">
        {t('terms.tranches')}{' '}
        <Typography.Text className={totalBp === 10_000 ? 'terms-total-ok' : 'terms-total-off'}>{t('terms.shareTotal', { total: formatBasisPoints(totalBp) })}</Typography.Text>
      </Typography.Title>
      <Form.List name="tranches">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="terms-row">
                <div className="terms-row-head">
                  <Typography.Text strong>{t('terms.trancheN', { n: index + 1 })}</Typography.Text>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`${t('terms.remove')} ${t('terms.trancheN', { n: index + 1 })}`} />
                </div>
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'sharePercent']} label={t('terms.share')} rules={required}>
                      <InputNumber<string> stringMode min="0.01" max="100" precision={2} className="full-width" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'trigger']} label={t('terms.trigger')} rules={required}>
                      <Select options={TRANCHE_TRIGGERS.map((trigger) => ({ value: trigger, label: t(`trigger.${trigger}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    {tranches[index]?.trigger === 'milestone' && (
                      <Form.Item name={[field.name, 'milestoneSequence']} label={t('terms.milestoneSequence')} rules={required}>
                        <Select
                          options={milestones.map((milestone, position) => ({ value: position + 1, label: `${t('terms.milestoneN', { n: position + 1 })}${milestone?.title ? ` · ${milestone.title}` : ''}` }))}
                        />
                      </Form.Item>
                    )}
                  </Col>
                </Row>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ sharePercent: bpToPercent(Math.max(0, 10_000 - totalBp)), trigger: 'milestone' })} block>
              {t('terms.addTranche')}
            </Button>
          </>
        )}
      </Form.List>
      {listErrors.length > 0 && <Alert type="error" showIcon title={listErrors.join('；')} className="contract-body" role="alert" />}
      <Space className="terms-footer full-width contract-body">
        <Button onClick={onDone}>{t('terms.cancelEdit')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('terms.save')}
        </Button>
      </Space>
    </Form>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { wanToFen } from '@/lib/money-input';
import { usePolicyPresets, useUpdatePolicy } from '../api/programmes';
import { fenToWan, formFieldErrors, percentToBp } from '../lib';
import type { PolicyInput, Programme, ProgrammePolicy } from '../types';
import { useOfficeT } from '../use-office-t';
import { ReviewSafeguardsFields } from './review-safeguards-fields';

/** The form's shape: the policy with money in 万元 and shares in percent, as officers think of them. */
interface PolicyForm {
  eligibility: Omit<ProgrammePolicy['eligibility'], 'maxBidsPerOrganisation'> & { maxBidsPerOrganisation: number | null };
  funding: Omit<ProgrammePolicy['funding'], 'rateBp' | 'capFen' | 'minimumBaseFen' | 'fixedAmountFen'> & { rateBp: number; capFen: number | null; minimumBaseFen: number | null; fixedAmountFen: number | null };
  review: Omit<ProgrammePolicy['review'], 'rubric'> & { rubric: { key: string; label: string; weightBp: number }[] };
  selection: ProgrammePolicy['selection'];
  lumpSumBudget: boolean;
}

const toForm = (policy: ProgrammePolicy): PolicyForm => ({
  ...policy,
  funding: { ...policy.funding, rateBp: policy.funding.rateBp / 100, capFen: fenToWan(policy.funding.capFen), minimumBaseFen: fenToWan(policy.funding.minimumBaseFen), fixedAmountFen: fenToWan(policy.funding.fixedAmountFen) },
  review: { ...policy.review, rubric: policy.review.rubric.map((criterion) => ({ ...criterion, weightBp: criterion.weightBp / 100 })) },
});

// Conversions are exact (string arithmetic); a value that cannot convert goes as NaN and the server names the field.
const wan = (value: number | null) => (value === null || value === undefined ? null : (wanToFen(value) ?? Number.NaN));
const fromForm = (form: PolicyForm): PolicyInput => ({
  ...form,
  funding: { ...form.funding, rateBp: percentToBp(form.funding.rateBp), capFen: wan(form.funding.capFen), minimumBaseFen: wan(form.funding.minimumBaseFen), fixedAmountFen: wan(form.funding.fixedAmountFen) },
  review: { ...form.review, rubric: form.review.rubric.map((criterion) => ({ ...criterion, weightBp: percentToBp(criterion.weightBp) })) },
});

/** Edits the whole policy (it replaces the old one); presets fill the form; the server's field errors land at the fields. */
export function PolicyEditor({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const { t } = useOfficeT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyForm>();
  const presets = usePolicyPresets();
  const update = useUpdatePolicy(programme);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const kind = Form.useWatch(['funding', 'kind'], form);

  const submit = (values: PolicyForm) => {
    setGeneralError(null);
    update.mutate(fromForm(values), {
      onSuccess: () => {
        void message.success(t('editor.saved'));
        onDone();
      },
      onError: (error) => {
        if (isApiError(error) && error.issues.length) {
          // A region code is one tag of a single field: its error goes on the field, naming the tag.
          const fields = formFieldErrors(error).map((field) =>
            field.name[0] === 'eligibility' && field.name[1] === 'regionScope' && field.name.length > 2
              ? { name: field.name.slice(0, 2), errors: field.errors.map((text) => `${String((form.getFieldValue(['eligibility', 'regionScope']) as string[] | undefined)?.[Number(field.name[2])] ?? '')} ${text}`.trim()) }
              : field.name.join('.') === 'review.rubric'
                ? { name: field.name, errors: [t('editor.rubricSum'), ...field.errors] }
                : field.name.join('.') === 'review.panelQuotas'
                  ? // The quotas' sum is one rule over four inputs: its message shows at the first.
                    { name: ['review', 'panelQuotas', 'technical'], errors: field.errors }
                  : field,
          );
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
          if (fields.some((field) => field.name[0] === 'version')) setGeneralError(g('errors.codes.STALE_VERSION'));
        } else setGeneralError(isApiError(error) ? g(`errors.codes.${error.code}`) : String(error));
      },
    });
  };

  const money = (name: (string | number)[], label: string) => (
    <Form.Item name={name} label={label} extra={t('editor.emptyIsNone')}>
      <InputNumber min={0} step={10} style={{ width: '100%' }} suffix={g('money.unit')} />
    </Form.Item>
  );

  return (
    <Form<PolicyForm> form={form} layout="vertical" initialValues={toForm(programme.policy)} onFinish={submit} scrollToFirstError>
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('editor.startFromPreset')}</Typography.Text>
        <Select
          style={{ minWidth: 320 }}
          loading={presets.isPending}
          placeholder={t('editor.choosePreset')}
          aria-label={t('editor.startFromPreset')}
          options={presets.data?.items.map((preset) => ({ value: preset.id, label: preset.label }))}
          onChange={(id: string) => {
            const preset = presets.data?.items.find((item) => item.id === id);
            if (preset) form.setFieldsValue(toForm(preset.policy));
          }}
        />
      </Space>
      {generalError && <Alert type="error" showIcon title={generalError} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('policy.eligibility')}>
            <Form.Item name={['eligibility', 'regionScope']} label={t('policy.regionScope')} extra={t('editor.regionHint')}>
              <Select mode="tags" tokenSeparators={[',', ' ']} />
            </Form.Item>
            <Form.Item name={['eligibility', 'maxBidsPerOrganisation']} label={t('policy.maxBids')} extra={t('editor.emptyIsNone')}>
              <InputNumber min={1} max={100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['eligibility', 'maxConsortiumMembers']} label={t('policy.consortiumMembers')}>
              <InputNumber min={0} max={20} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['eligibility', 'requireLegalEntity']} label={t('policy.legalEntity')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={['eligibility', 'excludePreviousWinners']} label={t('policy.previousWinners')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={['eligibility', 'allowForeignOrganisations']} label={t('policy.foreign')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('policy.funding')}>
            <Form.Item name={['funding', 'kind']} label={g('funding.kind')}>
              <Select options={(['rd_input_subsidy', 'upfront_funding', 'post_completion_subsidy', 'fixed_reward'] as const).map((value) => ({ value, label: g(`funding.kinds.${value}`) }))} />
            </Form.Item>
            <Form.Item name={['funding', 'recipient']} label={g('funding.recipient')}>
              <Select options={(['bidder_lead_org', 'demander'] as const).map((value) => ({ value, label: g(`funding.recipients.${value}`) }))} />
            </Form.Item>
            {kind === 'fixed_reward' ? (
              money(['funding', 'fixedAmountFen'], g('funding.fixedAmount'))
            ) : (
              <Form.Item name={['funding', 'rateBp']} label={g('funding.rate')}>
                <InputNumber min={0} max={100} step={1} precision={2} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            )}
            {money(['funding', 'capFen'], g('funding.cap'))}
            {money(['funding', 'minimumBaseFen'], g('funding.minimumBase'))}
            <Form.Item name="lumpSumBudget" label={t('policy.lumpSum')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('policy.review')} style={{ marginTop: 16 }}>
            <Form.List name={['review', 'rubric']}>
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item name={[field.name, 'label']} label={t('policy.criterion')}>
                        <Input style={{ width: 180 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'key']} label={t('policy.criterionKey')}>
                        <Input style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'weightBp']} label={t('policy.weight')}>
                        <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: 110 }} />
                      </Form.Item>
                      <Button type="text" aria-label={t('editor.removeCriterion')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                    </Space>
                  ))}
                  <div className="ant-form-item-explain-error" style={{ color: '#ff4d4f' }}>
                    <Form.ErrorList errors={errors} />
                  </div>
                  <Button type="dashed" onClick={() => add({ key: '', label: '', weightBp: 0 })} icon={<PlusOutlined />}>
                    {t('editor.addCriterion')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name={['review', 'minScoresPerBid']} label={t('policy.minScores')} style={{ marginTop: 16 }}>
              <InputNumber min={1} max={50} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['review', 'disagreementThreshold']} label={t('policy.disagreement')}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('policy.selection')} style={{ marginTop: 16 }}>
            <Form.Item name={['selection', 'maxShortlisted']} label={t('policy.maxShortlisted')}>
              <InputNumber min={1} max={50} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['selection', 'maxWinners']} label={t('policy.maxWinners')}>
              <InputNumber min={1} max={20} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name={['selection', 'noticePeriodDays']} label={t('policy.noticePeriod')}>
              <InputNumber min={1} max={60} suffix={t('editor.daysUnit')} style={{ width: '100%' }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24}>
          <ReviewSafeguardsFields />
        </Col>
      </Row>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('editor.save')}
        </Button>
        <Button onClick={onDone}>{g('common.cancel')}</Button>
      </Space>
    </Form>
  );
}

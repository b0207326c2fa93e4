import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { IndicatorsEditor, indicatorIssues, useIndicatorsT } from '@/components/indicators-editor';
import { isApiError } from '@/lib/api-client';
import { useChallengeGroups } from '../api/programme';
import { formFieldName, isPastDay, moneyIssues, needPrefill, toChallengeFields, type ChallengeFields, type ChallengeFormValues } from '../form-values';
import { wanToFen } from '@/lib/money-input';
import { useServerText } from '../server-text';
import { ALLOCATION_MODES, type Challenge, type Programme } from '../types';
import '../challenge-office.css';
import { useChallengeOfficeT } from '../use-challenge-office-t';
import { DesignatedOrgSelect } from './designated-org-select';
import { EligibilityList } from '@/components/eligibility-list';
import { FundingEstimate } from './funding-estimate';
import { NeedPicker } from './need-picker';

/** Form fields a 400 issue may name; anything else is listed in the failure alert. */
const FORM_FIELDS = new Set(['needIds', 'groupId', 'title', 'field', 'industrialChain', 'problemStatement', 'applicationScenario', 'deliverables', 'durationMonths', 'budgetWan', 'coFundingWan', 'bidDeadline', 'allocationMode', 'designatedOrgId', 'maxWinners', 'ipTerms', 'confidentialityNote', 'contact']);

export interface ChallengeFormProps {
  programme: Pick<Programme, 'id' | 'name' | 'policy'>;
  initialValues: ChallengeFormValues;
  /** Editing a drafting challenge: its source needs and group are fixed at creation. */
  challenge?: Challenge | undefined;
  save: (fields: ChallengeFields, values: ChallengeFormValues) => Promise<Challenge>;
  pending: boolean;
}

/** 榜单 builder: the challenge's words, indicators, money, deadline and allocation; the server's field errors show at their fields. */
export function ChallengeForm({ programme, initialValues, challenge, save, pending }: ChallengeFormProps) {
  const { t } = useChallengeOfficeT();
  const { t: tIndicators } = useIndicatorsT();
  const server = useServerText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ChallengeFormValues>();
  const [indicatorErrors, setIndicatorErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<{ summary: string; others: string[] } | null>(null);
  const groups = useChallengeGroups(programme.id);
  const allocationMode = Form.useWatch('allocationMode', form) ?? initialValues.allocationMode;
  const isPublic = Form.useWatch('isPublic', form) ?? initialValues.isPublic;
  const budgetWan = Form.useWatch('budgetWan', form);
  const creating = !challenge;
  const winnersCap = programme.policy.selection.maxWinners;

  const onFinish = async (values: ChallengeFormValues) => {
    setFailure(null);
    const local = indicatorIssues(values.indicators, tIndicators);
    setIndicatorErrors(local);
    const badMoney = moneyIssues(values);
    if (badMoney.length) form.setFields(badMoney.map((name) => ({ name, errors: [t('form.moneyInvalid')] })));
    if (local.size || badMoney.length) return;
    try {
      const saved = await save(toChallengeFields(values), values);
      void message.success(creating ? t('form.created', { code: saved.code }) : t('form.saved'));
      void navigate(`/office/challenges/${saved.id}`);
    } catch (error) {
      const others: string[] = [];
      if (isApiError(error)) {
        const listErrors = new Map<string, string[]>();
        const fields: { name: (string | number)[]; errors: string[] }[] = [];
        for (const [path, messages] of error.fieldIssues()) {
          const translated = messages.map(server.field);
          if (path === 'indicators' || path.startsWith('indicators.')) listErrors.set(path.replace(/^indicators\.?/, ''), messages);
          else if (FORM_FIELDS.has(String(formFieldName(path)[0]))) fields.push({ name: formFieldName(path), errors: translated });
          else others.push(`${path}: ${translated.join('；')}`);
        }
        setIndicatorErrors(listErrors);
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
      }
      setFailure({ summary: server.failure(error), others });
    }
  };

  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const money = [{ validator: (_: unknown, value: string | null) => (wanToFen(value, { blank: 0 }) === null ? Promise.reject(new Error(t('form.moneyInvalid'))) : Promise.resolve()) }];
  const budgetFen = wanToFen(budgetWan, { blank: 0 });

  return (
    <Form<ChallengeFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError
      className="co-form"
      onFinish={(values) => void onFinish(values)}
      onValuesChange={(changed: Partial<ChallengeFormValues>) => {
        // 认领制 and 指派制 have one winner; only 挑战制 may run several teams in parallel (赛马制).
        if (changed.allocationMode && changed.allocationMode !== 'open_challenge') form.setFieldValue('maxWinners', 1);
        if (changed.allocationMode && changed.allocationMode !== 'direct_assignment') form.setFieldValue('designatedOrgId', null);
      }}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} className="co-full">
            {creating && (
              <Card title={t('builder.needsTitle')} extra={<Typography.Text type="secondary">{t('builder.needsHint')}</Typography.Text>}>
                <Form.Item name="needIds" rules={[{ required: true, type: 'array', min: 1, message: t('builder.needsRequired') }]}>
                  <NeedPicker programmeId={programme.id} onPrefill={(need) => form.setFieldsValue(needPrefill(need))} />
                </Form.Item>
                {Boolean(groups.data?.items.length) && (
                  <Form.Item name="groupId" label={t('fields.group')} extra={t('builder.groupHelp')}>
                    <Select allowClear placeholder={t('builder.noGroup')} options={groups.data?.items.map((group) => ({ value: group.id, label: group.name }))} />
                  </Form.Item>
                )}
              </Card>
            )}
            <Card title={t('sections.content')}>
              <Form.Item name="title" label={t('fields.title')} rules={required}>
                <Input maxLength={200} showCount />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="field" label={t('fields.field')} rules={required}>
                    <Input maxLength={100} placeholder={t('form.fieldPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="industrialChain" label={t('fields.industrialChain')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="problemStatement" label={t('fields.problemStatement')} rules={required}>
                <Input.TextArea rows={6} maxLength={20_000} showCount />
              </Form.Item>
              <Form.Item name="applicationScenario" label={t('fields.applicationScenario')}>
                <Input.TextArea rows={3} maxLength={20_000} />
              </Form.Item>
              <Form.Item label={t('fields.deliverables')} required className="co-deliverables">
                <Form.List name="deliverables">
                  {(items, { add, remove }, { errors }) => (
                    <Space orientation="vertical" className="co-full">
                      {items.map((item, index) => (
                        <Space key={item.key} align="start" className="co-deliverable">
                          <Form.Item name={item.name} rules={index === 0 ? required : []} className="co-deliverable-input">
                            <Input maxLength={500} aria-label={t('form.deliverableN', { number: index + 1 })} placeholder={t('form.deliverablePlaceholder')} />
                          </Form.Item>
                          <Button type="text" danger icon={<DeleteOutlined />} disabled={items.length === 1} onClick={() => remove(item.name)} aria-label={t('form.removeDeliverable', { number: index + 1 })} />
                        </Space>
                      ))}
                      <Button icon={<PlusOutlined />} onClick={() => add('')} disabled={items.length >= 50}>
                        {t('form.addDeliverable')}
                      </Button>
                      <Form.ErrorList errors={errors} />
                    </Space>
                  )}
                </Form.List>
              </Form.Item>
              <Form.Item name="durationMonths" label={t('fields.durationMonths')} rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber min={1} max={120} precision={0} suffix={t('form.monthsUnit')} className="co-number" />
              </Form.Item>
            </Card>
            <Card title={<span id="co-indicators-label">{t('sections.indicators')}</span>}>
              <Form.Item<ChallengeFormValues> name="indicators" noStyle>
                <IndicatorsEditor errors={indicatorErrors} aria-labelledby="co-indicators-label" />
              </Form.Item>
            </Card>
            <Card title={t('sections.allocation')}>
              <Form.Item name="allocationMode" label={t('fields.allocationMode')}>
                <Radio.Group>
                  <Space orientation="vertical">
                    {ALLOCATION_MODES.map((mode) => (
                      <Radio key={mode} value={mode}>
                        <Typography.Text strong>{t(`modes.${mode}`)}</Typography.Text> <Typography.Text type="secondary">{t(`modeHelp.${mode}`)}</Typography.Text>
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
              {allocationMode === 'direct_assignment' && (
                <Form.Item name="designatedOrgId" label={t('fields.designatedOrg')} rules={[{ required: true, message: t('builder.designatedOrgRequired') }]}>
                  <DesignatedOrgSelect initial={challenge?.designatedOrg} />
                </Form.Item>
              )}
              <Form.Item name="maxWinners" label={t('fields.maxWinners')} extra={allocationMode === 'open_challenge' ? t('builder.maxWinnersHelp', { count: winnersCap }) : t('builder.singleWinner')}>
                <InputNumber min={1} max={Math.max(winnersCap, 1)} precision={0} disabled={allocationMode !== 'open_challenge'} suffix={t('form.teamsUnit')} className="co-number" />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="budgetWan" label={t('fields.budgetWan')} extra={t('builder.budgetHelp')} rules={money}>
                    <InputNumber<string> stringMode min="0" step="10" suffix={t('form.wanUnit')} className="co-full" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="coFundingWan" label={t('fields.coFundingWan')} rules={money}>
                    <InputNumber<string> stringMode min="0" step="10" suffix={t('form.wanUnit')} className="co-full" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="bidDeadline" label={t('fields.bidDeadline')} extra={t('builder.deadlineHelp')}>
                    <DatePicker disabledDate={isPastDay} format="YYYY-MM-DD" className="co-full" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title={t('sections.terms')}>
              <Form.Item name="ipTerms" label={t('fields.ipTerms')}>
                <Input.TextArea rows={3} maxLength={5000} placeholder={t('form.ipTermsPlaceholder')} />
              </Form.Item>
              <Form.Item name="isPublic" label={t('fields.confidentiality')} valuePropName="checked">
                <Switch checkedChildren={t('form.public')} unCheckedChildren={t('form.restricted')} />
              </Form.Item>
              {!isPublic && (
                <Form.Item name="confidentialityNote" label={t('fields.confidentialityNote')} rules={required}>
                  <Input maxLength={200} placeholder={t('form.confidentialityPlaceholder')} />
                </Form.Item>
              )}
              <Form.Item name="contact" label={t('fields.contact')}>
                <Input maxLength={500} placeholder={t('form.contactPlaceholder')} />
              </Form.Item>
            </Card>
            {failure && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={t('form.saveFailed')}
                description={
                  <>
                    <div>{failure.summary}</div>
                    {failure.others.map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </>
                }
              />
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={pending}>
                {creating ? t('form.create') : t('form.save')}
              </Button>
              <Button onClick={() => void navigate(-1)}>{t('form.cancel')}</Button>
            </Space>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} className="co-full co-sticky">
            <FundingEstimate programmeId={programme.id} budgetFen={budgetFen} />
            <Card size="small" title={t('sections.eligibility')}>
              <Typography.Paragraph type="secondary">{t('builder.eligibilityHint')}</Typography.Paragraph>
              <EligibilityList eligibility={programme.policy.eligibility} className="co-eligibility" />
            </Card>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}

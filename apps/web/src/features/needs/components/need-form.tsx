import { App, Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { AttachmentsCard } from '@/components/attachments';
import { IndicatorsEditor, emptyIndicator, indicatorIssues, useIndicatorsT, type IndicatorDraft } from '@/components/indicators-editor';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useTranslation } from 'react-i18next';
import { useDemanderOrganisations } from '../api/get-demander-orgs';
import { useCreateNeed, useUpdateNeed } from '../api/save-need';
import { fenToWan, wanToFen } from '@/lib/money-input';
import { NEED_CATEGORIES, type CreateNeedInput, type Need, type NeedCategory } from '../types';
import { useNeedsT } from '../use-needs-t';
import '../needs.css';

interface FormValues {
  demanderOrgId?: string;
  title: string;
  category?: NeedCategory;
  field: string;
  industrialChain: string;
  problemStatement: string;
  applicationScenario: string;
  indicators: IndicatorDraft[];
  coFundingWan: string | null;
  isBasicResearch: boolean;
}

const initialValues = (need: Need | undefined): FormValues =>
  need
    ? {
        title: need.title,
        category: need.category,
        field: need.field,
        industrialChain: need.industrialChain,
        problemStatement: need.problemStatement,
        applicationScenario: need.applicationScenario,
        indicators: need.indicators.map((indicator) => ({ ...indicator, unit: indicator.unit ?? '', baseline: indicator.baseline ?? null, threshold: indicator.threshold ?? null, direction: indicator.direction ?? 'higher_is_better' })),
        coFundingWan: fenToWan(need.coFundingFen),
        isBasicResearch: need.isBasicResearch,
      }
    : { title: '', field: '', industrialChain: '', problemStatement: '', applicationScenario: '', indicators: [{ ...emptyIndicator(0), weightBp: 10_000 }], coFundingWan: '0', isBasicResearch: false };

/** Server field names that the form shows under another name. */
const FORM_FIELD: Record<string, string> = { coFundingFen: 'coFundingWan' };

type Mode = { kind: 'create'; programmeId: string } | { kind: 'edit'; need: Need };

/** 需求 form for drafting and editing; every field error from the server is shown at its field. */
export function NeedForm(props: { mode: Mode }) {
  return props.mode.kind === 'create' ? <CreateForm programmeId={props.mode.programmeId} /> : <EditForm need={props.mode.need} />;
}

function CreateForm({ programmeId }: { programmeId: string }) {
  const mutation = useCreateNeed(programmeId);
  return <NeedFormBody need={undefined} save={(body) => mutation.mutateAsync(body as CreateNeedInput)} pending={mutation.isPending} />;
}

function EditForm({ need }: { need: Need }) {
  const mutation = useUpdateNeed(need);
  return <NeedFormBody need={need} save={({ demanderOrgId: _org, ...body }) => mutation.mutateAsync(body)} pending={mutation.isPending} />;
}

type Body = Omit<CreateNeedInput, 'demanderOrgId'> & { demanderOrgId?: string | undefined };

function NeedFormBody({ need, save, pending }: { need: Need | undefined; save: (body: Body) => Promise<Need>; pending: boolean }) {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const { t: tIndicators } = useIndicatorsT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [indicatorErrors, setIndicatorErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const organisations = useDemanderOrganisations();
  const basicResearch = Form.useWatch('isBasicResearch', form);
  const onlyOrganisation = organisations.isPending || organisations.organisations.length !== 1 ? undefined : organisations.organisations[0]?.id;

  useEffect(() => {
    // One demander organisation (the usual case): choose it once the grants have loaded.
    if (!need && onlyOrganisation && !form.getFieldValue('demanderOrgId')) form.setFieldValue('demanderOrgId', onlyOrganisation);
  }, [form, need, onlyOrganisation]);

  const onFinish = async (values: FormValues) => {
    setFailure(null);
    setIndicatorErrors(new Map());
    const localIssues = indicatorIssues(values.indicators, tIndicators);
    if (localIssues.size) {
      setIndicatorErrors(localIssues);
      return;
    }
    const coFundingFen = wanToFen(values.coFundingWan, { blank: 0 });
    if (coFundingFen === null) {
      form.setFields([{ name: 'coFundingWan', errors: [t('form.coFundingInvalid')] }]);
      return;
    }
    const body: Body = {
      ...(need ? {} : { demanderOrgId: values.demanderOrgId }),
      title: values.title,
      category: values.category as NeedCategory,
      field: values.field,
      industrialChain: values.industrialChain ?? '',
      problemStatement: values.problemStatement,
      applicationScenario: values.applicationScenario ?? '',
      // Blank numbers go as null: the server names the field that needs a value (e.g. indicators.0.target).
      indicators: values.indicators.map((row) => ({ ...row, target: row.target as number })),
      coFundingFen,
      isBasicResearch: values.isBasicResearch,
    };
    try {
      const saved = await save(body);
      void message.success(t('form.saved'));
      void navigate(`/demander/needs/${saved.id}`);
    } catch (error) {
      if (!isApiError(error)) {
        setFailure(tApp('errors.codes.NETWORK'));
        return;
      }
      const fields = error.fieldIssues();
      const listErrors = new Map<string, string[]>();
      const formErrors: { name: string; errors: string[] }[] = [];
      for (const [path, messages] of fields) {
        if (path === 'indicators' || path.startsWith('indicators.')) listErrors.set(path.replace(/^indicators\.?/, ''), messages);
        else formErrors.push({ name: FORM_FIELD[path] ?? path, errors: messages.map(translateServerMessage) });
      }
      setIndicatorErrors(listErrors);
      form.setFields(formErrors as Parameters<typeof form.setFields>[0]);
      setFailure(`${tApp(`errors.codes.${error.code}`)}${error.code === 'RULE_VIOLATION' || error.code === 'FORBIDDEN_TRANSITION' ? ` ${translateServerMessage(error.message)}` : ''}`);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={initialValues(need)} onFinish={(values) => void onFinish(values)} scrollToFirstError className="need-form">
      <Space orientation="vertical" size={16} className="full-width">
        <Card>
          {!need && (
            <Form.Item name="demanderOrgId" label={t('form.demanderOrg')} rules={[{ required: true, message: t('form.required') }]}>
              <Select loading={organisations.isPending} options={organisations.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))} />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('form.title')} rules={required}>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Space size={16} wrap className="need-form-row">
            <Form.Item name="category" label={t('form.category')} rules={[{ required: true, message: t('form.required') }]}>
              <Select className="need-category" options={NEED_CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))} />
            </Form.Item>
            <Form.Item name="field" label={t('form.field')} rules={required}>
              <Input maxLength={100} placeholder={t('form.fieldPlaceholder')} />
            </Form.Item>
            <Form.Item name="industrialChain" label={t('form.industrialChain')}>
              <Input maxLength={100} />
            </Form.Item>
          </Space>
          <Form.Item name="problemStatement" label={t('form.problemStatement')} extra={t('form.problemHelp')} rules={required}>
            <Input.TextArea rows={6} maxLength={20_000} showCount />
          </Form.Item>
          <Form.Item name="applicationScenario" label={t('form.applicationScenario')}>
            <Input.TextArea rows={3} maxLength={20_000} />
          </Form.Item>
        </Card>
        <Card title={<span id="need-indicators-label">{t('detail.indicators')}</span>}>
          <Form.Item name="indicators" noStyle>
            <IndicatorsEditor errors={indicatorErrors} aria-labelledby="need-indicators-label" />
          </Form.Item>
        </Card>
        <Card>
          <Form.Item name="coFundingWan" label={t('form.coFunding')} extra={t('form.coFundingHelp')} rules={[{ validator: (_, value: string | null) => (wanToFen(value, { blank: 0 }) === null ? Promise.reject(new Error(t('form.coFundingInvalid'))) : Promise.resolve()) }]}>
            <InputNumber<string> stringMode min="0" step="10" className="cofunding-input" suffix="万元" />
          </Form.Item>
          <Form.Item name="isBasicResearch" valuePropName="checked" className="basic-research-item">
            <Checkbox>{t('form.isBasicResearch')}</Checkbox>
          </Form.Item>
          <Alert type={basicResearch ? 'warning' : 'info'} showIcon title={t('form.basicResearchHelp')} />
        </Card>
        <AttachmentsCard ownerKind="need" ownerId={need?.id ?? null} />
        {failure && <Alert type="error" showIcon title={t('form.saveFailed')} description={failure} role="alert" />}
        <Space>
          <Button type="primary" htmlType="submit" loading={pending}>
            {need ? t('form.saveChanges') : t('form.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('form.cancel')}</Button>
        </Space>
      </Space>
    </Form>
  );
}

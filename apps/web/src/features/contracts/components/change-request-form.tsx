import { Alert, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { IndicatorsEditor, type IndicatorDraft } from '@/components/indicators-editor';
import { useOrganisationSearch } from '@/hooks/use-organisation-search';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useFileChangeRequest, useOrganisationMembers } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import { CHANGE_REQUEST_KINDS, type ChangeRequestKind, type ContractView } from '../types';
import { useCommandFeedback } from './command-feedback';

interface ChangeValues {
  kind: ChangeRequestKind;
  summary: string;
  reason: string;
  newPiUserId?: string;
  newLeadOrgId?: string;
  newDueDate?: Dayjs | null;
  indicators?: IndicatorDraft[];
}

/**
 * Which kinds take effect when filed (备案) and which wait for approval, as the contract schema documents them; a
 * budget adjustment is filed under the contract's lump-sum budget (经费包干制) and approved otherwise.
 */
const FILED_ONLY: readonly ChangeRequestKind[] = ['route_adjustment', 'team_change'];
const needsApproval = (kind: ChangeRequestKind, lumpSumBudget: boolean) => (kind === 'budget_adjustment' ? !lumpSumBudget : !FILED_ONLY.includes(kind));

const draftsOf = (contract: ContractView): IndicatorDraft[] =>
  contract.indicators.map((indicator) => ({
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    threshold: indicator.threshold,
    weightBp: indicator.weightBp,
    direction: indicator.direction,
    testMethod: indicator.testMethod,
  }));

function KindTag({ kind, lumpSumBudget }: { kind: ChangeRequestKind; lumpSumBudget: boolean }) {
  const { t } = useContractsT();
  const tag = needsApproval(kind, lumpSumBudget) ? <Tag color="orange">{t('changes.needsApproval')}</Tag> : <Tag color="cyan">{t('changes.filedOnly')}</Tag>;
  if (kind !== 'budget_adjustment') return tag;
  return (
    <span>
      {tag}
      <span className="change-kind-note">{lumpSumBudget ? t('changes.lumpSum') : t('changes.notLumpSum')}</span>
    </span>
  );
}

function LeadOrgPicker({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { t } = useContractsT();
  const [q, setQ] = useState('');
  const search = useOrganisationSearch(q);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      placeholder={t('changes.newLeadOrgHelp')}
      loading={search.isFetching}
      options={(search.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.uscc ? `${organisation.name}（${organisation.uscc}）` : organisation.name }))}
    />
  );
}

/**
 * 申请变更 (the PI): route and team changes are filed (备案) and take effect at once; indicator, PI and
 * lead-organisation changes and extensions wait for the officer's approval. The server decides which in the end.
 */
export function ChangeRequestForm({ contract, onClose }: { contract: ContractView; onClose: () => void }) {
  const { t } = useContractsT();
  const [form] = Form.useForm<ChangeValues>();
  const kind = Form.useWatch('kind', form);
  const file = useFileChangeRequest(contract.id);
  const members = useOrganisationMembers(contract.leadOrgId, kind === 'pi_change');
  const [indicatorErrors, setIndicatorErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const feedback = useCommandFeedback();

  const submit = (values: ChangeValues) => {
    setFailure(null);
    setIndicatorErrors(new Map());
    const details: Record<string, unknown> = { reason: values.reason.trim() };
    if (values.kind === 'pi_change') details.newPiUserId = values.newPiUserId;
    if (values.kind === 'lead_org_change') details.newLeadOrgId = values.newLeadOrgId;
    if (values.kind === 'extension' && values.newDueDate) details.newDueDate = values.newDueDate.format('YYYY-MM-DD');
    if (values.kind === 'goal_indicator_change') details.indicators = values.indicators;
    file.mutate(
      { kind: values.kind, summary: values.summary.trim(), details },
      {
        onSuccess: (request) => {
          feedback.success(request.status === 'filed' ? t('changes.fileDoneFiled') : t('changes.fileDone'));
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return feedback.failure(t('changes.file'), error);
          const issues = error.fieldIssues('body');
          const indicators = new Map<string, string[]>();
          const fields: { name: string[]; errors: string[] }[] = [];
          for (const [path, messages] of issues) {
            if (path.startsWith('details.indicators')) indicators.set(path.replace(/^details\.indicators\.?/, ''), messages);
            else if (path === 'summary' || path === 'kind') fields.push({ name: [path], errors: messages.map(translateServerMessage) });
            else if (path.startsWith('details.')) fields.push({ name: [path.slice('details.'.length)], errors: messages.map(translateServerMessage) });
          }
          setIndicatorErrors(indicators);
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
          if (issues.size === 0) setFailure(translateServerMessage(error.message));
        },
      },
    );
  };

  const required = [{ required: true, whitespace: true, message: t('actions.required') }];
  return (
    <Modal open title={t('changes.fileTitle')} okText={t('actions.submit')} cancelText={t('actions.cancel')} okButtonProps={{ loading: file.isPending }} onOk={() => form.submit()} onCancel={onClose} width={kind === 'goal_indicator_change' ? 960 : 640} destroyOnHidden>
      <Alert type="info" showIcon title={t('changes.autonomy')} className="form-alert" />
      {failure && <Alert type="error" showIcon title={failure} className="form-alert" />}
      <Form<ChangeValues> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'route_adjustment', summary: '', reason: '', indicators: draftsOf(contract) }}>
        <Form.Item name="kind" label={t('changes.kind')} rules={[{ required: true, message: t('actions.required') }]} extra={kind ? <KindTag kind={kind} lumpSumBudget={contract.lumpSumBudget} /> : undefined}>
          <Select options={CHANGE_REQUEST_KINDS.map((value) => ({ value, label: t(`changeKind.${value}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('changes.summary')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="reason" label={t('changes.reason')} rules={required}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        {kind === 'pi_change' && (
          <Form.Item name="newPiUserId" label={t('changes.newPi')} extra={t('changes.newPiHelp')} rules={[{ required: true, message: t('actions.required') }]}>
            <Select
              loading={members.isPending && members.fetchStatus !== 'idle'}
              options={(members.data?.items ?? []).filter((member) => member.id !== contract.piUserId).map((member) => ({ value: member.id, label: member.displayName }))}
            />
          </Form.Item>
        )}
        {kind === 'lead_org_change' && (
          <Form.Item name="newLeadOrgId" label={t('changes.newLeadOrg')} rules={[{ required: true, message: t('actions.required') }]}>
            <LeadOrgPicker />
          </Form.Item>
        )}
        {kind === 'extension' && (
          <Form.Item name="newDueDate" label={t('changes.newDueDate')} rules={[{ required: true, message: t('actions.required') }]}>
            <DatePicker />
          </Form.Item>
        )}
        {kind === 'goal_indicator_change' && (
          <Form.Item name="indicators" label={t('changes.newIndicators')}>
            <IndicatorsEditor errors={indicatorErrors} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

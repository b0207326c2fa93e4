import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatBasisPoints } from '@/lib/money';
import { AttachmentsCard } from '@/components/attachments';
import { useOrganisationMembers } from '../api/search-organisations';
import { useSaveBid } from '../api/save-bid';
import { clearDraft, readDraft, writeDraft } from '../draft-storage';
import { changedContent, contentOf, emptyValues, formFieldOf, isCreatable, shareTotalBp, valuesOfBid, type BidContent, type BidFormValues } from '../draft-values';
import { useBidsT } from '../i18n';
import type { Bid, BidderIdentity, ChallengeForBid } from '../types';
import { AvoidedExperts } from './avoided-experts';
import { ConsortiumMembers } from './consortium-members';
import { SaveStatus, type SaveState } from './save-status';

/** Saved every few seconds while typing, and whenever a field is left. */
export const AUTOSAVE_MS = 4000;

const FORM_FIELDS = new Set(['leadOrgId', 'piUserId', 'title', 'technicalProposal', 'indicatorCommitments', 'budgetWan', 'rdInputWan', 'leadTask', 'leadSharePct', 'members', 'avoidedExperts']);

function IndicatorCommitments({ challenge }: { challenge: ChallengeForBid }) {
  const { t } = useBidsT();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('form.indicatorHint')}</Typography.Paragraph>
      {challenge.indicators.map((indicator, index) => (
        <Row key={indicator.key} gutter={12}>
          <Form.Item name={['indicatorCommitments', index, 'indicatorKey']} hidden>
            <Input />
          </Form.Item>
          <Col xs={24} md={10}>
            <Form.Item
              name={['indicatorCommitments', index, 'committedValue']}
              label={indicator.unit ? t('form.committedValue', { name: indicator.name, unit: indicator.unit }) : t('form.committedValueNoUnit', { name: indicator.name })}
              rules={[{ required: true, message: t('form.required') }]}
              extra={
                <Space size={4} wrap>
                  <Tag color="green">{t('form.target', { value: indicator.target })}</Tag>
                  {indicator.threshold != null && <Tag color="orange">{t('form.threshold', { value: indicator.threshold })}</Tag>}
                  <span>{indicator.direction === 'higher_is_better' ? t('form.higherIsBetter') : t('form.lowerIsBetter')}</span>
                </Space>
              }
            >
              <InputNumber<string> stringMode className="full-width" suffix={indicator.unit} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name={['indicatorCommitments', index, 'note']} label={t('form.commitmentNote', { name: indicator.name })}>
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      ))}
    </>
  );
}

function ShareTotal() {
  const { t } = useBidsT();
  const form = Form.useFormInstance();
  const leadSharePct = Form.useWatch('leadSharePct', form) as string | null | undefined;
  const members = Form.useWatch('members', form) as BidFormValues['members'] | undefined;
  const total = shareTotalBp({ leadSharePct: leadSharePct ?? null, members: members ?? [] });
  const ok = total === 10_000;
  return (
    <div className="bid-share-total" role="status" aria-live="polite">
      <Typography.Text strong type={ok ? 'success' : 'danger'}>
        {t('form.shareTotal', { total: formatBasisPoints(total).replace('%', '') })}
      </Typography.Text>{' '}
      <Tag color={ok ? 'success' : 'error'}>{ok ? t('form.shareOk') : t('form.shareNot100')}</Tag>
    </div>
  );
}

function initialState(challenge: ChallengeForBid, identity: BidderIdentity, bid: Bid | undefined) {
  const stored = readDraft(challenge.id);
  const restored = stored !== null && stored.dirty && stored.bidId === (bid?.id ?? null);
  const values = restored ? stored.values : bid ? valuesOfBid(bid, challenge.indicators) : emptyValues(challenge.indicators, identity.leadOrganisations[0]?.id ?? '', identity.userId);
  const save: SaveState = restored ? { kind: 'local' } : bid ? { kind: 'saved', at: bid.updatedAt } : { kind: 'idle' };
  return { values, restored, save };
}

/**
 * 揭榜申请 as a form that never loses what was typed: every change is kept in this browser at once, the server
 * draft is created on the first complete save and PATCHed after (only the fields that changed), automatically
 * every few seconds and whenever a field is left.
 */
export function BidForm({ challenge, identity, bid }: { challenge: ChallengeForBid; identity: BidderIdentity; bid?: Bid | undefined }) {
  const { t } = useBidsT();
  const [form] = Form.useForm<BidFormValues>();
  const [initial] = useState(() => initialState(challenge, identity, bid));
  const [saveState, setSaveState] = useState<SaveState>(initial.save);
  const [bidId, setBidId] = useState<string | null>(bid?.id ?? null);
  const [formError, setFormError] = useState<string[]>([]);
  const bidIdRef = useRef<string | null>(bid?.id ?? null);
  const versionRef = useRef<number | null>(bid?.version ?? null);
  const savedRef = useRef<BidContent | null>(bid ? contentOf(valuesOfBid(bid, challenge.indicators)) : null);
  const savedAtRef = useRef<string | null>(bid?.updatedAt ?? null);
  const dirtyRef = useRef(initial.restored);
  const savingRef = useRef(false);
  const saveBid = useSaveBid();
  const leadOrgId = Form.useWatch('leadOrgId', form) ?? initial.values.leadOrgId;
  const members = useOrganisationMembers(leadOrgId || undefined);

  const keepLocally = useCallback(
    (dirty: boolean) => writeDraft(challenge.id, { values: form.getFieldsValue(true) as BidFormValues, bidId: bidIdRef.current, dirty }),
    [challenge.id, form],
  );

  const showServerErrors = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return;
      const fields: { name: (string | number)[]; errors: string[] }[] = [];
      const other: string[] = [];
      for (const [path, messages] of error.fieldIssues('body')) {
        const name = formFieldOf(path);
        const translated = messages.map(translateServerMessage);
        if (FORM_FIELDS.has(String(name[0])) && !(name.length === 1 && (name[0] === 'indicatorCommitments' || name[0] === 'members'))) fields.push({ name, errors: translated });
        else other.push(...translated.map((message) => `${path}: ${message}`));
      }
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      if (!error.issues.length) other.push(translateServerMessage(error.message));
      setFormError(other);
    },
    [form],
  );

  const save = useCallback(
    async (manual: boolean) => {
      if (savingRef.current || (!dirtyRef.current && !manual)) return;
      const values = form.getFieldsValue(true) as BidFormValues;
      const sent = JSON.stringify(values);
      // Incomplete values (a consortium member row still being filled in) are kept here: the server takes a complete
      // bid only, and an autosave must not answer the typing with its 400 field errors. Saving by hand shows them.
      if (!isCreatable(values) && (!bidIdRef.current || !manual)) {
        if (manual) await form.validateFields().catch(() => undefined);
        setSaveState({ kind: 'local' });
        return;
      }
      const patch = bidIdRef.current ? changedContent(values, savedRef.current) : null;
      if (patch && Object.keys(patch).length === 0) {
        dirtyRef.current = false;
        keepLocally(false);
        // Typed back to what the server has: nothing is unsaved, so the status must not keep saying so.
        if (savedAtRef.current) setSaveState({ kind: 'saved', at: savedAtRef.current });
        return;
      }
      savingRef.current = true;
      setSaveState({ kind: 'saving' });
      try {
        const view = await saveBid.mutateAsync(
          bidIdRef.current && patch
            ? { kind: 'update', id: bidIdRef.current, body: { ...patch, version: versionRef.current ?? undefined } }
            : { kind: 'create', challengeId: challenge.id, body: { leadOrgId: values.leadOrgId, ...contentOf(values) } },
        );
        bidIdRef.current = view.id;
        versionRef.current = view.version;
        savedRef.current = contentOf(values);
        savedAtRef.current = view.updatedAt;
        setBidId(view.id);
        setFormError([]);
        // Typing may have gone on while the request was out: that part is still unsaved.
        dirtyRef.current = JSON.stringify(form.getFieldsValue(true)) !== sent;
        keepLocally(dirtyRef.current);
        setSaveState(dirtyRef.current ? { kind: 'local' } : { kind: 'saved', at: view.updatedAt });
      } catch (error) {
        keepLocally(true);
        setSaveState({ kind: 'local' });
        showServerErrors(error);
      } finally {
        savingRef.current = false;
      }
    },
    [challenge.id, form, keepLocally, saveBid, showServerErrors],
  );

  useEffect(() => {
    const timer = setInterval(() => void save(false), AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [save]);

  const discardLocal = () => {
    clearDraft(challenge.id);
    form.setFieldsValue(bid ? valuesOfBid(bid, challenge.indicators) : emptyValues(challenge.indicators, identity.leadOrganisations[0]?.id ?? '', identity.userId));
    dirtyRef.current = false;
    setSaveState(bid ? { kind: 'saved', at: bid.updatedAt } : { kind: 'idle' });
  };

  if (!identity.leadOrganisations.length) return <Alert type="warning" showIcon title={t('form.noLeadOrg')} />;

  const piOptions = [
    ...(members.data?.items ?? []).filter((member) => member.id !== identity.userId).map((member) => ({ value: member.id, label: member.displayName })),
    { value: identity.userId, label: t('form.piSelf', { name: identity.displayName }) },
  ];
  const wanInput = <InputNumber<string> stringMode min="0" precision={2} className="full-width" suffix="万元" />;

  return (
    <div onBlur={() => void save(false)}>
      {initial.restored && (
        <Alert
          className="bid-restored"
          type="info"
          showIcon
          title={t('save.restored')}
          action={
            <Button size="small" onClick={discardLocal}>
              {t('save.discardLocal')}
            </Button>
          }
        />
      )}
      <Form<BidFormValues>
        form={form}
        layout="vertical"
        initialValues={initial.values}
        onValuesChange={() => {
          dirtyRef.current = true;
          keepLocally(true);
          if (!savingRef.current) setSaveState({ kind: 'local' });
        }}
        onFinish={() => void save(true)}
        scrollToFirstError
      >
        <Space orientation="vertical" size={16} className="full-width">
          <Card title={t('form.sections.lead')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="leadOrgId" label={t('form.leadOrg')} extra={t('form.leadOrgHelp')} rules={[{ required: true, message: t('form.required') }]}>
                  <Select disabled={bidId !== null} options={identity.leadOrganisations.map((organisation) => ({ value: organisation.id, label: organisation.name || organisation.id }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="piUserId" label={t('form.pi')} extra={t('form.piHelp')} rules={[{ required: true, message: t('form.required') }]}>
                  <Select options={piOptions} loading={members.isFetching} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {challenge.reviewTerms.blindReview && <Alert type="warning" showIcon title={t('form.blindNotice')} />}
          <Card title={t('form.sections.proposal')}>
            <Form.Item name="title" label={t('form.title')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
              <Input maxLength={200} showCount />
            </Form.Item>
            <Form.Item name="technicalProposal" label={t('form.technicalProposal')} extra={t('form.technicalProposalHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
              <Input.TextArea rows={8} maxLength={50_000} showCount />
            </Form.Item>
          </Card>
          <Card title={t('form.sections.indicators')}>
            <IndicatorCommitments challenge={challenge} />
          </Card>
          <Card title={t('form.sections.budget')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="budgetWan" label={t('form.budget')} rules={[{ required: true, message: t('form.required') }]}>
                  {wanInput}
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="rdInputWan" label={t('form.rdInput')} extra={t('form.rdInputHelp')}>
                  {wanInput}
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={t('form.sections.consortium')} extra={<ShareTotal />}>
            <Row gutter={16}>
              <Col xs={24} md={18}>
                <Form.Item name="leadTask" label={t('form.leadTask')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                  <Input maxLength={2000} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="leadSharePct" label={t('form.leadShare')} rules={[{ required: true, message: t('form.required') }]}>
                  <InputNumber<string> stringMode min="0" max="100" precision={2} className="full-width" />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={5}>{t('form.members')}</Typography.Title>
            <ConsortiumMembers leadOrgId={leadOrgId} />
          </Card>
          <Card title={t('form.sections.avoidedExperts')}>
            <AvoidedExperts max={challenge.reviewTerms.avoidListMax} />
          </Card>
          <AttachmentsCard ownerKind="bid" ownerId={bidId} />
          {formError.length > 0 && <Alert type="error" showIcon title={t('form.saveFailed')} description={formError.map((message) => <div key={message}>{message}</div>)} />}
          {!bidId && <Typography.Paragraph type="secondary">{t('form.completeToSave')}</Typography.Paragraph>}
          <div className="bid-form-footer">
            <SaveStatus state={saveState} />
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={saveState.kind === 'saving'}>
                {t('form.save')}
              </Button>
              {bidId && (
                <Link to={`/bidder/bids/${bidId}`}>
                  <Button>{t('form.toDetail')}</Button>
                </Link>
              )}
            </Space>
          </div>
        </Space>
      </Form>
    </div>
  );
}

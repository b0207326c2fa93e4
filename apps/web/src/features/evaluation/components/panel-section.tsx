import { Alert, App, Button, Card, Collapse, Descriptions, Form, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { useAddPanelMember, useExpertPool, useFormPanel, usePanel, usePanelStep, useRemovePanelMember, type PanelStep } from '../api/panel';
import { PANEL_ROLES, type Panel, type PanelMember, type PanelRole } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { EvaluationStatusTag, EvaluationTimeline, SectionTitle, useErrorText } from './parts';

const STEPS: PanelStep[] = ['open_scoring', 'close_scoring'];

const INVITATION_COLORS: Record<PanelMember['invitationStatus'], string> = { invited: 'gold', accepted: 'green', declined: 'default', withdrawn: 'default' };

/** The expert's answer to the invitation; a decline shows its reason, and a declared conflict (回避) stands out. */
function InvitationCell({ member }: { member: PanelMember }) {
  const { t } = useEvaluationT();
  const tag = <Tag color={INVITATION_COLORS[member.invitationStatus]}>{t(`invitationStatus.${member.invitationStatus}`)}</Tag>;
  return (
    <Space size={4} wrap>
      {member.declineReason ? <Tooltip title={t('panel.declineReason', { reason: member.declineReason })}>{tag}</Tooltip> : tag}
      {member.declaredConflict && <Tag color="red">{t('panel.declaredConflict')}</Tag>}
    </Space>
  );
}

/** Draws an expert from the pool; a recusal (回避) refusal stays on screen beside the form until the next try. */
function AddMemberForm({ challengeId, panel }: { challengeId: string; panel: Panel }) {
  const { t } = useEvaluationT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ expertUserId: string; panelRole: PanelRole }>();
  const [refusal, setRefusal] = useState<{ conflict: boolean; text: string } | null>(null);
  const pool = useExpertPool(true);
  const add = useAddPanelMember(challengeId);
  const onMembers = new Set(panel.members.map((member) => member.expertUserId));
  const options = (pool.data?.items ?? [])
    .filter((expert) => !onMembers.has(expert.userId))
    .map((expert) => ({ value: expert.userId, label: expert.organisationName ? `${expert.displayName} · ${expert.organisationName}` : expert.displayName }));

  const submit = (values: { expertUserId: string; panelRole: PanelRole }) => {
    setRefusal(null);
    const name = options.find((option) => option.value === values.expertUserId)?.label ?? '';
    add.mutate(
      { panel, ...values },
      {
        onSuccess: () => {
          form.resetFields(['expertUserId']);
          void message.success(t('panel.added', { name }));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            form.setFields([...error.fieldIssues()].map(([field, errors]) => ({ name: field as 'expertUserId' | 'panelRole', errors })));
          }
          setRefusal({ conflict: isApiError(error) && error.rule === 'review.conflict_of_interest', text: errorText(error) });
        },
      },
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={submit} initialValues={{ panelRole: 'technical' }} aria-label={t('panel.addTitle')}>
        <Form.Item name="expertUserId" label={t('panel.pickExpert')} rules={[{ required: true, message: t('panel.pickExpertRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 300 }}
            options={options}
            loading={pool.isPending}
            notFoundContent={t('panel.noExpertsInPool')}
            placeholder={t('panel.pickExpert')}
            onChange={() => setRefusal(null)}
          />
        </Form.Item>
        <Form.Item name="panelRole" label={t('panel.pickRole')} rules={[{ required: true }]}>
          <Select style={{ width: 140 }} options={PANEL_ROLES.map((role) => ({ value: role, label: t(`panelRoles.${role}`) }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('panel.add')}
          </Button>
        </Form.Item>
      </Form>
      {pool.isError && <Alert type="error" showIcon title={errorText(pool.error)} />}
      {refusal && <Alert type={refusal.conflict ? 'warning' : 'error'} showIcon title={refusal.conflict ? t('panel.conflictTitle') : t('common.actionFailed')} description={refusal.text} closable={{ onClose: () => setRefusal(null) }} />}
    </Space>
  );
}

function PanelCard({ challengeId, panel }: { challengeId: string; panel: Panel }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const step = usePanelStep(challengeId);
  const remove = useRemovePanelMember(challengeId);
  const fail = (error: unknown) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`);

  return (
    <Card
      title={
        <Space>
          <SectionTitle>{t('panel.title')}</SectionTitle>
          <EvaluationStatusTag kind="panelStatus" status={panel.status} />
        </Space>
      }
      extra={
        <Space>
          {STEPS.filter((name) => panel.actions.includes(name)).map((name) => (
            <Popconfirm
              key={name}
              title={t(`panel.${name}Confirm`)}
              okText={g('common.confirm')}
              cancelText={g('common.cancel')}
              onConfirm={() => step.mutate({ panel, step: name }, { onSuccess: () => void message.success(t('panel.stepDone')), onError: fail })}
            >
              <Button type="primary" loading={step.isPending && step.variables.step === name}>
                {t(`panel.${name}`)}
              </Button>
            </Popconfirm>
          ))}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('panel.rubric')}>
            <Space size={[4, 4]} wrap>
              {panel.rubric.map((criterion) => (
                <Tag key={criterion.key}>
                  {criterion.label} {criterion.weightBp / 100}%
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('panel.scoringRule')}>{t('panel.minScores', { count: panel.minScoresPerBid })}</Descriptions.Item>
        </Descriptions>
        <Table
          rowKey="expertUserId"
          size="small"
          pagination={false}
          dataSource={panel.members}
          locale={{ emptyText: t('panel.noMembers') }}
          columns={[
            { key: 'name', title: t('panel.expert'), dataIndex: 'displayName' },
            { key: 'role', title: t('panel.role'), width: 120, render: (_, member) => t(`panelRoles.${member.panelRole}`) },
            { key: 'invitation', title: t('panel.invitation'), width: 150, render: (_, member) => <InvitationCell member={member} /> },
            { key: 'assigned', title: t('panel.assignedAt'), width: 160, render: (_, member) => formatDateTime(member.assignedAt) },
            { key: 'scores', title: t('panel.scoresSubmitted'), width: 90, align: 'right', dataIndex: 'scoresSubmitted' },
            {
              key: 'actions',
              title: t('common.operations'),
              width: 90,
              render: (_, member) =>
                panel.actions.includes('remove_member') && (
                  <Popconfirm
                    title={t('panel.removeConfirm', { name: member.displayName })}
                    okText={g('common.confirm')}
                    cancelText={g('common.cancel')}
                    onConfirm={() => remove.mutate({ panelId: panel.id, expertUserId: member.expertUserId }, { onSuccess: () => void message.success(t('panel.removed')), onError: fail })}
                  >
                    <Button size="small" danger type="link" loading={remove.isPending && remove.variables.expertUserId === member.expertUserId}>
                      {t('panel.remove')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
        {panel.actions.includes('add_member') && <AddMemberForm challengeId={challengeId} panel={panel} />}
        <Collapse size="small" items={[{ key: 'timeline', label: t('common.timeline'), children: <EvaluationTimeline entries={panel.timeline} kind="panelStatus" /> }]} />
      </Space>
    </Card>
  );
}

/** The review panel of a challenge, or the step to form it when the ranking's actions offer it. */
export function PanelSection({ challengeId, canForm }: { challengeId: string; canForm: boolean }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const panel = usePanel(challengeId);
  const formPanel = useFormPanel(challengeId);

  if (panel.isPending) return <PageLoading rows={4} />;
  if (panel.isError) return <PageError error={panel.error} onRetry={() => void panel.refetch()} />;
  if (panel.data) return <PanelCard challengeId={challengeId} panel={panel.data} />;
  return (
    <Card title={<SectionTitle>{t('panel.title')}</SectionTitle>}>
      <PageEmpty
        description={
          <Space orientation="vertical" size={2}>
            <Typography.Text>{t('panel.none')}</Typography.Text>
            <Typography.Text type="secondary">{canForm ? t('panel.noneHint') : t('panel.notYet')}</Typography.Text>
          </Space>
        }
        action={
          canForm && (
            <Popconfirm
              title={t('panel.formConfirm')}
              okText={g('common.confirm')}
              cancelText={g('common.cancel')}
              onConfirm={() => formPanel.mutate(undefined, { onSuccess: () => void message.success(t('panel.formed')), onError: (error) => void message.error(`${t('common.actionFailed')}：${errorText(error)}`) })}
            >
              <Button type="primary" loading={formPanel.isPending}>
                {t('panel.form')}
              </Button>
            </Popconfirm>
          )
        }
      />
    </Card>
  );
}

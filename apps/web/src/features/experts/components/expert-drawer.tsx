import { App, Button, Descriptions, Drawer, Empty, Form, List, Space, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { PageError, PageLoading } from '@/components/page-state';
import { useExpert, useUpdateExpert } from '../api/pool';
import type { ExpertDetail, ExpertRelation } from '../types';
import { useExpertsT } from '../use-experts-t';
import { OFFICE_FIELDS, OfficeProfileItems, officeBody, type OfficeProfileValues } from './expert-form-items';
import { ExpertHistory } from './expert-history';
import { ExpertStatusTag, FieldTags, showServerErrors } from './parts';
import { RelationSummary } from './relations-card';
import { fromWindows, toWindows } from './unavailable-editor';

function RelationsList({ relations }: { relations: ExpertRelation[] }) {
  const { t } = useExpertsT();
  if (!relations.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('drawer.noRelations')} />;
  return (
    <List
      size="small"
      dataSource={relations}
      renderItem={(relation) => (
        <List.Item>
          <RelationSummary relation={relation} />
        </List.Item>
      )}
    />
  );
}

function EditForm({ expert, onSaved }: { expert: ExpertDetail; onSaved: () => void }) {
  const { t } = useExpertsT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficeProfileValues>();
  const update = useUpdateExpert();
  useEffect(() => {
    form.setFieldsValue({ ...expert, username: expert.username ?? '', phone: expert.phone ?? '', email: expert.email ?? '', regionCode: expert.regionCode ?? '', unavailable: fromWindows(expert.unavailable) });
  }, [expert, form]);
  const submit = (values: OfficeProfileValues) =>
    update.mutate(
      { userId: expert.userId, input: { ...officeBody(values), unavailable: toWindows(values.unavailable), version: expert.version } },
      {
        onSuccess: () => {
          void message.success(t('messages.saved'));
          onSaved();
        },
        onError: (error) => {
          if (!showServerErrors(form, error, OFFICE_FIELDS)) void message.error(`${t('messages.failed')}：${error.message}`);
        },
      },
    );
  return (
    <Form<OfficeProfileValues> form={form} layout="vertical" onFinish={submit} aria-label={t('actions.edit')}>
      <OfficeProfileItems creating={false} />
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('form.save')}
      </Button>
    </Form>
  );
}

/**
 * The profile without the edit form: what a draw needs, and the contact data when the server gives it (to the pool's
 * own officers only; an officer who only draws the expert gets `personalData` false and no contact data).
 */
function ReadOnlyProfile({ expert }: { expert: ExpertDetail }) {
  const { t } = useExpertsT();
  return (
    <Space orientation="vertical">
      <Typography.Text type="secondary">{t(expert.personalData ? 'drawer.readOnly' : 'drawer.drawingView')}</Typography.Text>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('columns.role')}>{t(`roles.${expert.panelRole}`)}</Descriptions.Item>
        <Descriptions.Item label={t('columns.tier')}>{t(`tiers.${expert.tier}`)}</Descriptions.Item>
        <Descriptions.Item label={t('columns.fields')}>
          <FieldTags codes={expert.fieldCodes} />
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.expertise')}>{expert.expertise}</Descriptions.Item>
        <Descriptions.Item label={t('form.professionalTitle')}>{expert.professionalTitle}</Descriptions.Item>
        <Descriptions.Item label={t('columns.organisation')}>{expert.organisationName}</Descriptions.Item>
        <Descriptions.Item label={t('columns.region')}>{expert.regionCode ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('columns.load')}>{`${expert.currentLoad} / ${expert.loadCap}`}</Descriptions.Item>
        <Descriptions.Item label={t('columns.rating')}>{expert.rating}</Descriptions.Item>
        {expert.personalData && <Descriptions.Item label={t('drawer.contact')}>{[expert.phone, expert.email].filter(Boolean).join(' · ')}</Descriptions.Item>}
      </Descriptions>
    </Space>
  );
}

/** One expert for the office: edit, declared relations and the change history if it manages the pool; else the drawing view. */
export function ExpertDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useExpertsT();
  const expert = useExpert(userId);
  const data = expert.data;
  return (
    <Drawer open={userId !== null} onClose={onClose} size={760} title={data ? t('drawer.title', { name: data.displayName }) : t('pool.title')} extra={data && <ExpertStatusTag status={data.status} />} destroyOnHidden>
      {expert.isPending && userId !== null && <PageLoading />}
      {expert.isError && <PageError error={expert.error} onRetry={() => void expert.refetch()} />}
      {data && (
        <Tabs
          items={[
            { key: 'profile', label: t('drawer.profile'), children: data.actions.includes('edit') ? <EditForm expert={data} onSaved={() => void expert.refetch()} /> : <ReadOnlyProfile expert={data} /> },
            ...(data.relations ? [{ key: 'relations', label: t('drawer.relations'), children: <RelationsList relations={data.relations} /> }] : []),
            ...(data.actions.includes('view_history') ? [{ key: 'history', label: t('drawer.history'), children: <ExpertHistory userId={data.userId} /> }] : []),
          ]}
        />
      )}
    </Drawer>
  );
}

import { Alert, App, Button, Card, Descriptions, Form, Input, Space } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { useMyExpertProfile, useUpdateMyExpertProfile } from '../api/self';
import type { ExpertDetail } from '../types';
import { useExpertsT } from '../use-experts-t';
import { ExpertiseItem, FieldCodesItem, PHONE } from './expert-form-items';
import { ExpertStatusTag, FieldTags, showServerErrors } from './parts';
import { RelationsCard } from './relations-card';
import { fromWindows, toWindows, UnavailableEditor, type WindowValue } from './unavailable-editor';

interface Values {
  fieldCodes: string[];
  expertise: string;
  professionalTitle: string;
  phone: string;
  unavailable: WindowValue[];
}

function SelfServiceForm({ profile }: { profile: ExpertDetail }) {
  const { t } = useExpertsT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMyExpertProfile();
  useEffect(() => {
    form.setFieldsValue({ fieldCodes: profile.fieldCodes, expertise: profile.expertise, professionalTitle: profile.professionalTitle, phone: profile.phone ?? '', unavailable: fromWindows(profile.unavailable) });
  }, [profile, form]);
  const submit = (values: Values) =>
    update.mutate(
      { version: profile.version, fieldCodes: values.fieldCodes, expertise: values.expertise.trim(), professionalTitle: values.professionalTitle.trim(), phone: values.phone.trim() || null, unavailable: toWindows(values.unavailable) },
      {
        onSuccess: () => void message.success(t('messages.saved')),
        onError: (error) => {
          if (!showServerErrors(form, error, ['fieldCodes', 'expertise', 'professionalTitle', 'phone', 'unavailable'])) void message.error(`${t('messages.failed')}：${error.message}`);
        },
      },
    );
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={t('me.title')}>
      <FieldCodesItem />
      <ExpertiseItem />
      <Space wrap>
        <Form.Item name="professionalTitle" label={t('form.professionalTitle')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t('form.phone')} rules={[{ pattern: PHONE, message: t('form.phone') }]}>
          <Input maxLength={20} />
        </Form.Item>
      </Space>
      <Form.Item label={t('form.unavailable')}>
        <UnavailableEditor />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('me.save')}
      </Button>
    </Form>
  );
}

/** 我的专家档案: the office's view of me (read only), my self-service fields, my declared relations. */
export function MyExpertProfile() {
  const { t } = useExpertsT();
  const profile = useMyExpertProfile();
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <PageError error={profile.error} onRetry={() => void profile.refetch()} />;
  const mine = profile.data;
  if (!mine)
    return (
      <PageEmpty
        description={t('me.noProfile')}
        action={
          <Link to="/experts/register">
            <Button type="primary">{t('me.apply')}</Button>
          </Link>
        }
      />
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {mine.status === 'pending' && <Alert type="info" showIcon title={t('me.pending')} />}
      {mine.status === 'rejected' && <Alert type="error" showIcon title={t('me.rejected', { reason: mine.rejectionReason ?? '' })} />}
      {mine.status === 'suspended' && <Alert type="warning" showIcon title={t('me.suspended')} />}
      <Card title={t('me.officeFields')} extra={<ExpertStatusTag status={mine.status} />}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('form.displayName')}>{mine.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('form.panelRole')}>{t(`roles.${mine.panelRole}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.tier')}>{t(`tiers.${mine.tier}`)}</Descriptions.Item>
          <Descriptions.Item label={t('form.organisationName')}>{mine.organisationName}</Descriptions.Item>
          <Descriptions.Item label={t('columns.load')}>{`${mine.currentLoad} / ${mine.loadCap}`}</Descriptions.Item>
          <Descriptions.Item label={t('form.rating')}>{mine.rating}</Descriptions.Item>
          <Descriptions.Item label={t('form.fieldCodes')} span={3}>
            <FieldTags codes={mine.fieldCodes} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {mine.actions.includes('edit_own') && (
        <Card>
          <SelfServiceForm profile={mine} />
        </Card>
      )}
      <RelationsCard profile={mine} />
    </Space>
  );
}

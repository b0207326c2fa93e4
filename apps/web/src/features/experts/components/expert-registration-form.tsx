import { Alert, Button, Card, Col, Form, Input, Result, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { usePoolTenants, useRegisterExpert } from '../api/public';
import type { Registration } from '../types';
import { useExpertsT } from '../use-experts-t';
import { AffiliationRow, blankToNull, ExpertiseItem, FieldCodesItem, PanelRoleItem, PHONE, USERNAME } from './expert-form-items';
import { showServerErrors } from './parts';

interface Values {
  tenantCode: string;
  displayName: string;
  username: string;
  password: string;
  phone?: string;
  email?: string;
  panelRole: 'technical' | 'industry' | 'finance' | 'legal';
  fieldCodes: string[];
  expertise: string;
  professionalTitle?: string;
  organisationName: string;
  regionCode?: string;
  applicationNote?: string;
}

const FIELDS = ['tenantCode', 'displayName', 'username', 'password', 'phone', 'email', 'panelRole', 'fieldCodes', 'expertise', 'professionalTitle', 'organisationName', 'regionCode', 'applicationNote'] as const;

/** The server's password rule (等保): at least 8 characters with three of upper, lower, digit, symbol. */
const strongEnough = (password: string) => password.length >= 8 && [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length >= 3;

/** 专家入库申请 (public): checked as typed, server field errors shown at the field, a "待审核" screen at the end. */
export function ExpertRegistrationForm({ defaultTenantCode = '' }: { defaultTenantCode?: string }) {
  const { t } = useExpertsT();
  const { t: tApp } = useTranslation();
  const [form] = Form.useForm<Values>();
  const tenants = usePoolTenants();
  const register = useRegisterExpert();
  const [done, setDone] = useState<Registration | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const required = { required: true, message: t('form.required') };
  const contactRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () => (blankToNull(getFieldValue('phone') as string | undefined) || blankToNull(getFieldValue('email') as string | undefined) ? Promise.resolve() : Promise.reject(new Error(t('form.phoneOrEmail')))),
  });

  const onFinish = (values: Values) => {
    setFormError(null);
    register.mutate(
      {
        tenantCode: values.tenantCode,
        username: values.username.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
        panelRole: values.panelRole,
        fieldCodes: values.fieldCodes,
        expertise: values.expertise.trim(),
        professionalTitle: values.professionalTitle?.trim() ?? '',
        organisationName: values.organisationName.trim(),
        regionCode: blankToNull(values.regionCode),
        applicationNote: values.applicationNote?.trim() ?? '',
      },
      {
        onSuccess: setDone,
        onError: (error) => {
          if (showServerErrors(form, error, FIELDS)) return;
          setFormError(isApiError(error) ? `${tApp(`errors.codes.${error.code}`)} ${translateServerMessage(error.message)}` : String(error));
        },
      },
    );
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('register.doneTitle')}
        subTitle={t('register.doneText', { pool: done.tenantName, username: done.username })}
        extra={
          <Link to={`/sign-in?next=${encodeURIComponent('/expert/profile')}`}>
            <Button type="primary">{t('register.signIn')}</Button>
          </Link>
        }
      />
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ tenantCode: defaultTenantCode || undefined, panelRole: 'technical', fieldCodes: [] }} scrollToFirstError aria-label={t('register.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('register.sections.pool')}>
          <Form.Item name="tenantCode" label={t('register.pool')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder={t('register.poolPlaceholder')} loading={tenants.isPending} options={(tenants.data?.items ?? []).map((tenant) => ({ value: tenant.code, label: tenant.name }))} />
          </Form.Item>
        </Card>
        <Card title={t('register.sections.profile')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="displayName" label={t('form.displayName')} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={100} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <PanelRoleItem />
            </Col>
          </Row>
          <FieldCodesItem />
          <ExpertiseItem required />
          <AffiliationRow applicant />
          <Form.Item name="applicationNote" label={t('register.applicationNote')} extra={t('register.applicationNoteHelp')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Card>
        <Card title={t('register.sections.account')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="username" label={t('form.username')} extra={t('form.usernameHelp')} rules={[required, { pattern: USERNAME, message: t('form.usernameInvalid') }]}>
                <Input maxLength={50} autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="password"
                label={t('register.password')}
                extra={t('register.passwordRules')}
                rules={[required, { validator: (_, value: string | undefined) => (!value || strongEnough(value) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak')))) }]}
              >
                <Input.Password maxLength={200} autoComplete="new-password" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('form.phone')} dependencies={['email']} rules={[{ pattern: PHONE, message: t('form.phone') }, contactRule]}>
                <Input maxLength={20} autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('form.email')} rules={[{ type: 'email', message: t('form.emailInvalid') }]}>
                <Input maxLength={200} autoComplete="email" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {formError && <Alert type="error" showIcon title={t('register.failed')} description={formError} />}
        <Button type="primary" htmlType="submit" size="large" loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </Space>
    </Form>
  );
}

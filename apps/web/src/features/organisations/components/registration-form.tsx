import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Result, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { provinceKeyOf } from '@/lib/regions';
import { checkUscc, usccCheckCharacter, usccRegionCode } from '@jiebang/domain/uscc';
import { useRegisterOrganisation } from '../api/register-organisation';
import { useOrganisationsT } from '../i18n';
import type { OrganisationType, Registration } from '../types';
import { TenantSelect } from './tenant-select';
import '../organisations.css';

const TYPES: readonly OrganisationType[] = ['enterprise', 'university', 'institute', 'new_rd_institution', 'government'];
const USERNAME = /^[A-Za-z0-9_.-]{3,50}$/;
const REGION = /^[1-8]\d{5}$/;

interface Values {
  tenantCode: string;
  type: OrganisationType;
  name: string;
  nameEn: string;
  origin: 'domestic' | 'foreign';
  uscc: string;
  regionCode: string;
  countryCode: string;
  foreignRegistrationNumber: string;
  isLegalEntity: boolean;
  username: string;
  displayName: string;
  password: string;
}

/** The server's password rule (等保): at least 8 characters with three of upper, lower, digit, symbol. */
export const passwordChecks = (password: string) => ({
  length: password.length >= 8,
  classes: [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length >= 3,
});

/** A server path (`body.organisation.uscc`) as this form's field name. */
const FIELD_OF: Record<string, keyof Values> = {
  tenantCode: 'tenantCode',
  'organisation.name': 'name',
  'organisation.nameEn': 'nameEn',
  'organisation.type': 'type',
  'organisation.uscc': 'uscc',
  'organisation.regionCode': 'regionCode',
  'organisation.countryCode': 'countryCode',
  'organisation.foreignRegistrationNumber': 'foreignRegistrationNumber',
  'organisation.isLegalEntity': 'isLegalEntity',
  'account.username': 'username',
  'account.displayName': 'displayName',
  'account.password': 'password',
};

function Rule({ ok, children }: { ok: boolean; children: string }) {
  return (
    <li className={ok ? 'rule-ok' : 'rule-pending'}>
      {ok ? <CheckCircleFilled /> : <CloseCircleFilled />} {children}
    </li>
  );
}

/** Public self-registration: organisation identity checked as it is typed, server field errors shown at the field. */
export function RegistrationForm({ defaultTenantCode = '' }: { defaultTenantCode?: string }) {
  const { t } = useOrganisationsT();
  const { t: tApp } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterOrganisation();
  const [done, setDone] = useState<Registration | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const origin = Form.useWatch('origin', form) ?? 'domestic';
  const uscc = (Form.useWatch('uscc', form) ?? '') as string;
  const regionCode = (Form.useWatch('regionCode', form) ?? '') as string;
  const password = (Form.useWatch('password', form) ?? '') as string;
  const checks = passwordChecks(password);
  const province = provinceKeyOf(regionCode);
  const usccOk = uscc.length > 0 && checkUscc(uscc) === undefined;

  const usccRule = {
    validator: (_: unknown, value: string | undefined) => {
      const code = value ?? '';
      if (!code) return Promise.reject(new Error(t('register.required')));
      const problem = checkUscc(code);
      if (problem === 'length') return Promise.reject(new Error(t('register.usccLength', { n: code.length })));
      if (problem === 'alphabet') return Promise.reject(new Error(t('register.usccAlphabet')));
      if (problem === 'check_character') return Promise.reject(new Error(t('register.usccCheck', { expected: usccCheckCharacter(code.slice(0, 17)) ?? '?' })));
      return Promise.resolve();
    },
  };

  const onFinish = (values: Values) => {
    setFormError(null);
    const foreign = values.origin === 'foreign';
    register.mutate(
      {
        tenantCode: values.tenantCode.trim(),
        organisation: {
          name: values.name,
          nameEn: values.nameEn?.trim() ? values.nameEn.trim() : null,
          type: values.type,
          uscc: foreign ? null : values.uscc,
          regionCode: foreign ? null : values.regionCode,
          countryCode: foreign ? values.countryCode : 'CN',
          foreignRegistrationNumber: foreign ? values.foreignRegistrationNumber : null,
          isLegalEntity: values.isLegalEntity,
        },
        account: { username: values.username, displayName: values.displayName, password: values.password },
      },
      {
        onSuccess: setDone,
        onError: (error) => {
          if (!isApiError(error)) return setFormError(String(error));
          const fields: { name: keyof Values; errors: string[] }[] = [];
          for (const [path, messages] of error.fieldIssues('body')) {
            const name = FIELD_OF[path];
            if (name) fields.push({ name, errors: messages.map(translateServerMessage) });
          }
          form.setFields(fields);
          setFormError(fields.length ? null : `${tApp(`errors.codes.${error.code}`)} ${translateServerMessage(error.message)}`);
        },
      },
    );
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('register.doneTitle')}
        subTitle={t('register.doneText', { organisation: done.organisation.name, username: done.account.username })}
        extra={
          <Link to={`/sign-in?next=${encodeURIComponent('/bidder/bids')}`}>
            <Button type="primary">{t('register.signIn')}</Button>
          </Link>
        }
      />
    );
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ tenantCode: defaultTenantCode, type: 'enterprise', origin: 'domestic', countryCode: '', isLegalEntity: true }}
      onValuesChange={(changed: Partial<Values>) => {
        // The division is inside the USCC: fill it in while the user has not typed one of their own.
        if (changed.uscc && checkUscc(changed.uscc) === undefined && !form.isFieldTouched('regionCode')) form.setFieldValue('regionCode', usccRegionCode(changed.uscc));
      }}
      scrollToFirstError
    >
      <Space orientation="vertical" size={16} className="full-width">
        <Card title={t('register.sections.platform')}>
          <Form.Item name="tenantCode" label={t('register.tenantCode')} extra={t('register.tenantCodeHelp')} rules={[{ required: true, message: t('register.required') }]}>
            <TenantSelect />
          </Form.Item>
        </Card>
        <Card title={t('register.sections.organisation')}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={t('register.name')} rules={[{ required: true, whitespace: true, message: t('register.required') }]}>
                <Input maxLength={200} autoComplete="organization" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="type" label={t('register.type')} rules={[{ required: true, message: t('register.required') }]}>
                <Select options={TYPES.map((type) => ({ value: type, label: t(`register.types.${type}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="nameEn" label={t('register.nameEn')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="origin" label={t('register.origin')}>
            <Radio.Group optionType="button" options={[{ value: 'domestic', label: t('register.domestic') }, { value: 'foreign', label: t('register.foreign') }]} />
          </Form.Item>
          {origin === 'domestic' ? (
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Form.Item
                  name="uscc"
                  label={t('register.uscc')}
                  extra={usccOk ? <Typography.Text type="success">{t('register.usccOk')}</Typography.Text> : t('register.usccHelp')}
                  rules={[usccRule]}
                  validateTrigger={['onChange', 'onBlur']}
                  normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
                  hasFeedback
                >
                  <Input maxLength={18} className="uscc-input" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="regionCode"
                  label={t('register.regionCode')}
                  extra={province ? t('register.regionProvince', { province: tApp(province) }) : t('register.regionCodeHelp')}
                  rules={[{ required: true, message: t('register.required') }, { pattern: REGION, message: t('register.regionInvalid') }]}
                >
                  <Input maxLength={6} inputMode="numeric" />
                </Form.Item>
              </Col>
            </Row>
          ) : (
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="countryCode"
                  label={t('register.countryCode')}
                  extra={t('register.countryCodeHelp')}
                  normalize={(value: string) => value.toUpperCase()}
                  rules={[{ required: true, message: t('register.required') }, { pattern: /^(?!CN)[A-Z]{2}$/, message: t('register.countryInvalid') }]}
                >
                  <Input maxLength={2} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="foreignRegistrationNumber" label={t('register.foreignRegistrationNumber')} rules={[{ required: true, whitespace: true, message: t('register.required') }]}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Form.Item name="isLegalEntity" valuePropName="checked">
            <Checkbox>{t('register.isLegalEntity')}</Checkbox>
          </Form.Item>
        </Card>
        <Card title={t('register.sections.account')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="username" label={t('register.username')} extra={t('register.usernameHelp')} rules={[{ required: true, message: t('register.required') }, { pattern: USERNAME, message: t('register.usernameInvalid') }]}>
                <Input maxLength={50} autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="displayName" label={t('register.displayName')} rules={[{ required: true, whitespace: true, message: t('register.required') }]}>
                <Input maxLength={100} autoComplete="name" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="password"
            label={t('register.password')}
            rules={[{ required: true, message: t('register.required') }, { validator: (_, value: string | undefined) => (value && Object.values(passwordChecks(value)).every(Boolean) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak')))) }]}
            extra={
              <div aria-live="polite">
                {t('register.passwordRules')}
                <ul className="password-rules">
                  <Rule ok={checks.length}>{t('register.ruleLength')}</Rule>
                  <Rule ok={checks.classes}>{t('register.ruleClasses')}</Rule>
                </ul>
              </div>
            }
          >
            <Input.Password maxLength={200} autoComplete="new-password" />
          </Form.Item>
        </Card>
        {formError && <Alert type="error" showIcon title={t('register.failed')} description={formError} />}
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={register.isPending}>
            {t('register.submit')}
          </Button>
          <Typography.Text type="secondary">
            {t('register.haveAccount')} <Link to="/sign-in">{t('register.signInLink')}</Link>
          </Typography.Text>
        </Space>
      </Space>
    </Form>
  );
}

import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useSignIn } from '../api/sign-in';
import type { SignInInput, SignInResult } from '../types';

const FIELDS = ['username', 'password'] as const;

/**
 * Validation is the server's (the contract's zod schema): its field messages are shown next to the fields, so the
 * browser and the API can never disagree about what is acceptable.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (result: SignInResult) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInInput>();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (values: SignInInput) => {
    setFormError(null);
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    signIn.mutate(
      { username: values.username ?? '', password: values.password ?? '' },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (!isApiError(error)) return setFormError(t('errors.codes.NETWORK'));
          const fields = error.fieldIssues('body');
          const known = FIELDS.filter((name) => fields.has(name));
          if (known.length) {
            form.setFields(known.map((name) => ({ name, errors: (fields.get(name) ?? []).map(translateServerMessage) })));
            return;
          }
          setFormError(error.code === 'INVALID_CREDENTIALS' ? t('signIn.invalidCredentials') : t(`errors.codes.${error.code}`));
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large" aria-label={t('signIn.title')}>
      {formError && <Alert className="form-alert" type="error" showIcon title={formError} />}
      <Form.Item name="username" label={t('signIn.username')}>
        <Input prefix={<UserOutlined />} autoComplete="username" placeholder={t('signIn.usernamePlaceholder')} autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('signIn.password')}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('signIn.passwordPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}

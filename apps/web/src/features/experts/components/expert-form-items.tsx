import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { EXPERT_ROLES, EXPERT_TIERS } from '../types';
import { useExpertsT } from '../use-experts-t';
import { FieldCodeSelect } from './parts';
import { UnavailableEditor, type WindowValue } from './unavailable-editor';

export const USERNAME = /^[A-Za-z0-9_.-]{3,50}$/;
export const REGION = /^[1-8]\d{5}$/;
export const PHONE = /^\+?[\d\s-]{6,20}$/;

/** The officer's form values; the API's body is built from them. */
export interface OfficeProfileValues {
  username?: string;
  initialPassword?: string;
  displayName: string;
  phone?: string;
  email?: string;
  panelRole: string;
  tier: string;
  fieldCodes: string[];
  expertise?: string;
  professionalTitle?: string;
  organisationName?: string;
  regionCode?: string;
  loadCap: number;
  rating: number;
  unavailable?: WindowValue[];
}

export const OFFICE_FIELDS = ['username', 'initialPassword', 'displayName', 'phone', 'email', 'panelRole', 'tier', 'fieldCodes', 'expertise', 'professionalTitle', 'organisationName', 'regionCode', 'loadCap', 'rating', 'unavailable'] as const;

/** 研究领域: at least one code of the field catalogue. */
export function FieldCodesItem() {
  const { t } = useExpertsT();
  return (
    <Form.Item name="fieldCodes" label={t('form.fieldCodes')} extra={t('form.fieldCodesHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('form.fieldCodesRequired') }]}>
      <FieldCodeSelect />
    </Form.Item>
  );
}

/** 研究方向: an applicant must describe theirs; the office and the expert editing their profile may leave it blank. */
export function ExpertiseItem({ required = false }: { required?: boolean }) {
  const { t } = useExpertsT();
  return (
    <Form.Item name="expertise" label={t('form.expertise')} rules={required ? [{ required: true, whitespace: true, message: t('form.required') }] : []}>
      <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
    </Form.Item>
  );
}

export function PanelRoleItem() {
  const { t } = useExpertsT();
  return (
    <Form.Item name="panelRole" label={t('form.panelRole')} rules={[{ required: true, message: t('form.required') }]}>
      <Select options={EXPERT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
    </Form.Item>
  );
}

/**
 * 职称, 工作单位 and 地区 in one row. An applicant types their own: the unit is required and the browser may fill it
 * in; an officer types someone else's, so neither.
 */
export function AffiliationRow({ applicant = false }: { applicant?: boolean }) {
  const { t } = useExpertsT();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="professionalTitle" label={t('form.professionalTitle')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="organisationName" label={t('form.organisationName')} rules={applicant ? [{ required: true, whitespace: true, message: t('form.required') }] : []}>
          <Input maxLength={200} {...(applicant ? { autoComplete: 'organization' } : {})} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="regionCode" label={t('form.regionCode')} rules={[{ pattern: REGION, message: t('form.regionInvalid') }]}>
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Every field an officer keeps; account fields only while creating. */
export function OfficeProfileItems({ creating }: { creating: boolean }) {
  const { t } = useExpertsT();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="displayName" label={t('form.displayName')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {creating && (
          <Col xs={24} md={12}>
            <Form.Item name="username" label={t('form.username')} extra={t('form.usernameHelp')} rules={[required, { pattern: USERNAME, message: t('form.usernameInvalid') }]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('form.phone')} rules={[{ pattern: PHONE, message: t('form.phone') }]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="email" label={t('form.email')} rules={[{ type: 'email', message: t('form.emailInvalid') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      {creating && (
        <Form.Item name="initialPassword" label={t('form.initialPassword')} extra={t('form.initialPasswordHelp')}>
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <PanelRoleItem />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="tier" label={t('form.tier')} rules={[required]}>
            <Select options={EXPERT_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <FieldCodesItem />
      <ExpertiseItem />
      <AffiliationRow />
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="loadCap" label={t('form.loadCap')} extra={t('form.loadCapHelp')} rules={[required]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="rating" label={t('form.rating')} rules={[required]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('form.unavailable')}>
        <UnavailableEditor />
      </Form.Item>
    </>
  );
}

/** A cleared optional text field is null for the API, not ''. */
export const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** The officer's form values as the API's create/update body fields. */
export const officeBody = (values: OfficeProfileValues) => ({
  displayName: values.displayName,
  phone: blankToNull(values.phone),
  email: blankToNull(values.email),
  panelRole: values.panelRole as 'technical' | 'industry' | 'finance' | 'legal',
  tier: values.tier as 'general' | 'major',
  fieldCodes: values.fieldCodes,
  expertise: values.expertise?.trim() ?? '',
  professionalTitle: values.professionalTitle?.trim() ?? '',
  organisationName: values.organisationName?.trim() ?? '',
  regionCode: blankToNull(values.regionCode),
  loadCap: values.loadCap,
  rating: values.rating,
});

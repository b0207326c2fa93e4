import { Card, Col, Form, InputNumber, Row, Switch } from 'antd';
import { useOfficeT } from '../use-office-t';

export const PANEL_ROLES = ['technical', 'industry', 'finance', 'legal'] as const;

/** The policy form's panel quotas, blind review switch and recusal (回避) rules: how experts are chosen and kept apart. */
export function ReviewSafeguardsFields() {
  const { t } = useOfficeT();
  return (
    <Card size="small" title={t('policy.safeguards')} style={{ marginTop: 16 }}>
      <Form.Item label={t('policy.panelQuotas')} extra={t('editor.quotaHint')} style={{ marginBottom: 8 }}>
        <Row gutter={8}>
          {PANEL_ROLES.map((role) => (
            <Col xs={12} md={6} key={role}>
              <Form.Item name={['review', 'panelQuotas', role]} label={t(`policy.roles.${role}`)}>
                <InputNumber min={0} max={20} suffix={t('editor.seatsUnit')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
      <Form.Item name={['review', 'oneExpertPerOrganisation']} label={t('policy.oneExpertPerOrganisation')} valuePropName="checked" extra={t('editor.diversityHint')}>
        <Switch />
      </Form.Item>
      <Form.Item name={['review', 'blindReview']} label={t('policy.blindReview')} valuePropName="checked" extra={t('editor.blindHint')}>
        <Switch />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['review', 'recusal', 'sameOrganisation']} label={t('policy.sameOrganisation')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['review', 'recusal', 'relatives']} label={t('policy.relatives')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['review', 'recusal', 'sameRegion']} label={t('policy.sameRegion')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['review', 'recusal', 'collaborationYears']} label={t('policy.collaborationYears')} extra={t('editor.collaborationHint')}>
            <InputNumber min={0} max={10} suffix={t('editor.yearsUnit')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['review', 'recusal', 'avoidListMax']} label={t('policy.avoidListMax')} extra={t('editor.avoidListHint')}>
            <InputNumber min={0} max={5} suffix={t('editor.peopleUnit')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

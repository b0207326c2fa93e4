import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Row, Typography } from 'antd';
import { useBidsT } from '../i18n';

/**
 * 申请回避专家: experts the bidder asks to keep off its review, up to the programme's limit. The list goes to the
 * programme office only; recusal matches it against the expert pool by name and, when given, unit.
 */
export function AvoidedExperts({ max }: { max: number }) {
  const { t } = useBidsT();
  return (
    <Form.List name="avoidedExperts">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Paragraph type="secondary">{max > 0 ? t('form.avoidedHint', { count: max }) : t('form.avoidedNone')}</Typography.Paragraph>
          {fields.length === 0 && max > 0 && <Typography.Paragraph type="secondary">{t('form.avoidedEmpty')}</Typography.Paragraph>}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={12} align="top" className="bid-member-row">
              <Col xs={24} md={6}>
                <Form.Item name={[field.name, 'name']} label={t('form.avoidedName', { index: index + 1 })} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item name={[field.name, 'organisationName']} label={t('form.avoidedOrg', { index: index + 1 })}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={18} md={9}>
                <Form.Item name={[field.name, 'reason']} label={t('form.avoidedReason', { index: index + 1 })} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
                  <Input maxLength={500} />
                </Form.Item>
              </Col>
              <Col xs={6} md={2} className="bid-member-remove">
                <Button icon={<DeleteOutlined />} aria-label={t('form.removeAvoided', { index: index + 1 })} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          {errors.length > 0 && <Alert type="error" showIcon title={<Form.ErrorList errors={errors} />} style={{ marginBottom: 12 }} />}
          {max > 0 && (
            <Button icon={<PlusOutlined />} disabled={fields.length >= max} onClick={() => add({ name: '', organisationName: '', reason: '' })}>
              {fields.length >= max ? t('form.avoidedLimit', { count: max }) : t('form.addAvoided')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

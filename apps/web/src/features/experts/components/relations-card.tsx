import { App, Button, Card, Col, Form, Input, InputNumber, List, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { useDeclareRelation, useRemoveRelation } from '../api/self';
import { RELATION_KINDS, type ExpertDetail, type ExpertRelation } from '../types';
import { useExpertsT } from '../use-experts-t';
import { showServerErrors } from './parts';

interface Values {
  kind: ExpertRelation['kind'];
  personName?: string;
  organisationName?: string;
  year?: number | null;
  note?: string;
}

/** One declared relation in a line: its kind, then whatever of person, unit, year and note was given. */
export function RelationSummary({ relation }: { relation: ExpertRelation }) {
  const { t } = useExpertsT();
  return (
    <Space wrap>
      <strong>{t(`me.relations.kinds.${relation.kind}`)}</strong>
      {relation.personName && <span>{relation.personName}</span>}
      {relation.organisationName && <span>{relation.organisationName}</span>}
      {relation.year !== null && <span>{relation.year}</span>}
      {relation.note && <Typography.Text type="secondary">{relation.note}</Typography.Text>}
    </Space>
  );
}

/** 回避关系申报: the relations the expert declares, listed with delete, and a form to add one. */
export function RelationsCard({ profile }: { profile: ExpertDetail }) {
  const { t } = useExpertsT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const declare = useDeclareRelation();
  const remove = useRemoveRelation();
  const editable = profile.actions.includes('declare_relation');

  const submit = (values: Values) =>
    declare.mutate(
      { kind: values.kind, personName: values.personName?.trim() ?? '', organisationName: values.organisationName?.trim() ?? '', year: values.year ?? null, note: values.note?.trim() ?? '' },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('me.relations.added'));
        },
        onError: (error) => {
          if (!showServerErrors(form, error, ['kind', 'personName', 'organisationName', 'year', 'note'])) void message.error(`${t('messages.failed')}：${error.message}`);
        },
      },
    );

  return (
    <Card title={t('me.relations.title')}>
      <Typography.Paragraph type="secondary">{t('me.relations.lead')}</Typography.Paragraph>
      <List
        dataSource={profile.relations ?? []}
        locale={{ emptyText: t('me.relations.empty') }}
        renderItem={(relation) => (
          <List.Item
            actions={
              editable
                ? [
                    <Popconfirm key="delete" title={t('me.relations.deleteConfirm')} onConfirm={() => remove.mutate(relation.id, { onSuccess: () => void message.success(t('me.relations.deleted')) })}>
                      <Button size="small" danger>
                        {t('me.relations.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <RelationSummary relation={relation} />
          </List.Item>
        )}
      />
      {editable && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'collaboration' }} aria-label={t('me.relations.add')}>
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item name="kind" label={t('me.relations.kind')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={RELATION_KINDS.map((kind) => ({ value: kind, label: t(`me.relations.kinds.${kind}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="personName" label={t('me.relations.personName')} dependencies={['organisationName']} rules={[({ getFieldValue }) => ({ validator: (_, value: string | undefined) => (value?.trim() || (getFieldValue('organisationName') as string | undefined)?.trim() ? Promise.resolve() : Promise.reject(new Error(t('me.relations.personOrOrganisation')))) })]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name="organisationName" label={t('me.relations.organisationName')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="year" label={t('me.relations.year')}>
                <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="note" label={t('me.relations.note')}>
            <Input maxLength={500} />
          </Form.Item>
          <Button htmlType="submit" loading={declare.isPending}>
            {t('me.relations.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useOrganisationSearch } from '@/hooks/use-organisation-search';
import { useBidsT } from '../i18n';

/** A member organisation picked by typing part of its name or USCC; the chosen name is kept for display. */
function MemberOrganisationSelect({ id, value, name, onChange, excludeIds }: { id?: string; value?: string; name: string; onChange: (id: string, name: string) => void; excludeIds: readonly string[] }) {
  const { t } = useBidsT();
  const [q, setQ] = useState('');
  const search = useOrganisationSearch(q);
  const hits = (search.data?.items ?? []).filter((hit) => !excludeIds.includes(hit.id) || hit.id === value);
  const options = [...(value && !hits.some((hit) => hit.id === value) ? [{ value, label: name }] : []), ...hits.map((hit) => ({ value: hit.id, label: hit.uscc ? `${hit.name}（${hit.uscc}）` : hit.name }))];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      placeholder={t('form.memberOrgSearch')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : null}
      options={options}
      onChange={(next: string) => onChange(next, hits.find((hit) => hit.id === next)?.name ?? name)}
    />
  );
}

/** 联合体: members with their task and budget share; the live total (lead + members) must reach 100%. */
export function ConsortiumMembers({ leadOrgId }: { leadOrgId: string }) {
  const { t } = useBidsT();
  const form = Form.useFormInstance();
  const members = (Form.useWatch('members', form) ?? []) as { organisationId?: string; organisationName?: string }[];
  const taken = [leadOrgId, ...members.map((member) => member?.organisationId ?? '')].filter(Boolean);
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('form.membersEmpty')}</Typography.Paragraph>}
          {fields.map((field, index) => {
            const member = members[index];
            return (
              <Row key={field.key} gutter={12} align="top" className="bid-member-row">
                <Col xs={24} md={9}>
                  <Form.Item name={[field.name, 'organisationName']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'organisationId']} label={t('form.memberOrg', { index: index + 1 })} rules={[{ required: true, message: t('form.required') }]}>
                    <MemberOrganisationSelect
                      name={member?.organisationName ?? ''}
                      excludeIds={taken}
                      onChange={(id, name) => {
                        form.setFieldValue(['members', field.name, 'organisationId'], id);
                        form.setFieldValue(['members', field.name, 'organisationName'], name);
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item name={[field.name, 'task']} label={t('form.memberTask', { index: index + 1 })} rules={[{ required: true, message: t('form.required') }]}>
                    <Input maxLength={2000} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={4}>
                  <Form.Item name={[field.name, 'sharePct']} label={t('form.memberShare', { index: index + 1 })} rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber<string> stringMode min="0" max="100" step="1" precision={2} className="full-width" />
                  </Form.Item>
                </Col>
                <Col xs={6} md={2} className="bid-member-remove">
                  <Button icon={<DeleteOutlined />} aria-label={t('form.removeMember', { index: index + 1 })} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            );
          })}
          <Button icon={<PlusOutlined />} onClick={() => add({ organisationId: undefined, organisationName: '', task: '', sharePct: null })}>
            {t('form.addMember')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

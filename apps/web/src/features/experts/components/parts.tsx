import { Select, Space, Tag, Tooltip } from 'antd';
import type { FormInstance } from 'antd';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useExpertFields } from '../api/public';
import type { ExpertStatus } from '../types';
import { useExpertsT } from '../use-experts-t';

const STATUS_COLOURS: Record<ExpertStatus, string> = { pending: 'gold', active: 'green', suspended: 'default', rejected: 'red' };

export function ExpertStatusTag({ status }: { status: ExpertStatus }) {
  const { t } = useExpertsT();
  return <Tag color={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

/** Field codes as the catalogue's labels (the code in a tooltip); an unknown code shows as itself. */
export function FieldTags({ codes }: { codes: readonly string[] }) {
  const fields = useExpertFields();
  const labelOf = new Map((fields.data?.items ?? []).map((field) => [field.code, field.label]));
  return (
    <Space size={[0, 4]} wrap>
      {codes.map((code) => (
        <Tooltip key={code} title={code}>
          <Tag>{labelOf.get(code) ?? code}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** A multi-select over the field catalogue, searchable by code, label or everyday alias. */
export function FieldCodeSelect({ id, value, onChange, mode = 'multiple', placeholder }: { id?: string; value?: string[] | string; onChange?: (value: never) => void; mode?: 'multiple' | 'single'; placeholder?: string }) {
  const fields = useExpertFields();
  const options = (fields.data?.items ?? []).map((field) => ({ value: field.code, label: `${field.code} ${field.label}`, search: `${field.code} ${field.label} ${field.aliases.join(' ')}` }));
  return (
    <Select
      id={id}
      {...(mode === 'multiple' ? { mode: 'multiple' as const } : { allowClear: true })}
      value={value}
      onChange={onChange as never}
      options={options}
      loading={fields.isPending}
      placeholder={placeholder}
      showSearch={{ optionFilterProp: 'search' }}
      style={{ minWidth: 200 }}
    />
  );
}

/** The first segment of a server path (`body.fieldCodes.1` → `fieldCodes`), so a list's error lands on the list. */
export function showServerErrors<T extends object>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[], location = 'body'): boolean {
  if (!isApiError(error)) return false;
  const byField = new Map<string, string[]>();
  for (const [path, messages] of error.fieldIssues(location)) {
    const field = path.split('.')[0]!;
    if (fieldNames.includes(field)) byField.set(field, [...(byField.get(field) ?? []), ...messages.map(translateServerMessage)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return byField.size > 0;
}

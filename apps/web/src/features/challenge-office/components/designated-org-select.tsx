import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useOrganisationSearch } from '@/hooks/use-organisation-search';
import { useChallengeOfficeT } from '../use-challenge-office-t';

interface DesignatedOrgSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The organisation already designated (edit), so its name shows before any search. */
  initial?: { id: string; name: string } | null | undefined;
  'aria-invalid'?: boolean;
}

/** 指派单位: a registered organisation found by name or 统一社会信用代码 (searched on the server as you type). */
export function DesignatedOrgSelect({ id, value, onChange, initial, ...rest }: DesignatedOrgSelectProps) {
  const { t } = useChallengeOfficeT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useOrganisationSearch(q);
  const found = (search.data?.items ?? []).map((org) => ({ value: org.id, label: org.uscc ? `${org.name}（${org.uscc}）` : org.name }));
  const options = initial && !found.some((option) => option.value === initial.id) ? [{ value: initial.id, label: initial.name }, ...found] : found;
  return (
    <Select
      id={id}
      aria-invalid={rest['aria-invalid']}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      placeholder={t('builder.designatedOrgPlaceholder')}
      notFoundContent={q ? (search.isFetching ? t('builder.searching') : t('builder.noOrganisation')) : t('builder.typeToSearch')}
      options={options}
    />
  );
}

import { Button, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenants } from '../api/list-tenants';
import { useOrganisationsT } from '../i18n';
import type { Tenant } from '../types';

interface TenantOption {
  value: string;
  label: string;
  search: string;
  tenant: Tenant;
}

/** The tenant to register under, chosen from the platform's list and searchable by name or code. */
export function TenantSelect({ id, value, onChange }: { id?: string; value?: string; onChange?: (code: string) => void }) {
  const { t } = useOrganisationsT();
  const { t: tApp } = useTranslation();
  const tenants = useTenants();
  const options: TenantOption[] = (tenants.data?.items ?? []).map((tenant) => ({ value: tenant.code, label: `${tenant.name}（${tenant.code}）`, search: `${tenant.name} ${tenant.code}`, tenant }));
  return (
    <Select<string, TenantOption>
      id={id}
      value={value || undefined}
      onChange={(code) => onChange?.(code)}
      options={options}
      showSearch={{ optionFilterProp: 'search' }}
      placeholder={t('register.tenantPlaceholder')}
      loading={tenants.isPending}
      status={tenants.isError ? 'error' : undefined}
      optionRender={({ data }) => (
        <Space size={8}>
          <Tag>{t(`register.tenantLevels.${data.tenant.level}`)}</Tag>
          <span>{data.tenant.name}</span>
          <Typography.Text type="secondary">{data.tenant.code}</Typography.Text>
        </Space>
      )}
      notFoundContent={
        tenants.isError ? (
          <Space role="alert">
            <Typography.Text type="danger">{t('register.tenantsFailed')}</Typography.Text>
            <Button size="small" onClick={() => void tenants.refetch()}>
              {tApp('common.retry')}
            </Button>
          </Space>
        ) : undefined
      }
    />
  );
}

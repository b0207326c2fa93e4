import { z } from 'zod';

export const TenantLevel = z.enum(['national', 'province', 'city', 'enterprise', 'university']);

/** A platform tenant (主管部门 or issuing unit) an organisation may register under; public. */
export const TenantListItem = z
  .object({
    code: z.string().describe('What registration asks for as tenantCode'),
    name: z.string(),
    level: TenantLevel,
    regionCode: z.string().nullable().describe('GB/T 2260 division, when the tenant is a government office'),
  })
  .meta({ id: 'TenantListItem' });

export const TenantList = z.object({ items: z.array(TenantListItem) });

import type { Role } from '@jiebang/domain';
import type { AppDeps } from '@jiebang/server';
import { renderTable } from './display-width.ts';
import { DEMO_PASSWORD, SEEDED_ACCOUNTS } from './seeds/index.ts';

export const ROLE_LABELS: Record<Role, string> = {
  programme_owner: '主管部门',
  management_agency: '项目管理专业机构',
  demander: '需求方',
  bidder_org: '揭榜单位',
  consortium_member: '联合参与单位',
  principal_investigator: '揭榜挂帅人',
  expert_reviewer: '评审专家',
  recommender: '推荐单位',
  tester: '第三方测评机构',
  funder: '投资/资助方',
  sys_admin: '系统管理员',
  sec_admin: '安全管理员',
  audit_admin: '安全审计员',
};

/**
 * The seeded accounts actually present in the database, as a table (username, password, role, organisation).
 * Read from the database rather than the seed specs, so a warm start shows the same table as the first.
 */
export async function seededAccountsTable(deps: AppDeps): Promise<string | null> {
  const usernames = SEEDED_ACCOUNTS.map((account) => account.username);
  const users = await deps.db
    .selectFrom('app_user')
    .innerJoin('tenant', 'tenant.id', 'app_user.tenant_id')
    .leftJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(['app_user.id', 'app_user.username', 'organisation.name as organisation', 'tenant.name as tenant'])
    .where('app_user.username', 'in', usernames)
    .execute();
  if (users.length === 0) return null;
  const grants = await deps.db.selectFrom('role_grant').select(['user_id', 'role']).where('user_id', 'in', users.map((user) => user.id)).orderBy('created_at').execute();
  const byUsername = new Map(users.map((user) => [user.username, user]));
  const rows = SEEDED_ACCOUNTS.flatMap((account) => {
    const user = byUsername.get(account.username);
    if (!user) return [];
    const roles = [...new Set(grants.filter((grant) => grant.user_id === user.id).map((grant) => grant.role as Role))];
    return [[user.username, DEMO_PASSWORD, roles.map((role) => `${ROLE_LABELS[role] ?? ''} ${role}`.trim()).join(' / '), user.organisation ?? user.tenant]];
  });
  return renderTable(['用户名 username', '密码 password', '角色 role', '单位 organisation'], rows);
}

import { DomainError, invalidField, parseExpertSheet, type ExpertImportError, type ImportCell } from '@jiebang/domain';
import { readSheet } from 'read-excel-file/node';
import { UNUSABLE_PASSWORD_HASH } from '../../auth/passwords.ts';
import { inTransaction } from '../../infra/transaction.ts';
import { expertRepository } from '../../repositories/expert.repository.ts';
import { audit, requireActor, type UseCaseContext } from '../use-case-context.ts';
import { insertExpertAccount, poolTenantFor, profileAuditPayload, type NewExpertAccount } from './expert-profile-store.ts';

export const IMPORT_PASSWORD_NOTICE =
  'Imported accounts have no usable password and cannot sign in yet; the platform has no self-service password reset, so give each expert an initial password through the programme office before their first review.';

async function readRows(content: Buffer): Promise<ImportCell[][]> {
  try {
    return (await readSheet(content)) as ImportCell[][];
  } catch {
    throw invalidField('body', 'is not a readable .xlsx workbook (save the roster as Excel 2007+ .xlsx; .xls and .csv are not read)');
  }
}

/**
 * 专家批量导入: reads an .xlsx roster (headers as in the template), checks every row, and reports each problem by
 * row number and column. A dry run only reports. A commit saves every row or, if any row is wrong, nothing at all:
 * a half-imported roster is worse than none. Imported experts are active, hold the expert grant in the pool's
 * tenant and have no usable password.
 */
export async function importExperts(ctx: UseCaseContext, input: { content: Buffer; dryRun: boolean; tenantId?: string | undefined }) {
  const actor = requireActor(ctx);
  const tenantId = poolTenantFor(actor, input.tenantId, 'query.tenantId', 'import');
  if (!input.content.length) throw invalidField('body', 'is empty; upload the roster file');
  const parsed = parseExpertSheet(await readRows(input.content));
  if (parsed.rowCount === 0 && !parsed.errors.length) throw invalidField('body', 'holds no expert rows below the header');

  return inTransaction(ctx.deps, async (trx) => {
    const errors: ExpertImportError[] = [...parsed.errors];
    const taken = await expertRepository.takenUsernames(trx, parsed.usernames.map(({ username }) => username));
    const organisations = await expertRepository.organisationsByUscc(trx, parsed.drafts.flatMap(({ draft }) => (draft.organisationUscc ? [draft.organisationUscc] : [])));
    for (const { row, username } of parsed.usernames) {
      if (taken.has(username.toLowerCase())) errors.push({ row, column: '用户名', field: 'username', message: 'is already taken on the platform' });
    }
    // Stable: within a row, the file's own checks first, then the platform's.
    errors.sort((a, b) => a.row - b.row);
    const result = { dryRun: input.dryRun, rowCount: parsed.rowCount, created: 0, errors, experts: [] as { row: number; userId: string; username: string; displayName: string }[], passwordNotice: IMPORT_PASSWORD_NOTICE };
    if (input.dryRun || errors.length) return result;

    for (const { row, draft } of parsed.drafts) {
      const organisation = draft.organisationUscc ? organisations.get(draft.organisationUscc) : undefined;
      const account: NewExpertAccount = {
        tenantId,
        username: draft.username,
        displayName: draft.displayName,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        phone: draft.phone,
        email: draft.email,
        status: 'active',
        grant: true,
        reviewedBy: actor.userId,
        profile: { ...draft, organisationId: organisation?.id ?? null, organisationName: draft.organisationName || organisation?.name || '', applicationNote: '' },
      };
      const userId = await insertExpertAccount(trx, ctx, account);
      await audit(trx, ctx, { tenantId, type: 'user.created', aggregateType: 'user', aggregateId: userId, payload: { username: draft.username, roles: ['expert_reviewer'], passwordSet: false, imported: true } });
      await audit(trx, ctx, { tenantId, type: 'expert_profile.imported', aggregateType: 'expert_profile', aggregateId: userId, payload: { ...profileAuditPayload(account), row } });
      result.experts.push({ row, userId, username: draft.username, displayName: draft.displayName });
    }
    return { ...result, created: result.experts.length };
  }).catch((error: unknown) => {
    const pgError = error as { code?: string; constraint?: string };
    // Another import or registration took a username between the check and the insert: nothing was saved.
    if (pgError?.code === '23505' && pgError.constraint?.includes('username')) throw new DomainError('DUPLICATE', 'A username of the file was taken while importing; nothing was saved, check the file again', { rule: 'user.duplicate_username' });
    throw error;
  });
}

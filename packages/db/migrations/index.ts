import type { Migration } from 'kysely';
import * as createIdentityAndAudit from './0001-create-identity-and-audit.ts';
import * as createScreening from './0002-create-screening.ts';
import * as createEvaluation from './0003-create-evaluation.ts';
import * as createSupervision from './0004-create-supervision.ts';
import * as freezeContractFundingAndNoticeAlternates from './0005-freeze-contract-funding-and-notice-alternates.ts';
import * as createAttachments from './0006-create-attachments.ts';
import * as addMilestoneRemediationDueDate from './0007-add-milestone-remediation-due-date.ts';
import * as createExpertPoolAndAssignment from './0008-create-expert-pool-and-assignment.ts';

/**
 * Every migration, by name. Forward-only: a shipped migration is never edited; a change is a new file.
 * Listed statically (not read from disk) so the same bundle works from source, tests and a packaged CLI.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-create-identity-and-audit': createIdentityAndAudit,
  '0002-create-screening': createScreening,
  '0003-create-evaluation': createEvaluation,
  '0004-create-supervision': createSupervision,
  '0005-freeze-contract-funding-and-notice-alternates': freezeContractFundingAndNoticeAlternates,
  '0006-create-attachments': createAttachments,
  '0007-add-milestone-remediation-due-date': addMilestoneRemediationDueDate,
  '0008-create-expert-pool-and-assignment': createExpertPoolAndAssignment,
};

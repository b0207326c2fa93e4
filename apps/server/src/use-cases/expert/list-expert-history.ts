import { auditRepository } from '../../repositories/audit.repository.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import { loadExpertFor } from './expert-profile-store.ts';

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

/** What an audit event of the profile changed: each edited field, or the status for a creation or a transition. */
function changesOf(type: string, payload: Record<string, unknown>): Change[] {
  if (type === 'expert_profile.updated') {
    const changed = (payload.changed ?? {}) as Record<string, { from: unknown; to: unknown }>;
    return Object.entries(changed).map(([field, change]) => ({ field, from: change.from, to: change.to }));
  }
  if ('from' in payload && 'to' in payload) return [{ field: 'status', from: payload.from, to: payload.to }];
  if ('status' in payload) return [{ field: 'status', from: null, to: payload.status }];
  return [];
}

/** 变更记录: every change of the profile from the audit trail, oldest first, with before/after values (the pool's officers). */
export async function listExpertHistory(ctx: UseCaseContext, userId: string) {
  await loadExpertFor(ctx.deps.db, ctx, userId, 'view_history');
  const trail = await auditRepository.trailOf(ctx.deps.db, 'expert_profile', userId);
  return trail.map((event) => {
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    return {
      seq: event.seq,
      type: event.type,
      occurredAt: event.occurred_at.toISOString(),
      actorName: event.actor_name,
      changes: changesOf(event.type, payload),
      reason: typeof payload.reason === 'string' && payload.reason ? payload.reason : null,
    };
  });
}

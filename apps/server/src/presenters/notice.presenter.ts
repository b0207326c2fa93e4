import { isProgrammeOfficer, noticeActions, objectionActions, type Caller, type NoticeStatus, type ObjectionStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentTrail } from '../repositories/audit.repository.ts';
import { bidRepository, evaluationChallengeRepository } from '../repositories/bid.repository.ts';
import { noticeRepository } from '../repositories/notice.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';

/**
 * A notice as the public sees it. PIPL Art. 25: it names the proposed units and projects only; no PI, no
 * objector, and officers' names in the timeline are shown to officers only.
 */
export async function presentNotice(db: DbOrTx, actor: Caller, notice: Row<'public_notice'>, now: Date) {
  const proposedIds = notice.proposed_bid_ids as string[];
  const [challenge, bids, members, counts, trail] = await Promise.all([
    evaluationChallengeRepository.find(db, notice.challenge_id),
    bidRepository.listByIds(db, proposedIds),
    bidRepository.membersOfMany(db, proposedIds),
    noticeRepository.countObjections(db, [notice.id]),
    auditRepository.trailOf(db, 'public_notice', notice.id),
  ]);
  const programme = challenge ? await programmeRepository.findById(db, challenge.programme_id) : undefined;
  const programmeRef = { id: challenge?.programme_id ?? '', tenantId: programme?.tenant_id ?? notice.tenant_id };
  const names = await organisationRepository.namesById(db, [...members.values()].flat().map((member) => member.organisation_id));
  const byId = new Map(bids.map((bid) => [bid.id, bid]));
  const officer = isProgrammeOfficer(actor, programmeRef);
  const status = notice.status as NoticeStatus;
  return {
    id: notice.id,
    challengeId: notice.challenge_id,
    challengeTitle: challenge?.title ?? '',
    title: notice.title,
    body: notice.body,
    status,
    opensAt: notice.opens_at.toISOString(),
    closesAt: notice.closes_at.toISOString(),
    proposedWinners: proposedIds.flatMap((bidId) => {
      const bid = byId.get(bidId);
      if (!bid) return [];
      const bidMembers = members.get(bidId) ?? [];
      return [{ bidId, bidTitle: bid.title, rank: bid.rank, leadOrgName: names.get(bid.lead_org_id) ?? '', memberOrgNames: bidMembers.filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? '') }];
    }),
    objectionsCount: counts.get(notice.id) ?? 0,
    version: notice.version,
    actions: noticeActions(actor, { status, closesAt: notice.closes_at, programme: programmeRef }, now),
    timeline: presentTrail(trail).map((entry) => (officer ? entry : { ...entry, actorName: null })),
  };
}

/** An objection for the programme office, with the objector's contact. */
export async function presentObjection(db: DbOrTx, actor: Caller, objection: Row<'objection'>, programme: { id: string; tenantId: string }) {
  const trail = await auditRepository.trailOf(db, 'objection', objection.id);
  const status = objection.status as ObjectionStatus;
  return {
    id: objection.id,
    noticeId: objection.notice_id,
    bidId: objection.bid_id,
    objectorName: objection.objector_name,
    objectorContact: objection.objector_contact,
    reason: objection.reason,
    status,
    ruling: objection.ruling,
    ruledAt: objection.ruled_at?.toISOString() ?? null,
    filedAt: objection.filed_at.toISOString(),
    version: objection.version,
    actions: objectionActions(actor, { status, programme }),
    timeline: presentTrail(trail),
  };
}

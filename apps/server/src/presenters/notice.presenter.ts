import { isProgrammeOfficer, noticeActions, objectionActions, type Caller, type NoticeStatus, type ObjectionStatus } from '@jiebang/domain';
import type { Row } from '@jiebang/db';
import type { DbOrTx } from '../context.ts';
import { auditRepository, presentPublicTrail, presentTrail } from '../repositories/audit.repository.ts';
import { bidRepository, evaluationChallengeRepository } from '../repositories/bid.repository.ts';
import { noticeRepository } from '../repositories/notice.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { programmeRepository } from '../repositories/programme.repository.ts';
import { tenantRepository } from '../repositories/tenant.repository.ts';

/**
 * Notices as the public sees them, a whole board in a constant number of queries. PIPL Art. 25: they name the
 * proposed units, the alternates (候补) and their projects only; no PI, no objector, and officers' names in the
 * timeline are shown to officers only.
 */
export async function presentNotices(db: DbOrTx, actor: Caller, notices: readonly Row<'public_notice'>[], now: Date) {
  if (!notices.length) return [];
  const noticeIds = notices.map((notice) => notice.id);
  const bidIds = [...new Set(notices.flatMap((notice) => [...(notice.proposed_bid_ids as string[]), ...notice.alternate_bid_ids]))];
  const [challenges, bids, members, counts, trails] = await Promise.all([
    evaluationChallengeRepository.findMany(db, [...new Set(notices.map((notice) => notice.challenge_id))]),
    bidRepository.listByIds(db, bidIds),
    bidRepository.membersOfMany(db, bidIds),
    noticeRepository.countObjections(db, noticeIds),
    auditRepository.trailsOf(db, 'public_notice', noticeIds),
  ]);
  const [programmes, names, tenantNames] = await Promise.all([
    programmeRepository.findByIds(db, challenges.map((challenge) => challenge.programme_id)),
    organisationRepository.namesById(db, [...members.values()].flat().map((member) => member.organisation_id)),
    tenantRepository.namesById(db, challenges.map((challenge) => challenge.tenant_id)),
  ]);
  const challengeById = new Map(challenges.map((challenge) => [challenge.id, challenge]));
  const tenantOfProgramme = new Map(programmes.map((programme) => [programme.id, programme.tenant_id]));
  const programmeName = new Map(programmes.map((programme) => [programme.id, programme.name]));
  const bidById = new Map(bids.map((bid) => [bid.id, bid]));
  const unitsOf = (bidIdList: readonly string[]) =>
    bidIdList.flatMap((bidId) => {
      const bid = bidById.get(bidId);
      if (!bid) return [];
      const bidMembers = members.get(bidId) ?? [];
      return [{ bidId, bidTitle: bid.title, rank: bid.rank, leadOrgName: names.get(bid.lead_org_id) ?? '', memberOrgNames: bidMembers.filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? '') }];
    });
  return notices.map((notice) => {
    const challenge = challengeById.get(notice.challenge_id);
    const programmeRef = { id: challenge?.programme_id ?? '', tenantId: (challenge && tenantOfProgramme.get(challenge.programme_id)) ?? notice.tenant_id };
    const status = notice.status as NoticeStatus;
    return {
      id: notice.id,
      challengeId: notice.challenge_id,
      challengeTitle: challenge?.title ?? '',
      programmeName: (challenge && programmeName.get(challenge.programme_id)) ?? '',
      issuer: (challenge && tenantNames.get(challenge.tenant_id)) ?? '',
      title: notice.title,
      body: notice.body,
      status,
      opensAt: notice.opens_at.toISOString(),
      closesAt: notice.closes_at.toISOString(),
      proposedWinners: unitsOf(notice.proposed_bid_ids as string[]),
      alternates: unitsOf(notice.alternate_bid_ids),
      objectionsCount: counts.get(notice.id) ?? 0,
      version: notice.version,
      actions: noticeActions(actor, { status, closesAt: notice.closes_at, programme: programmeRef }, now),
      timeline: presentPublicTrail(trails.get(notice.id) ?? [], isProgrammeOfficer(actor, programmeRef)),
    };
  });
}

export async function presentNotice(db: DbOrTx, actor: Caller, notice: Row<'public_notice'>, now: Date) {
  const [view] = await presentNotices(db, actor, [notice], now);
  if (!view) throw new Error(`notice ${notice.id} was not presented`);
  return view;
}

/** Objections for the programme office, with the objectors' contacts; one query for all their timelines. */
export async function presentObjections(db: DbOrTx, actor: Caller, objections: readonly Row<'objection'>[], programme: { id: string; tenantId: string }) {
  const trails = await auditRepository.trailsOf(db, 'objection', objections.map((objection) => objection.id));
  return objections.map((objection) => {
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
      timeline: presentTrail(trails.get(objection.id) ?? []),
    };
  });
}

export async function presentObjection(db: DbOrTx, actor: Caller, objection: Row<'objection'>, programme: { id: string; tenantId: string }) {
  const [view] = await presentObjections(db, actor, [objection], programme);
  if (!view) throw new Error(`objection ${objection.id} was not presented`);
  return view;
}

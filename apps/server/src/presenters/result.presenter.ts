import type { DbOrTx } from '../context.ts';
import { bidRepository } from '../repositories/bid.repository.ts';
import { organisationRepository } from '../repositories/organisation.repository.ts';
import { resultRepository, type PublicResultRow } from '../repositories/result.repository.ts';

/**
 * A page of public results in a constant number of queries (awards, bids, members, names). Open data: the units,
 * their projects and ranks, nothing personal (PIPL Art. 25), as on a challenge's own results.
 */
export async function presentPublicResults(db: DbOrTx, rows: readonly PublicResultRow[]) {
  if (!rows.length) return [];
  const awards = await resultRepository.awardsOf(db, rows.map((row) => row.id));
  const bidIds = awards.map((award) => award.bid_id);
  const [bids, members] = await Promise.all([bidRepository.listByIds(db, bidIds), bidRepository.membersOfMany(db, bidIds)]);
  const names = await organisationRepository.namesById(db, [...awards.map((award) => award.lead_org_id), ...[...members.values()].flat().map((member) => member.organisation_id)]);
  const titles = new Map(bids.map((bid) => [bid.id, bid.title]));
  return rows.map((row) => ({
    challengeId: row.id,
    challengeCode: row.code,
    challengeTitle: row.title,
    field: row.field,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    issuer: row.tenant_name,
    regionCode: row.programme_region_code,
    budgetFen: row.budget_fen,
    maxWinners: row.max_winners,
    awardedAt: new Date(row.awarded_at as Date | string).toISOString(),
    winners: awards
      .filter((award) => award.challenge_id === row.id)
      .map((award) => ({
        rank: award.rank,
        organisationName: names.get(award.lead_org_id) ?? '',
        memberOrgNames: (members.get(award.bid_id) ?? []).filter((member) => member.role === 'member').map((member) => names.get(member.organisation_id) ?? ''),
        bidTitle: titles.get(award.bid_id) ?? '',
        awardedAt: award.awarded_at.toISOString(),
      })),
  }));
}

import { assertAwardOpenForContract, assertSchemeRecipientExists, DomainError, isProgrammeOfficer } from '@jiebang/domain';
import { inTransaction } from '../../infra/transaction.ts';
import { contractRepository } from '../../repositories/contract.repository.ts';
import { contractingRepository } from '../../repositories/contracting.repository.ts';
import { programmeRepository } from '../../repositories/programme.repository.ts';
import { audit, authorise, notFound, requireActor, type UseCaseContext } from '../use-case-context.ts';

/** Deliverables are frozen as text lines; a challenge written before they were plain strings keeps its title. */
const deliverableLines = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item : typeof item === 'object' && item !== null && 'title' in item ? String(item.title) : JSON.stringify(item)))
    : [];

/**
 * 对接洽谈: an officer of the programme opens negotiation on a standing award. What the programme bought is
 * FROZEN into the contract from the challenge (indicators, deliverables, IP terms, demander); who delivers it
 * comes from the bid (lead organisation, PI, committed R&D input, budget as the opening contract value). The
 * programme's funding scheme is frozen too: a later policy edit must not change what this contract is owed.
 */
export async function startNegotiation(ctx: UseCaseContext, awardId: string): Promise<string> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.deps, async (trx) => {
    const award = await contractingRepository.findAwardForUpdate(trx, awardId);
    if (!award) throw notFound('award', awardId);
    const challenge = await contractingRepository.findChallenge(trx, award.challenge_id);
    if (!challenge) throw notFound('challenge', award.challenge_id);
    const programme = await programmeRepository.findById(trx, challenge.programme_id);
    if (!programme) throw notFound('programme', challenge.programme_id);
    authorise(isProgrammeOfficer(actor, { id: programme.id, tenantId: programme.tenant_id }), 'contract.create');
    assertAwardOpenForContract(award);
    if (await contractRepository.findByAwardId(trx, award.id)) throw new DomainError('DUPLICATE', 'This award already has a contract', { rule: 'contract.duplicate' });
    const bid = await contractingRepository.findBid(trx, award.bid_id);
    if (!bid) throw notFound('bid', award.bid_id);
    const funding = programmeRepository.policyOf(programme).funding;
    assertSchemeRecipientExists(funding, challenge.demander_org_id);

    const id = ctx.deps.newId();
    const now = ctx.deps.now();
    await trx
      .insertInto('contract')
      .values({
        id,
        tenant_id: challenge.tenant_id,
        programme_id: programme.id,
        challenge_id: challenge.id,
        award_id: award.id,
        bid_id: bid.id,
        lead_org_id: bid.lead_org_id,
        demander_org_id: challenge.demander_org_id,
        pi_user_id: bid.pi_user_id,
        contract_value_fen: bid.budget_fen,
        rd_input_fen: bid.rd_input_fen,
        indicators: JSON.stringify(challenge.indicators),
        deliverables: JSON.stringify(deliverableLines(challenge.deliverables)),
        ip_terms: challenge.ip_terms,
        funding_scheme: JSON.stringify(funding),
        status: 'negotiation',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, {
      tenantId: challenge.tenant_id,
      type: 'contract.created',
      aggregateType: 'contract',
      aggregateId: id,
      payload: { awardId: award.id, bidId: bid.id, challengeId: challenge.id, leadOrgId: bid.lead_org_id, piUserId: bid.pi_user_id, fundingScheme: funding },
    });
    return id;
  });
}

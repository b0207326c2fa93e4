import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createEvaluationCast, createExpertProfile, createPublishedChallenge, createUser, openTestApp, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

/** Applying a run re-checks the hard rules from fresh facts: the pool tier of a major project among them. */
describe('applying an assignment run re-checks the tier rule (≥ 1000万元: major-project pool only)', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  let officer: ApiClient;
  let major: string;
  let bigTech: string;

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps, { prefix: 'ap-' });
    bigTech = await createUser(t.deps, { tenantId: cast.tenantId, username: 'ap-bigTech', displayName: '孔重大', grants: [{ role: 'expert_reviewer' }] });
    await createExpertProfile(t.deps, { tenantId: cast.tenantId, userId: bigTech, panelRole: 'technical', tier: 'major', fieldCodes: ['C36'], expertise: '汽车电驱' });
    major = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, code: 'AP-001', title: '新能源汽车一体化压铸成套装备', budgetFen: 1_500_000_000, status: 'under_review' });
    officer = await ApiClient.signIn(t.app, cast.username('officer'));
  });
  afterAll(() => t.close());

  it('refuses to apply a seat on a major project once its expert has left the major-project pool', async () => {
    const run = await officer.expect(201, 'POST', `/api/programmes/${cast.programmeId}/assignment-runs`, { challengeIds: [major], mode: 'optimal', quotas: { technical: 1, industry: 0, finance: 0, legal: 0 } });
    expect(run.panels[0].seats.map((seat: { expertUserId: string }) => seat.expertUserId)).toEqual([bigTech]);
    // The office moves the expert to the general pool between the run and its application.
    await t.deps.db.updateTable('expert_profile').set({ tier: 'general' }).where('user_id', '=', bigTech).execute();

    const applied = await officer.post(`/api/assignment-runs/${run.id}/apply`, {});
    expect(applied.status).toBe(409);
    expect(applied.body.error.rule).toBe('assignment.tier_mismatch');
    const seats = await t.deps.db.selectFrom('panel_member').select('expert_user_id').where('expert_user_id', '=', bigTech).execute();
    expect(seats).toEqual([]);
  });
});

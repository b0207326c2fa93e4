import { describe, expect, it } from 'vitest';
import { DEFAULT_RECUSAL_RULES, type RecusalRules } from '../programme/policy.ts';
import { assertAvoidList, assertInviteeMayAccept, assertMayAccessAsExpert, assertNoRecusal, normalisePersonName, recusalReasons, type RecusalExpert, type RecusalSubject } from './recusal.ts';

const ALL_ON: RecusalRules = { sameOrganisation: true, collaborationYears: 3, relatives: true, avoidListMax: 3, sameRegion: true };
const YEAR = 2026;

const expert = (overrides: Partial<RecusalExpert> = {}): RecusalExpert => ({
  userId: 'expert',
  displayName: '刘建国',
  organisationIds: ['ningbo-university'],
  organisationNames: ['宁波大学'],
  regionCode: '330203',
  relations: [],
  collaborations: [],
  selfDeclared: [],
  ...overrides,
});

/** A consortium bid: lead in Hangzhou, a member in Ningbo, the demander elsewhere; its PI is 周文涛. */
const subject = (overrides: Partial<RecusalSubject> = {}): RecusalSubject => ({
  subjectIds: ['bid-1', 'challenge-1'],
  demanderOrgId: 'demander',
  parties: [
    { organisationId: 'lead', role: 'lead', regionCode: '330106' },
    { organisationId: 'member', role: 'member', regionCode: '330212' },
  ],
  people: [{ userId: 'pi', displayName: '周文涛（教授）' }],
  avoidList: [],
  ...overrides,
});

const kinds = (e: RecusalExpert, s: RecusalSubject = subject(), rules: RecusalRules = ALL_ON, year = YEAR) => recusalReasons(e, s, rules, year);

describe('recusal (回避)', () => {
  it('lets an unrelated expert review', () => {
    expect(kinds(expert({ regionCode: '110105' }))).toEqual([]);
    expect(() => assertNoRecusal(expert({ regionCode: null }), subject(), ALL_ON, YEAR)).not.toThrow();
  });

  it('always recuses a party to the bid, whatever the rules', () => {
    const off: RecusalRules = { sameOrganisation: false, collaborationYears: 0, relatives: false, avoidListMax: 0, sameRegion: false };
    expect(kinds(expert({ userId: 'pi' }), subject(), off)).toEqual([{ kind: 'is_party' }]);
  });

  it('recuses the same unit as the demander, the lead or a consortium member, unless the rule is off', () => {
    expect(kinds(expert({ organisationIds: ['demander'], regionCode: null }))).toEqual([{ kind: 'same_organisation', organisationId: 'demander', party: 'demander' }]);
    expect(kinds(expert({ organisationIds: ['x', 'lead'], regionCode: null }))).toEqual([{ kind: 'same_organisation', organisationId: 'lead', party: 'lead' }]);
    expect(kinds(expert({ organisationIds: ['member'], regionCode: null }))).toEqual([{ kind: 'same_organisation', organisationId: 'member', party: 'member' }]);
    expect(kinds(expert({ organisationIds: ['demander', 'member'], regionCode: null }), subject(), { ...ALL_ON, sameOrganisation: false })).toEqual([]);
  });

  it('recuses an expert whose unit is known only by name from the same-named demander, lead or member (an incomplete profile does not pass)', () => {
    const named = subject({ demanderName: '宁波甬创汽车零部件有限公司', parties: [{ organisationId: 'lead', role: 'lead', regionCode: null, name: '宁波工程学院' }] });
    const byName = (name: string) => expert({ organisationIds: [], organisationNames: [name], regionCode: null });
    expect(kinds(byName('宁波工程学院（机械学院）'), named)).toEqual([{ kind: 'same_organisation', organisationId: 'lead', party: 'lead' }]);
    expect(kinds(byName('ＮＩＮＧＢＯ 甬创汽车零部件有限公司'), named)).toEqual([]);
    expect(kinds(byName('宁波甬创汽车零部件有限公司'), named)).toEqual([{ kind: 'same_organisation', organisationId: 'demander', party: 'demander' }]);
    expect(kinds(byName('宁波工程学院'), named, { ...ALL_ON, sameOrganisation: false })).toEqual([]);
    expect(kinds(byName('北京大学'), named)).toEqual([]);
  });

  it('matches a collaboration declared by unit name only against the parties’ names (full-width, spaces, a sub-unit)', () => {
    const named = subject({ parties: [{ organisationId: 'lead', role: 'lead', regionCode: null, name: '宁波工程学院' }] });
    const declared = (organisationName: string, year: number | null = 2025) => expert({ regionCode: null, relations: [{ kind: 'collaboration', personName: '', organisationId: null, organisationName, relatedUserId: null, year }] });
    expect(kinds(declared(' 宁波工程学院 '), named)).toEqual([{ kind: 'collaboration', organisationId: 'lead', personName: null, year: 2025, source: 'declared' }]);
    expect(kinds(declared('宁波工程学院机械学院'), named)).toHaveLength(1);
    expect(kinds(declared('北京大学'), named)).toEqual([]);
    expect(kinds(declared(''), named)).toEqual([]);
    expect(kinds(declared('宁波工程学院', 2020), named)).toEqual([]);
  });

  it('refuses an invitee who must recuse without naming the reasons', () => {
    expect(() => assertInviteeMayAccept([])).not.toThrow();
    try {
      assertInviteeMayAccept([{ kind: 'avoid_list', name: '刘建国' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'review.conflict_of_interest' } });
      expect(JSON.stringify(error) + String((error as Error).message)).not.toMatch(/avoid_list|刘建国/);
    }
  });

  it('recuses platform collaborations with a party within N calendar years, and not after', () => {
    const coBid = (year: number) => expert({ regionCode: null, collaborations: [{ organisationId: 'member', year, source: 'co_bid' }] });
    expect(kinds(coBid(2026))).toEqual([{ kind: 'collaboration', organisationId: 'member', personName: null, year: 2026, source: 'co_bid' }]);
    // 近三年 in 2026: 2023, 2024, 2025 and 2026 count; 2022 does not.
    expect(kinds(coBid(2023))).toHaveLength(1);
    expect(kinds(coBid(2022))).toEqual([]);
    expect(kinds(coBid(2021), subject(), { ...ALL_ON, collaborationYears: 5 })).toHaveLength(1);
    expect(kinds(coBid(2026), subject(), { ...ALL_ON, collaborationYears: 0 })).toEqual([]);
    const coProject = expert({ regionCode: null, collaborations: [{ organisationId: 'lead', year: 2025, source: 'co_project' }] });
    expect(kinds(coProject)).toEqual([{ kind: 'collaboration', organisationId: 'lead', personName: null, year: 2025, source: 'co_project' }]);
    // Working with the demander is not collaborating with a bidder.
    expect(kinds(expert({ regionCode: null, collaborations: [{ organisationId: 'demander', year: 2026, source: 'co_project' }] }))).toEqual([]);
  });

  it('recuses declared collaborations and mentorships with a party or a person, by year', () => {
    const declared = (relation: Partial<RecusalExpert['relations'][number]>) =>
      expert({ regionCode: null, relations: [{ kind: 'collaboration', personName: '', organisationId: null, relatedUserId: null, year: 2025, ...relation }] });
    expect(kinds(declared({ organisationId: 'lead' }))).toEqual([{ kind: 'collaboration', organisationId: 'lead', personName: null, year: 2025, source: 'declared' }]);
    expect(kinds(declared({ kind: 'mentorship', personName: '周文涛', year: null }))).toEqual([{ kind: 'collaboration', organisationId: null, personName: '周文涛', year: null, source: 'declared' }]);
    expect(kinds(declared({ relatedUserId: 'pi', year: 2023 }))).toHaveLength(1);
    expect(kinds(declared({ organisationId: 'lead', year: 2022 }))).toEqual([]);
    expect(kinds(declared({ organisationId: 'elsewhere', personName: '李四' }))).toEqual([]);
    expect(kinds(declared({ organisationId: 'lead' }), subject(), { ...ALL_ON, collaborationYears: 0 })).toEqual([]);
  });

  it('recuses a declared relative among the bid’s people, whatever the year, unless the rule is off', () => {
    const relative = (relation: Partial<RecusalExpert['relations'][number]>) =>
      expert({ regionCode: null, relations: [{ kind: 'relative', personName: '', organisationId: null, relatedUserId: null, year: 1990, ...relation }] });
    expect(kinds(relative({ personName: '周 文涛' }))).toEqual([{ kind: 'relative', personName: '周 文涛' }]);
    expect(kinds(relative({ relatedUserId: 'pi' }))).toEqual([{ kind: 'relative', personName: '' }]);
    expect(kinds(relative({ personName: '周文涛' }), subject(), { ...ALL_ON, relatives: false })).toEqual([]);
    // A relative is not a collaborator: with relatives off, nothing else picks it up.
    expect(kinds(relative({ personName: '周文涛', organisationId: 'lead' }), subject(), { ...ALL_ON, relatives: false })).toEqual([]);
    // A name that is nothing but a note names nobody.
    expect(kinds(relative({ personName: '（待定）' }), subject({ people: [{ userId: null, displayName: '' }] }))).toEqual([]);
  });

  it('matches names without the bracketed title, spaces, case or full-width forms', () => {
    expect(normalisePersonName('周文涛（技术专家）')).toBe('周文涛');
    expect(normalisePersonName('周文涛(技术专家)')).toBe('周文涛');
    expect(normalisePersonName(' 周\u3000文涛 ')).toBe('周文涛');
    expect(normalisePersonName('ＺＨＯＵ Wentao')).toBe('zhouwentao');
    expect(normalisePersonName('（待定）')).toBe('');
  });

  it('recuses an expert on the bidder’s avoid-list: by name alone, or by name and unit', () => {
    const zhou = expert({ displayName: '周建华（技术专家）', regionCode: null, organisationNames: ['宁波大学信息科学与工程学院'] });
    const avoid = (name: string, organisationName: string) => subject({ avoidList: [{ name, organisationName }] });
    expect(kinds(zhou, avoid('周建华', ''))).toEqual([{ kind: 'avoid_list', name: '周建华' }]);
    expect(kinds(zhou, avoid('周建华', '宁波大学'))).toEqual([{ kind: 'avoid_list', name: '周建华' }]);
    expect(kinds(zhou, avoid('周建华', ' 宁波大学信息科学与工程学院 '))).toHaveLength(1);
    // A namesake at another unit is not the expert the bidder meant.
    expect(kinds(zhou, avoid('周建华', '浙江大学'))).toEqual([]);
    expect(kinds(zhou, avoid('周建', ''))).toEqual([]);
    // Whose unit is unknown cannot be told apart from the one meant: the name decides.
    expect(kinds(expert({ displayName: '周建华', regionCode: null, organisationNames: [] }), avoid('周建华', '浙江大学'))).toHaveLength(1);
    // A programme that allows no avoid-list ignores one.
    expect(kinds(zhou, avoid('周建华', ''), { ...ALL_ON, avoidListMax: 0 })).toEqual([]);
  });

  it('recuses the same prefecture-level region as a party only when the rule is on', () => {
    expect(kinds(expert({ regionCode: '330203' }))).toEqual([{ kind: 'same_region', regionCode: '330212' }]);
    expect(kinds(expert({ regionCode: '330203' }), subject(), { ...ALL_ON, sameRegion: false })).toEqual([]);
    expect(kinds(expert({ regionCode: '330106' }), subject(), DEFAULT_RECUSAL_RULES)).toEqual([]);
    expect(kinds(expert({ regionCode: '310115' }))).toEqual([]);
  });

  it('recuses an expert who declared a conflict with the bid or its challenge', () => {
    expect(kinds(expert({ regionCode: null, selfDeclared: [{ subjectId: 'challenge-1', reason: '曾指导该团队' }] }))).toEqual([{ kind: 'self_declared', reason: '曾指导该团队' }]);
    expect(kinds(expert({ regionCode: null, selfDeclared: [{ subjectId: 'challenge-2', reason: '' }] }))).toEqual([]);
  });

  it('names each reason once when a challenge repeats a unit across its bids, and refuses naming them all', () => {
    const challenge = subject({
      parties: [
        { organisationId: 'member', role: 'member', regionCode: null },
        { organisationId: 'lead-2', role: 'lead', regionCode: null },
        { organisationId: 'member', role: 'member', regionCode: null },
      ],
    });
    const e = expert({ organisationIds: ['member'], regionCode: null, relations: [{ kind: 'relative', personName: '周文涛', organisationId: null, relatedUserId: null, year: null }] });
    expect(kinds(e, challenge)).toEqual([
      { kind: 'same_organisation', organisationId: 'member', party: 'member' },
      { kind: 'relative', personName: '周文涛' },
    ]);
    expect(() => assertNoRecusal(e, challenge, ALL_ON, YEAR)).toThrowError(
      expect.objectContaining({ code: 'RULE_VIOLATION', details: expect.objectContaining({ rule: 'review.conflict_of_interest', reasons: kinds(e, challenge) }) }),
    );
  });

  it('refuses the expert’s own access with 403 and without the reasons', () => {
    expect(() => assertMayAccessAsExpert([])).not.toThrow();
    try {
      assertMayAccessAsExpert([{ kind: 'avoid_list', name: '刘建国' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'review.conflict_of_interest' } });
      expect(JSON.stringify((error as { details: unknown }).details)).not.toContain('avoid_list');
    }
  });

  it('takes an avoid-list up to the programme’s limit, and none when the limit is 0', () => {
    const entry = { name: '刘建国', organisationName: '宁波大学', reason: '曾为竞争对手提供咨询' };
    expect(() => assertAvoidList([entry, entry, entry], 3)).not.toThrow();
    expect(() => assertAvoidList([], 0)).not.toThrow();
    expect(() => assertAvoidList([entry, entry, entry, entry], 3)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [{ path: 'body.avoidedExperts', message: expect.stringContaining('at most 3') }] } }),
    );
    expect(() => assertAvoidList([entry], 0)).toThrowError(expect.objectContaining({ details: { issues: [{ path: 'body.avoidedExperts', message: expect.stringContaining('no avoid-list') }] } }));
  });
});

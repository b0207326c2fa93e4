import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import type { BidPolicySubject } from '../bid/bid.policy.ts';
import { assertNoIdentityInBlindProposal, assertNoIdentityInBlindText, identityFinder, identityHiddenFrom, neutralFileName, type BidIdentity } from './blind-review.ts';

const identity: BidIdentity = {
  organisations: [
    { name: '浙江大学宁波智能制造研究院', nameEn: 'Ningbo Institute of Intelligent Manufacturing', uscc: '12330200MB0123456X' },
    { name: '宁波工程学院', nameEn: null, uscc: '12330200470123457Y' },
  ],
  people: ['周文涛（教授）'],
};
const clean = {
  title: '铸件缺陷多光谱在线检测系统',
  technicalProposal: '多光谱成像与轻量化检测网络，边缘端实时识别缺陷。',
  indicatorCommitments: [{ note: '' }, { note: '第三方检测' }],
  leadTask: '检测算法与系统集成',
  memberTasks: [{ organisationName: '宁波工程学院', task: '现场验证' }],
};
const paths = (proposal: Partial<typeof clean>) => {
  try {
    assertNoIdentityInBlindProposal({ ...clean, ...proposal }, identity);
    return [];
  } catch (error) {
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'bid.identity_in_blind_proposal' } });
    return (error as { details: { issues: { path: string }[] } }).details.issues.map((issue) => issue.path);
  }
};

describe('blind review (盲评)', () => {
  it('accepts a proposal that names nobody', () => {
    expect(paths({})).toEqual([]);
  });

  it('refuses a proposal naming the lead, a member, a USCC or the PI, naming each field', () => {
    expect(paths({ technicalProposal: '依托浙江大学宁波智能制造研究院的中试线开展验证。' })).toEqual(['body.technicalProposal']);
    expect(paths({ technicalProposal: '联合 宁波 工程学院 完成样机' })).toEqual(['body.technicalProposal']);
    expect(paths({ technicalProposal: '统一社会信用代码 12330200MB0123456X' })).toEqual(['body.technicalProposal']);
    expect(paths({ technicalProposal: 'Built at the NINGBO Institute of Intelligent Manufacturing.' })).toEqual(['body.technicalProposal']);
    expect(paths({ title: '周文涛团队的检测系统', indicatorCommitments: [{ note: '' }, { note: '由宁波工程学院测试' }] })).toEqual(['body.title', 'body.indicatorCommitments.1.note']);
    expect(() => assertNoIdentityInBlindProposal({ ...clean, technicalProposal: '周文涛负责' }, identity)).toThrowError(/盲评/);
  });

  it('reads the division of work too: the lead’s task and each member’s', () => {
    expect(paths({ leadTask: '浙江大学宁波智能制造研究院负责算法' })).toEqual(['body.leadTask']);
    expect(paths({ memberTasks: [{ organisationName: '宁波工程学院', task: '在宁波工程学院实验室完成验证' }] })).toEqual(['body.members']);
  });

  it('checks an officer’s free text (a defence slot’s venue or note) with the same matching, naming each field', () => {
    expect(identityFinder(identity)('答辩：浙江大学 宁波智能制造研究院团队')).toEqual(['浙江大学宁波智能制造研究院']);
    expect(identityFinder(identity)('腾讯会议 123-456-789')).toEqual([]);
    expect(() => assertNoIdentityInBlindText([{ path: 'body.venue', text: '宁波市科技局 3 楼会议室' }, { path: 'body.note', text: '' }], identity)).not.toThrow();
    let error: unknown;
    try {
      assertNoIdentityInBlindText([{ path: 'body.venue', text: '宁波工程学院 2 号楼' }, { path: 'body.note', text: '周文涛（教授）请假，改期' }], identity);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'defence.identity_in_blind_text', issues: [{ path: 'body.venue' }, { path: 'body.note' }] } });
    expect((error as { details: { issues: { message: string }[] } }).details.issues[1]!.message).toContain('周文涛');
  });

  it('gives files neutral names by position, keeping the type', () => {
    expect(neutralFileName(1, '揭榜申报书（浙江大学宁波智能制造研究院）.PDF')).toBe('附件1.pdf');
    expect(neutralFileName(3, 'team.docx')).toBe('附件3.docx');
    expect(neutralFileName(2, 'README')).toBe('附件2');
  });

  it('hides the bidder from panel experts only, never from the bid’s own people or the officers', () => {
    const grant = (role: string, extra: object = {}) => ({ role, tenantId: 't1', organisationId: null, programmeId: null, ...extra });
    const actor = (grants: object[]): Actor => ({ userId: 'u1', displayName: '某人', tenantId: 't1', grants: grants as Actor['grants'] });
    const subject: BidPolicySubject = {
      status: 'under_review',
      leadOrgId: 'lead',
      memberOrgIds: ['member'],
      piUserId: 'pi',
      programme: { id: 'p1', tenantId: 't1' },
      callerOnPanel: true,
      stage: { biddingOpen: false, formalCheckOpen: false, resubmitBy: null, now: new Date() },
    };
    const expert = actor([grant('expert_reviewer')]);
    expect(identityHiddenFrom(expert, subject, true)).toBe(true);
    expect(identityHiddenFrom(expert, subject, false)).toBe(false);
    expect(identityHiddenFrom(actor([grant('expert_reviewer'), grant('management_agency', { programmeId: 'p1' })]), subject, true)).toBe(false);
    expect(identityHiddenFrom(actor([grant('expert_reviewer'), grant('consortium_member', { organisationId: 'member' })]), subject, true)).toBe(false);
    expect(identityHiddenFrom({ ...expert, userId: 'pi' }, subject, true)).toBe(false);
  });
});

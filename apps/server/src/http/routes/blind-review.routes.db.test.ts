import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { POLICY_PRESETS } from '@jiebang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createEvaluationCast, createPublishedChallenge, openTestApp, setChallengeStatus, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const sheet = (score: number) => ({ technical_route: score, team_capability: score, indicator_commitment: score, budget_soundness: score });
const commitments = [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '第三方检测' },
  { indicatorKey: 'latency', committedValue: 45, note: '' },
  { indicatorKey: 'cost', committedValue: 58, note: '' },
];
const PDF_NAME = '浙大宁波院揭榜申报书.pdf';
const DOCX_NAME = '团队介绍（宁波工程学院）.docx';

/** A one-page PDF whose information dictionary and XMP name its author, unit and USCC, as Word writes them. */
function authoredPdf(author: string, unit: string, uscc: string): Buffer {
  const xmp = Buffer.from(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${unit}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`);
  const hex = (text: string) => `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const bodies = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'),
    Buffer.concat([Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n`), xmp, Buffer.from('\nendstream')]),
    Buffer.from(`<< /Author <${hex(author)}> /Keywords (${uscc}) /Producer (Microsoft Word) >>`),
  ];
  const chunks = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  for (const [index, body] of bodies.entries()) {
    offsets.push(Buffer.concat(chunks).length);
    chunks.push(Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n'));
  }
  const start = Buffer.concat(chunks).length;
  chunks.push(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R /Info 5 0 R >>\nstartxref\n${start}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

function authoredDocx(creator: string, company: string): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'docProps/core.xml': strToU8(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy></cp:coreProperties>`),
      'docProps/app.xml': strToU8(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${company}</Company></Properties>`),
      'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>团队成员与分工</w:t></w:r></w:p></w:body></w:document>'),
    }),
  );
}

interface Round {
  cast: EvaluationCast;
  challengeId: string;
  panelId: string;
  bidId: string;
  experts: ApiClient[];
  expertIds: string[];
  /** Everything that names the bidder: unit names, USCCs, the PI, the uploader, the original file names. */
  identity: string[];
}

/**
 * 盲评: every response an expert can get — bodies, headers and file bytes — is scanned for the bidder's identity.
 * The same round in a programme that does not review blind shows the scan finds each of those words.
 */
describe('blind review (盲评) leaks no bidder identity to experts', () => {
  let t: TestApp;
  let rounds: { blind: Round; open: Round };

  const upload = (client: ApiClient, bidId: string, fileName: string, content: Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/bids/${bidId}/attachments?fileName=${encodeURIComponent(fileName)}`, payload: content, headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${client.token}` } });

  async function round(prefix: string, blindReview: boolean): Promise<Round> {
    const preset = POLICY_PRESETS.ningbo_rd_input.policy;
    const cast = await createEvaluationCast(t.deps, { prefix, policy: { review: { ...preset.review, blindReview } } });
    const sign = (key: keyof EvaluationCast['users']) => ApiClient.signIn(t.app, cast.username(key));
    const [officer, leadA, piA] = [await sign('officer'), await sign('leadA'), await sign('piA')];
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander, title: '压铸件内部缺陷智能检测' });
    const bid = await leadA.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, {
      leadOrgId: cast.orgs.leadA,
      piUserId: cast.users.piA,
      title: '压铸件内部缺陷多光谱在线检测系统',
      technicalProposal: '多光谱成像与轻量化检测网络，在压铸产线边缘端实时识别气孔与缩松。',
      indicatorCommitments: commitments,
      budgetFen: 400_000_000,
      leadTask: '总体方案与系统集成',
      leadBudgetShareBp: 6000,
      members: [
        { organisationId: cast.orgs.member1, task: '多光谱成像模组', budgetShareBp: 2000 },
        { organisationId: cast.orgs.member2, task: '现场验证', budgetShareBp: 2000 },
      ],
      avoidedExperts: [{ name: '刘建国', organisationName: '宁波大学', reason: '竞争单位顾问' }],
    });
    const organisations = await t.deps.db.selectFrom('organisation').select(['id', 'name', 'uscc']).where('id', 'in', [cast.orgs.leadA, cast.orgs.member1, cast.orgs.member2]).execute();
    const lead = organisations.find((organisation) => organisation.id === cast.orgs.leadA)!;
    const member1 = organisations.find((organisation) => organisation.id === cast.orgs.member1)!;
    const member2 = organisations.find((organisation) => organisation.id === cast.orgs.member2)!;
    // As bidders' files do: the PDF's properties name the PI, the lead and USCCs, the docx's its author and a member.
    expect((await upload(leadA, bid.id, PDF_NAME, authoredPdf('周教授', lead.name, `${lead.uscc} ${member1.uscc}`))).statusCode).toBe(201);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    expect((await upload(leadA, bid.id, DOCX_NAME, authoredDocx('陈经办', `${member2.name} ${member2.uscc}`))).statusCode).toBe(201);
    await piA.expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, {});
    await leadA.expect(200, 'POST', `/api/bids/${bid.id}/submit`, {});
    await officer.expect(200, 'POST', `/api/bids/${bid.id}/check-eligibility`, {});
    return {
      cast,
      challengeId,
      panelId: '',
      bidId: bid.id,
      experts: [],
      expertIds: [cast.users.expert1, cast.users.expert2],
      identity: [...organisations.flatMap((organisation) => [organisation.name, organisation.uscc!]), '周教授', '陈经办', PDF_NAME, '浙大宁波院揭榜申报书', DOCX_NAME, '团队介绍（宁波工程学院）', '刘建国'],
    };
  }

  /** Seats two experts through the invitation flow, opens scoring and schedules the defences. */
  async function seat(round: Round) {
    const officer = await ApiClient.signIn(t.app, round.cast.username('officer'));
    round.panelId = (await officer.expect(201, 'POST', `/api/challenges/${round.challengeId}/panel`, {})).id;
    for (const key of ['expert1', 'expert2'] as const) {
      await officer.expect(200, 'POST', `/api/panels/${round.panelId}/members`, { expertUserId: round.cast.users[key], panelRole: 'technical' });
      const expert = await ApiClient.signIn(t.app, round.cast.username(key));
      await expert.expect(200, 'POST', `/api/panels/${round.panelId}/invitation/accept`, { noConflictDeclared: true, confidentialityPledged: true });
      round.experts.push(expert);
    }
    await officer.expect(200, 'POST', `/api/panels/${round.panelId}/open-scoring`, {});
    await officer.expect(200, 'POST', `/api/panels/${round.panelId}/defences`, { startsAt: new Date(t.clock.now().getTime() + 2 * 86_400_000).toISOString(), minutesEach: 30, format: 'online', venue: '腾讯会议 123-456-789' });
    // A note written before notes were checked names the lead and the PI: the expert-visible schedule must not pass it on.
    const lead = await t.deps.db.selectFrom('organisation').select('name').where('id', '=', round.cast.orgs.leadA).executeTakeFirstOrThrow();
    await t.deps.db.updateTable('defence_slot').set({ note: `${lead.name}周教授团队申请线上答辩` }).where('panel_id', '=', round.panelId).execute();
  }

  /** Every response an expert can get in this round, as text: bodies, headers, and file bytes read both ways. */
  async function expertVisible(round: Round): Promise<string[]> {
    const seen: string[] = [];
    for (const [index, expert] of round.experts.entries()) {
      const get = async (url: string) => {
        const response = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${expert.token}` } });
        seen.push(`${url} ${response.statusCode} ${JSON.stringify(response.headers)}`, response.body, response.rawPayload.toString('latin1'));
        return response;
      };
      const work = (await get('/api/experts/me/assignments')).json();
      const bidIds: string[] = work.items.flatMap((item: { bids: { bidId: string }[] }) => item.bids.map((bid) => bid.bidId));
      expect(bidIds).toEqual([round.bidId]);
      for (const bidId of bidIds) {
        await get(`/api/bids/${bidId}`);
        const files = (await get(`/api/bids/${bidId}/attachments`)).json();
        expect(files.items).toHaveLength(2);
        for (const file of files.items) {
          const download = await get(file.downloadUrl);
          // A zipped Office file hides its text from a byte scan: read every part of it too.
          if (file.fileName.endsWith('.docx')) seen.push(...Object.values(unzipSync(download.rawPayload)).map((part) => strFromU8(part)));
        }
        const scored = await t.app.inject({ method: 'POST', url: `/api/bids/${bidId}/scores`, payload: { criterionScores: sheet(80 + index), comment: '技术路线清晰' }, headers: { authorization: `Bearer ${expert.token}` } });
        expect(scored.statusCode).toBe(200);
        seen.push(scored.body, JSON.stringify(scored.headers));
      }
      for (const url of ['/api/auth/me', '/api/experts/me', '/api/experts/me/relations', '/api/bids/mine', `/api/challenges/${round.challengeId}`, `/api/challenges/${round.challengeId}/bids`, `/api/challenges/${round.challengeId}/ranking`, `/api/challenges/${round.challengeId}/results`, `/api/panels/${round.panelId}`, `/api/panels/${round.panelId}/defences`, `/api/challenges/${round.challengeId}/panel-assignment`, '/api/notices']) {
        await get(url);
      }
    }
    // Notifications (站内消息) addressed to the experts.
    const notices = await t.deps.db.selectFrom('notification').select(['title', 'body']).where('user_id', 'in', round.expertIds).execute();
    expect(notices.length).toBeGreaterThan(0);
    seen.push(JSON.stringify(notices));
    return seen;
  }

  const leaks = (seen: readonly string[], identity: readonly string[]) => identity.filter((term) => seen.some((text) => text.includes(term) || text.includes(encodeURIComponent(term))));

  beforeAll(async () => {
    t = await openTestApp();
    rounds = { blind: await round('bl-', true), open: await round('nb-', false) };
    t.clock.advanceDays(31);
    for (const current of Object.values(rounds)) {
      await setChallengeStatus(t.deps, current.challengeId, 'under_review');
      await seat(current);
    }
  });
  afterAll(() => t.close());

  it('shows none of the bidder’s names, USCCs, people or file names in any expert-visible response of a blind programme', async () => {
    const seen = await expertVisible(rounds.blind);
    expect(leaks(seen, rounds.blind.identity)).toEqual([]);
    // Experts still get what they judge: the proposal, neutral file names, files that open.
    const shows = (text: string) => seen.some((response) => response.includes(text));
    expect(shows('多光谱成像与轻量化检测网络')).toBe(true);
    expect(shows('附件1.pdf')).toBe(true);
    expect(shows('附件2.docx')).toBe(true);
  });

  it('finds every one of them with the same scan when the programme does not review blind (so the scan can fail)', async () => {
    const seen = await expertVisible(rounds.open);
    // The avoid-list stays with the bidder and the office even then.
    expect(leaks(seen, rounds.open.identity)).toEqual(rounds.open.identity.filter((term) => term !== '刘建国'));
  });

  it('refuses a defence note or venue naming the bidder in a blind programme, saving nothing', async () => {
    const { cast, panelId, bidId } = rounds.blind;
    const leadName = async (round: Round) => (await t.deps.db.selectFrom('organisation').select('name').where('id', '=', round.cast.orgs.leadA).executeTakeFirstOrThrow()).name;
    const officer = await ApiClient.signIn(t.app, cast.username('officer'));
    const [slot] = (await officer.expect(200, 'GET', `/api/panels/${panelId}/defences`)).slots;
    expect(slot.bidId).toBe(bidId);
    const lead = await leadName(rounds.blind);
    const refused = await officer.post(`/api/defence-slots/${slot.id}/outcome`, { outcome: 'cancelled', note: `答辩：${lead}团队申请改期`, version: slot.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'defence.identity_in_blind_text', issues: [{ path: 'body.note', message: expect.stringContaining('blind review') }] });
    expect(refused.body.error.issues).toHaveLength(1);
    const moved = await officer.patch(`/api/defence-slots/${slot.id}`, { venue: `${lead} 3 楼会议室`, version: slot.version });
    expect([moved.status, moved.body.error.rule, ...moved.body.error.issues.map((issue: { path: string }) => issue.path)]).toEqual([409, 'defence.identity_in_blind_text', 'body.venue']);
    expect(await t.deps.db.selectFrom('defence_slot').select(['status', 'venue', 'version']).where('id', '=', slot.id).executeTakeFirstOrThrow()).toEqual({ status: 'scheduled', venue: slot.venue, version: slot.version });
    // The same words are no bidder's name in a programme that does not review blind.
    const open = await ApiClient.signIn(t.app, rounds.open.cast.username('officer'));
    const [openSlot] = (await open.expect(200, 'GET', `/api/panels/${rounds.open.panelId}/defences`)).slots;
    expect((await open.expect(200, 'POST', `/api/defence-slots/${openSlot.id}/outcome`, { outcome: 'cancelled', note: `${await leadName(rounds.open)}团队申请改期` })).status).toBe('cancelled');
  });

  it('refuses to submit a blind bid whose proposal names its units, USCC or PI, and files whose author cannot be removed', async () => {
    const { cast } = rounds.blind;
    const leadB = await ApiClient.signIn(t.app, cast.username('leadB'));
    const piB = await ApiClient.signIn(t.app, cast.username('piB'));
    const challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, title: '电驱壳体装配质量在线监测' });
    const bid = await leadB.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, {
      leadOrgId: cast.orgs.leadB,
      piUserId: cast.users.piB,
      title: '电驱壳体缺陷视觉检测装备',
      technicalProposal: '由宁波视界智能装备有限公司孙总工团队研制结构光三维测量装备。',
      indicatorCommitments: commitments.map((commitment, index) => (index === 1 ? { ...commitment, note: '孙总工负责' } : commitment)),
      budgetFen: 300_000_000,
      leadTask: '全部研发任务',
      leadBudgetShareBp: 10_000,
    });
    const legacy = await upload(leadB, bid.id, '申报书.doc', Buffer.from('legacy word file'));
    expect(legacy.statusCode).toBe(400);
    expect(legacy.json().error.issues[0].path).toBe('querystring.fileName');
    expect((await upload(leadB, bid.id, '申报书.zip', Buffer.from('PK'))).statusCode).toBe(400);

    await piB.expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, {});
    const refused = await leadB.post(`/api/bids/${bid.id}/submit`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('bid.identity_in_blind_proposal');
    expect(refused.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.technicalProposal', 'body.indicatorCommitments.1.note']);

    const revised = await leadB.expect(200, 'PATCH', `/api/bids/${bid.id}`, { technicalProposal: '研制结构光三维测量装备，产线节拍内完成全检。', indicatorCommitments: commitments });
    await piB.expect(200, 'POST', `/api/bids/${bid.id}/pi-commitment`, { version: revised.version });
    expect((await leadB.expect(200, 'POST', `/api/bids/${bid.id}/submit`, {})).status).toBe('submitted');
  });
});

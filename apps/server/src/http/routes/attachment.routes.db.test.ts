import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createEvaluationCast, createOrganisation, createProgramme, createPublishedChallenge, createUser, openTestApp, sampleIndicators, type EvaluationCast, type TestApp } from '@jiebang/test-kit';

const commitments = () => [
  { indicatorKey: 'accuracy', committedValue: 98.5, note: '多光谱成像' },
  { indicatorKey: 'latency', committedValue: 45, note: '边缘端部署' },
  { indicatorKey: 'cost', committedValue: 55, note: '国产化硬件' },
];

describe('attachments API: files of bids and needs (附件)', () => {
  let t: TestApp;
  let cast: EvaluationCast;
  const as: Record<string, ApiClient> = {};
  let challengeId: string;
  let bidId: string;

  const bidOf = (lead: 'leadA' | 'leadB', pi: 'piA' | 'piB') => ({
    leadOrgId: cast.orgs[lead],
    piUserId: cast.users[pi],
    title: '铸件缺陷多光谱在线检测系统研制',
    technicalProposal: '采用可见光与近红外多光谱成像，在压铸产线边缘端实时识别气孔、缩松与裂纹。',
    indicatorCommitments: commitments(),
    budgetFen: 450_000_000,
    leadTask: '总体方案与系统集成',
    leadBudgetShareBp: 10_000,
  });

  /** A raw upload as the browser sends it: the file is the body, its name in the query string. */
  const upload = (client: ApiClient, path: string, fileName: string, content: Buffer, contentType = 'application/octet-stream') =>
    t.app.inject({
      method: 'POST',
      url: `${path}?fileName=${encodeURIComponent(fileName)}`,
      payload: content,
      headers: { 'content-type': contentType, ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
    });
  const download = (client: ApiClient, id: string) => t.app.inject({ method: 'GET', url: `/api/attachments/${id}/content`, headers: { authorization: `Bearer ${client.token}` } });
  const remove = (client: ApiClient, id: string) => t.app.inject({ method: 'DELETE', url: `/api/attachments/${id}`, headers: { authorization: `Bearer ${client.token}` } });

  beforeAll(async () => {
    t = await openTestApp();
    cast = await createEvaluationCast(t.deps);
    for (const key of ['leadA', 'piA', 'member1', 'leadB', 'piB', 'officer', 'expertOutside'] as const) as[key] = await ApiClient.signIn(t.app, cast.username(key));
    challengeId = await createPublishedChallenge(t.deps, { tenantId: cast.tenantId, programmeId: cast.programmeId, demanderOrgId: cast.orgs.demander });
    const consortium = { ...bidOf('leadA', 'piA'), leadBudgetShareBp: 8000, members: [{ organisationId: cast.orgs.member1, task: '多光谱成像模组', budgetShareBp: 2000 }] };
    bidId = (await as.leadA!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, consortium)).id;
  });
  afterAll(() => t.close());

  it('uploads, lists and downloads a file under its Chinese name, byte for byte, with its SM3 digest and audit events', async () => {
    // Every byte value, NUL included: the content is binary, not text.
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n揭榜申报书\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
    const sm3 = createHash('sm3').update(content).digest('hex');
    const uploaded = await upload(as.leadA!, `/api/bids/${bidId}/attachments`, '揭榜申报书（盖章版）.pdf', content, 'application/pdf');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ ownerKind: 'bid', ownerId: bidId, fileName: '揭榜申报书（盖章版）.pdf', contentType: 'application/pdf', sizeBytes: content.length, sm3, uploaderName: '陈经办', actions: ['delete'] });

    const list = await as.leadA!.expect(200, 'GET', `/api/bids/${bidId}/attachments`);
    expect(list.actions).toEqual(['upload']);
    expect(list.items.map((item: { fileName: string }) => item.fileName)).toEqual(['揭榜申报书（盖章版）.pdf']);
    const { id, downloadUrl } = list.items[0];
    expect(downloadUrl).toBe(`/api/attachments/${id}/content`);

    const file = await download(as.leadA!, id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('揭榜申报书（盖章版）.pdf')}`);
    expect(file.headers['x-content-sm3']).toBe(sm3);
    expect(Buffer.compare(file.rawPayload, content)).toBe(0);

    // The bid's other readers may read its files but not change them.
    for (const reader of [as.member1!, as.piA!, as.officer!]) {
      expect((await reader.expect(200, 'GET', `/api/bids/${bidId}/attachments`)).actions).toEqual([]);
      expect(Buffer.compare((await download(reader, id)).rawPayload, content)).toBe(0);
    }
    const memberUpload = await upload(as.member1!, `/api/bids/${bidId}/attachments`, '合作协议.pdf', content);
    expect(memberUpload.statusCode).toBe(403);
    expect(memberUpload.json().error).toMatchObject({ code: 'FORBIDDEN', rule: 'bid.attach' });

    const events = await t.deps.db.selectFrom('audit_event').select(['type', 'payload']).where('aggregate_id', '=', bidId).where('type', 'like', 'bid.attachment%').execute();
    expect(events).toEqual([{ type: 'bid.attachment_added', payload: { attachmentId: id, fileName: '揭榜申报书（盖章版）.pdf', contentType: 'application/pdf', sizeBytes: content.length, sm3 } }]);
  });

  it('hides another bidder’s files (404) and lets only the lead delete, with an audit event', async () => {
    const uploaded = (await upload(as.leadA!, `/api/bids/${bidId}/attachments`, '团队简介.docx', Buffer.from('PK\u0003\u0004 docx'))).json();
    expect(uploaded.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    for (const outsider of [as.leadB!, as.expertOutside!]) {
      expect((await outsider.get(`/api/bids/${bidId}/attachments`)).status).toBe(404);
      expect((await download(outsider, uploaded.id)).statusCode).toBe(404);
      expect((await remove(outsider, uploaded.id)).statusCode).toBe(404);
      expect((await upload(outsider, `/api/bids/${bidId}/attachments`, '冒名.pdf', Buffer.from('x'))).statusCode).toBe(404);
    }
    expect((await remove(as.piA!, uploaded.id)).statusCode).toBe(403);
    expect((await remove(as.leadA!, uploaded.id)).statusCode).toBe(204);
    expect((await download(as.leadA!, uploaded.id)).statusCode).toBe(404);
    const removed = await t.deps.db.selectFrom('audit_event').select('payload').where('aggregate_id', '=', bidId).where('type', '=', 'bid.attachment_removed').executeTakeFirstOrThrow();
    expect(removed.payload).toMatchObject({ attachmentId: uploaded.id, fileName: '团队简介.docx' });
    const timeline = (await as.leadA!.expect(200, 'GET', `/api/bids/${bidId}`)).timeline.map((event: { type: string }) => event.type);
    expect(timeline).toEqual(expect.arrayContaining(['bid.attachment_added', 'bid.attachment_removed']));
  });

  it('answers 400 naming the field for an empty file, a bad name or a disallowed type, and 413 for a file over 20 MB', async () => {
    const path = `/api/bids/${bidId}/attachments`;
    const refused = async (fileName: string, content: Buffer, contentType?: string) => {
      const response = await upload(as.leadA!, path, fileName, content, contentType);
      return { status: response.statusCode, error: response.json().error };
    };
    expect(await refused('申报书.pdf', Buffer.alloc(0))).toMatchObject({ status: 400, error: { code: 'VALIDATION_FAILED', issues: [{ path: 'body', message: 'the file is empty' }] } });
    expect(await refused('../../etc/passwd.txt', Buffer.from('x'))).toMatchObject({ status: 400, error: { issues: [{ path: 'querystring.fileName' }] } });
    expect(await refused('a\\b.txt', Buffer.from('x'))).toMatchObject({ status: 400, error: { issues: [{ path: 'querystring.fileName' }] } });
    expect(await refused('nul\u0000.txt', Buffer.from('x'))).toMatchObject({ status: 400, error: { issues: [{ path: 'querystring.fileName' }] } });
    expect(await refused(`${'长'.repeat(201)}.pdf`, Buffer.from('x'))).toMatchObject({ status: 400, error: { issues: [{ path: 'querystring.fileName' }] } });
    expect(await refused('setup.exe', Buffer.from('MZ'))).toMatchObject({ status: 400, error: { issues: [{ path: 'querystring.fileName', message: expect.stringContaining('not allowed') }] } });
    expect(await refused('说明.pdf', Buffer.from('x'), 'text/html')).toMatchObject({ status: 400, error: { issues: [{ path: 'headers.content-type' }] } });
    const missingName = await t.app.inject({ method: 'POST', url: path, payload: Buffer.from('x'), headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${as.leadA!.token}` } });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json().error.issues[0].path).toBe('querystring.fileName');

    const tooLarge = await refused('数据集.zip', Buffer.alloc(20 * 1024 * 1024 + 1, 1), 'application/zip');
    expect(tooLarge).toMatchObject({ status: 413, error: { code: 'PAYLOAD_TOO_LARGE', issues: [{ path: 'body' }] } });
    const atLimit = await upload(as.leadA!, path, '数据集.zip', Buffer.alloc(20 * 1024 * 1024, 1), 'application/zip');
    expect(atLimit.statusCode).toBe(201);
    expect((await remove(as.leadA!, atLimit.json().id)).statusCode).toBe(204);

    // Other routes still take JSON only.
    const json = await t.app.inject({ method: 'PATCH', url: `/api/bids/${bidId}`, payload: Buffer.from('x'), headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${as.leadA!.token}` } });
    expect(json.statusCode).toBe(400);
  });

  it('refuses to change the files of a submitted bid (409) but still serves them', async () => {
    const draft = await as.leadB!.expect(201, 'POST', `/api/challenges/${challengeId}/bids`, bidOf('leadB', 'piB'));
    const kept = (await upload(as.leadB!, `/api/bids/${draft.id}/attachments`, '承诺书扫描件.png', Buffer.from('\u0089PNG'), 'image/png')).json();
    await as.piB!.expect(200, 'POST', `/api/bids/${draft.id}/pi-commitment`, {});
    await as.leadB!.expect(200, 'POST', `/api/bids/${draft.id}/submit`, {});

    const late = await upload(as.leadB!, `/api/bids/${draft.id}/attachments`, '补充材料.pdf', Buffer.from('%PDF'));
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'bid.attachments_frozen' });
    const deleted = await remove(as.leadB!, kept.id);
    expect(deleted.statusCode).toBe(409);
    const list = await as.leadB!.expect(200, 'GET', `/api/bids/${draft.id}/attachments`);
    expect(list).toMatchObject({ actions: [], items: [{ id: kept.id, actions: [] }] });
    expect((await download(as.officer!, kept.id)).statusCode).toBe(200);
  });

  it('files documents with a need while the demander drafts it; officers read them', async () => {
    const tenantId = cast.tenantId;
    const programmeId = await createProgramme(t.deps, { tenantId });
    const demanderOrgId = await createOrganisation(t.deps, { tenantId, name: '宁波某汽车零部件有限公司' });
    await createUser(t.deps, { tenantId, username: 'att-demander', organisationId: demanderOrgId, grants: [{ role: 'demander', organisationId: demanderOrgId }] });
    await createUser(t.deps, { tenantId, username: 'att-officer', grants: [{ role: 'programme_owner', programmeId }] });
    const demander = await ApiClient.signIn(t.app, 'att-demander');
    const officer = await ApiClient.signIn(t.app, 'att-officer');
    const need = await demander.expect(201, 'POST', `/api/programmes/${programmeId}/needs`, {
      demanderOrgId,
      title: '电驱壳体铸造缺陷在线视觉检测',
      category: 'key_core_technology',
      field: '智能制造',
      problemStatement: '现有人工目检漏检率高。',
      indicators: sampleIndicators(),
      coFundingFen: 50_000_000,
    });
    const uploaded = await upload(demander, `/api/needs/${need.id}/attachments`, '需求论证报告.xlsx', Buffer.from('PK xlsx'));
    expect(uploaded.statusCode).toBe(201);
    expect((await officer.expect(200, 'GET', `/api/needs/${need.id}/attachments`)).items).toHaveLength(1);
    expect((await upload(officer, `/api/needs/${need.id}/attachments`, '意见.txt', Buffer.from('x'))).statusCode).toBe(403);
    expect((await as.leadA!.get(`/api/needs/${need.id}/attachments`)).status).toBe(404);
    await demander.expect(200, 'POST', `/api/needs/${need.id}/submit`, {});
    const late = await upload(demander, `/api/needs/${need.id}/attachments`, '补充.txt', Buffer.from('x'));
    expect(late.json().error).toMatchObject({ code: 'RULE_VIOLATION', rule: 'need.attachments_frozen' });
    const events = await t.deps.db.selectFrom('audit_event').select('type').where('aggregate_id', '=', need.id).where('type', '=', 'need.attachment_added').execute();
    expect(events).toHaveLength(1);
  });
});

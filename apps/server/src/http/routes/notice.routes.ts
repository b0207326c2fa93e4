import { CreateNoticeBody, FileObjectionBody, IdParams, NoticeList, NoticeListQuery, NoticeView, ObjectionList, ObjectionReceiptView, ObjectionView, ReasonedCommand, RuleObjectionBody, VersionedCommand, errorResponses } from '@jiebang/contracts';
import type { ObjectionStatus } from '@jiebang/domain';
import { presentNotice, presentNotices, presentObjection, presentObjections } from '../../presenters/notice.presenter.ts';
import { noticeRepository } from '../../repositories/notice.repository.ts';
import { closeNotice } from '../../use-cases/notice/close-notice.ts';
import { createNotice } from '../../use-cases/notice/create-notice.ts';
import { fileObjection } from '../../use-cases/notice/file-objection.ts';
import { listNotices } from '../../use-cases/notice/list-notices.ts';
import { listObjections } from '../../use-cases/notice/list-objections.ts';
import { loadNoticeFor } from '../../use-cases/notice/load-notice.ts';
import { ruleObjection } from '../../use-cases/notice/rule-objection.ts';
import { withdrawNotice } from '../../use-cases/notice/withdraw-notice.ts';
import { notFound, requireActor, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Public notice 公示'];
const responses = { 200: NoticeView, ...errorResponses };

async function viewNotice(ctx: UseCaseContext, id: string) {
  const { notice } = await loadNoticeFor(ctx.deps.db, ctx, id, 'view');
  return presentNotice(ctx.deps.db, ctx.actor, notice, ctx.deps.now());
}

export function registerNoticeRoutes(app: RouteServer, r: RouteDeps) {
  app.post('/api/challenges/:id/notices', { schema: { tags, summary: 'Publish the proposed winners, and optionally alternates (候补) ranked below them, for public notice; the period is the programme’s noticePeriodDays (officer)', params: IdParams, body: CreateNoticeBody, response: { 201: NoticeView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await createNotice(ctx, request.params.id, request.body);
    return reply.status(201).send(await viewNotice(ctx, id));
  });

  app.get('/api/notices', { schema: { tags, summary: 'Open and recently closed notices (public, no session needed)', querystring: NoticeListQuery, response: { 200: NoticeList, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const notices = await listNotices(ctx, request.query);
    return { items: await presentNotices(ctx.deps.db, ctx.actor, notices, ctx.deps.now()) };
  });

  app.get('/api/notices/:id', { schema: { tags, summary: 'One notice with the proposed units, the alternates and the number of objections (public)', params: IdParams, response: responses } }, async (request) => viewNotice(r.context(request), request.params.id));

  app.post('/api/notices/:id/objections', { schema: { tags, summary: 'Object to a notice during its period (public, no session needed)', params: IdParams, body: FileObjectionBody, response: { 201: ObjectionReceiptView, ...errorResponses } } }, async (request, reply) => {
    const ctx = r.context(request);
    const id = await fileObjection(ctx, request.params.id, request.body);
    const objection = await noticeRepository.findObjection(ctx.deps.db, id);
    if (!objection) throw notFound('objection', id);
    return reply.status(201).send({ id, noticeId: objection.notice_id, bidId: objection.bid_id, status: objection.status as ObjectionStatus, filedAt: objection.filed_at.toISOString() });
  });

  app.get('/api/notices/:id/objections', { schema: { tags, summary: 'The objections with the objectors’ contacts (officer)', params: IdParams, response: { 200: ObjectionList, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const { objections, programmeRef } = await listObjections(ctx, request.params.id);
    return { items: await presentObjections(ctx.deps.db, ctx.actor, objections, programmeRef) };
  });

  app.post('/api/objections/:id/rule', { schema: { tags, summary: 'Rule on an objection: uphold (the bid drops out) or rule out, with reasons (officer)', params: IdParams, body: RuleObjectionBody, response: { 200: ObjectionView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    const noticeId = await ruleObjection(ctx, request.params.id, request.body);
    const { programmeRef } = await loadNoticeFor(ctx.deps.db, ctx, noticeId, 'view');
    const objection = await noticeRepository.findObjection(ctx.deps.db, request.params.id);
    if (!objection) throw notFound('objection', request.params.id);
    return presentObjection(ctx.deps.db, ctx.actor, objection, programmeRef);
  });

  app.post('/api/notices/:id/close', { schema: { tags, summary: 'Close after the full period with every objection ruled (officer)', params: IdParams, body: VersionedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await closeNotice(ctx, request.params.id, request.body);
    return viewNotice(ctx, request.params.id);
  });

  app.post('/api/notices/:id/withdraw', { schema: { tags, summary: 'Withdraw an open notice to publish a corrected one (officer)', params: IdParams, body: ReasonedCommand, response: responses } }, async (request) => {
    const ctx = r.context(request);
    requireActor(ctx);
    await withdrawNotice(ctx, request.params.id, request.body);
    return viewNotice(ctx, request.params.id);
  });
}

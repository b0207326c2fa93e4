import { DefenceScheduleView, DefenceSlotView, IdParams, RecordDefenceOutcomeBody, ScheduleDefencesBody, UpdateDefenceSlotBody, errorResponses } from '@jiebang/contracts';
import { defenceRepository } from '../../repositories/defence.repository.ts';
import { getDefenceSchedule } from '../../use-cases/defence/get-defence-schedule.ts';
import { recordDefenceOutcome } from '../../use-cases/defence/record-defence-outcome.ts';
import { scheduleDefences } from '../../use-cases/defence/schedule-defences.ts';
import { updateDefenceSlot } from '../../use-cases/defence/update-defence-slot.ts';
import { notFound, type UseCaseContext } from '../../use-cases/use-case-context.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Defence 答辩'];
const slotResponses = { 200: DefenceSlotView, ...errorResponses };

/** One slot as the officer now sees it in the panel's schedule (its place in the order included). */
async function viewSlot(ctx: UseCaseContext, slotId: string) {
  const slot = await defenceRepository.findSlot(ctx.deps.db, slotId);
  if (!slot) throw notFound('defence_slot', slotId);
  const view = (await getDefenceSchedule(ctx, slot.panel_id)).slots.find((item) => item.id === slotId);
  if (!view) throw notFound('defence_slot', slotId);
  return view;
}

export function registerDefenceRoutes(app: RouteServer, r: RouteDeps) {
  app.get(
    '/api/panels/:id/defences',
    { schema: { tags, summary: 'The defence schedule (答辩/路演安排) of a panel (officer; the panel’s accepted experts, anonymised in a blind programme)', params: IdParams, response: { 200: DefenceScheduleView, ...errorResponses } } },
    async (request) => getDefenceSchedule(r.context(request), request.params.id),
  );

  app.post(
    '/api/panels/:id/defences',
    {
      schema: {
        tags,
        summary: 'Plan the defences: one slot per bid under review or shortlisted from startsAt, replacing the slots not yet held; each lead organisation is told its own slot (officer; panel scoring or closed)',
        params: IdParams,
        body: ScheduleDefencesBody,
        response: { 200: DefenceScheduleView, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = r.context(request);
      await scheduleDefences(ctx, request.params.id, request.body);
      return getDefenceSchedule(ctx, request.params.id);
    },
  );

  app.patch('/api/defence-slots/:id', { schema: { tags, summary: 'Move a scheduled defence: time, length, format or venue; never onto another slot (officer)', params: IdParams, body: UpdateDefenceSlotBody, response: slotResponses } }, async (request) => {
    const ctx = r.context(request);
    await updateDefenceSlot(ctx, request.params.id, request.body);
    return viewSlot(ctx, request.params.id);
  });

  app.post('/api/defence-slots/:id/outcome', { schema: { tags, summary: 'Record a defence as held, absent (the bidder did not come) or cancelled, with a note (officer)', params: IdParams, body: RecordDefenceOutcomeBody, response: slotResponses } }, async (request) => {
    const ctx = r.context(request);
    await recordDefenceOutcome(ctx, request.params.id, request.body);
    return viewSlot(ctx, request.params.id);
  });
}

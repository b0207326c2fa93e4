import { defineLifecycle } from '../shared/lifecycle.ts';

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_EVENTS = ['activate', 'close'] as const;
export type ProgrammeEvent = (typeof PROGRAMME_EVENTS)[number];

/** A programme collects needs and publishes challenges while active; closing it stops new needs and challenges. */
export const programmeLifecycle = defineLifecycle<ProgrammeStatus, ProgrammeEvent>('programme', PROGRAMME_EVENTS, {
  draft: { activate: 'active', close: 'closed' },
  active: { close: 'closed' },
  closed: {},
});

import { defineLifecycle } from '../shared/lifecycle.ts';

export const PANEL_ROLES = ['technical', 'industry', 'finance', 'legal', 'demander'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export const PANEL_STATUSES = ['forming', 'scoring', 'closed'] as const;
export type PanelStatus = (typeof PANEL_STATUSES)[number];
export const PANEL_EVENTS = ['open_scoring', 'close_scoring'] as const;
export type PanelEvent = (typeof PANEL_EVENTS)[number];

/** A review panel is formed by the officer, scores while open, and is closed before ranking is final. */
export const panelLifecycle = defineLifecycle<PanelStatus, PanelEvent>('review_panel', PANEL_EVENTS, {
  forming: { open_scoring: 'scoring' },
  scoring: { close_scoring: 'closed' },
  closed: {},
});

import { defineLifecycle } from '../shared/lifecycle.ts';

export const NOTICE_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_EVENTS = ['close', 'withdraw'] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/** 公示: a proposed result is public for the programme's notice period; anyone may object while it is open. */
export const noticeLifecycle = defineLifecycle<NoticeStatus, NoticeEvent>('public_notice', NOTICE_EVENTS, {
  open: { close: 'closed', withdraw: 'withdrawn' },
  closed: {},
  withdrawn: {},
});

export const OBJECTION_STATUSES = ['filed', 'upheld', 'ruled_out'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_EVENTS = ['uphold', 'rule_out'] as const;
export type ObjectionEvent = (typeof OBJECTION_EVENTS)[number];

/** 异议: filed by the public during the notice period, then upheld (the result changes) or ruled out. */
export const objectionLifecycle = defineLifecycle<ObjectionStatus, ObjectionEvent>('objection', OBJECTION_EVENTS, {
  filed: { uphold: 'upheld', rule_out: 'ruled_out' },
  upheld: {},
  ruled_out: {},
});

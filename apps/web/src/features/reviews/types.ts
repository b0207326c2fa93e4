import type { AcceptInvitationBody, BidView, DeclineInvitationBody, DefenceScheduleView, ExpertAssignmentsView, ReviewScoreView, SubmitScoreBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type Assignments = z.infer<typeof ExpertAssignmentsView>;
export type Assignment = Assignments['items'][number];
export type AssignmentBid = Assignment['bids'][number];
export type RubricCriterion = Assignment['rubric'][number];
export type PanelStatus = Assignment['panelStatus'];
export type PanelRole = Assignment['panelRole'];
export type ReviewScore = z.infer<typeof ReviewScoreView>;
export type SubmitScoreInput = z.input<typeof SubmitScoreBody>;
export type Bid = z.infer<typeof BidView>;
export type BidStatus = Bid['status'];
export type InvitationStatus = Assignment['invitationStatus'];
export type AcceptInvitationInput = z.input<typeof AcceptInvitationBody>;
export type DeclineInvitationInput = z.input<typeof DeclineInvitationBody>;
export type DefenceSchedule = z.infer<typeof DefenceScheduleView>;
export type DefenceSlot = DefenceSchedule['slots'][number];

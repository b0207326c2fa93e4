import type { AwardView, ChallengeAwardList, ChallengeResultsView, ChallengeView, ExpertProfileView, NoticeList, ObjectionList, PanelView, RankingView, ShortlistResultView } from '@jiebang/contracts';
import type { z } from 'zod';

export type Panel = z.infer<typeof PanelView>;
export type PanelMember = Panel['members'][number];
export type PanelRole = PanelMember['panelRole'];
export type Ranking = z.infer<typeof RankingView>;
export type RankingItem = Ranking['items'][number];
export type ShortlistResult = z.infer<typeof ShortlistResultView>;
export type Expert = z.infer<typeof ExpertProfileView>;
export type Notice = z.infer<typeof NoticeList>['items'][number];
export type Objection = z.infer<typeof ObjectionList>['items'][number];
export type Award = z.infer<typeof AwardView>;
export type AwardList = z.infer<typeof ChallengeAwardList>;
export type Results = z.infer<typeof ChallengeResultsView>;
export type Challenge = z.infer<typeof ChallengeView>;
export type TimelineEntry = Panel['timeline'][number];

export const PANEL_ROLES = ['technical', 'industry', 'finance', 'legal', 'demander'] as const satisfies readonly PanelRole[];

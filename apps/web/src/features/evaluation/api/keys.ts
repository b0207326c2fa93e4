export const enc = encodeURIComponent;

/** Query keys of one challenge's evaluation: every mutation refreshes the whole set (they change each other). */
export const evaluationKeys = {
  all: (challengeId: string) => ['evaluation', challengeId] as const,
  challenge: (challengeId: string) => ['evaluation', challengeId, 'challenge'] as const,
  panel: (challengeId: string) => ['evaluation', challengeId, 'panel'] as const,
  ranking: (challengeId: string) => ['evaluation', challengeId, 'ranking'] as const,
  notices: (challengeId: string) => ['evaluation', challengeId, 'notices'] as const,
  objections: (challengeId: string, noticeId: string) => ['evaluation', challengeId, 'objections', noticeId] as const,
  awards: (challengeId: string) => ['evaluation', challengeId, 'awards'] as const,
  results: (challengeId: string) => ['evaluation', challengeId, 'results'] as const,
  experts: ['evaluation', 'experts'] as const,
};

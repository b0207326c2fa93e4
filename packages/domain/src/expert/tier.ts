/**
 * 库别: the pool keeps a general pool and a major-project pool. 《深圳市科技计划项目评审专家管理办法》 reserves
 * projects of 1000万元 or more for experts of the major-project pool; those experts may also review general ones.
 */
export const EXPERT_TIERS = ['general', 'major'] as const;
export type ExpertTier = (typeof EXPERT_TIERS)[number];

/** 1000万元 in fen. */
export const MAJOR_PROJECT_THRESHOLD_FEN = 1_000_000_000;

export function requiredExpertTier(budgetFen: number): ExpertTier {
  return budgetFen >= MAJOR_PROJECT_THRESHOLD_FEN ? 'major' : 'general';
}

export function expertTierQualifies(expertTier: ExpertTier, required: ExpertTier): boolean {
  return required === 'general' || expertTier === 'major';
}

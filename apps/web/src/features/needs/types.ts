import type { CreateNeedBody, NeedView, Page, ProgrammeSummary, UpdateNeedBody } from '@jiebang/contracts';
import type { z } from 'zod';

export type Need = z.infer<typeof NeedView>;
export type NeedStatus = Need['status'];
export type NeedCategory = Need['category'];
export type NeedIndicator = Need['indicators'][number];
export type CreateNeedInput = z.input<typeof CreateNeedBody>;
export type UpdateNeedInput = z.input<typeof UpdateNeedBody>;
export type Programme = z.infer<typeof ProgrammeSummary>;
export type ProgrammePage = z.infer<ReturnType<typeof Page<typeof ProgrammeSummary>>>;

export const NEED_CATEGORIES = ['key_core_technology', 'industry_common_technology', 'results_transformation'] as const satisfies readonly NeedCategory[];

import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The officer's defence schedule (答辩安排) on the review page. */
export const useDefenceT = createNamespace('evaluationDefence', { 'zh-CN': zhCN, en });

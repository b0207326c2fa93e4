import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** Strings of the public notice board, the objection form and the results board. */
export const useNoticesT = createNamespace('notices', { 'zh-CN': zhCN, en });

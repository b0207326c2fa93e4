import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The header entry's own tiny bundle, so the header does not pull the whole reviews namespace into every page. */
export const useExpertNavT = createNamespace('reviewsNav', { 'zh-CN': zhCN, en });

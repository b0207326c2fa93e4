import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The header entry's own tiny bundle, so the header does not pull the whole needs namespace into every page. */
export const useDemanderNavT = createNamespace('needsNav', { 'zh-CN': zhCN, en });

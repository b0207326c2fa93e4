import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** Organisation registration strings, in their own namespace beside the feature. */
export const useOrganisationsT = createNamespace('organisations', { 'zh-CN': zhCN, en });

import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The expert pool's strings (office pages, registration, the expert's own profile), in their own namespace. */
export const useExpertsT = createNamespace('experts', { 'zh-CN': zhCN, en });

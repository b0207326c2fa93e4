import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

export const useAssignmentT = createNamespace('assignment', { 'zh-CN': zhCN, en });

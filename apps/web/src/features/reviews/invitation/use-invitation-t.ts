import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The invitation card, its two answers and the expert's defence schedule. */
export const useInvitationT = createNamespace('reviewsInvitation', { 'zh-CN': zhCN, en });

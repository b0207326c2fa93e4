import { createNamespace } from '@/i18n/namespace';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

/** The bidder portal's strings, in their own namespace beside the feature. */
export const useBidsT = createNamespace('bids', { 'zh-CN': zhCN, en });

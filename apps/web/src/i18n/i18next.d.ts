import 'i18next';
import type zhCN from './zh-CN.json';

/** Every `t('…')` key is checked against zh-CN.json at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { usePrefersReducedMotion } from '@/hooks/use-prefers-reduced-motion';
import { i18n } from '@/i18n';
import { createQueryClient } from '@/lib/query-client';

export const THEME = {
  token: {
    colorPrimary: '#c0262d',
    colorLink: '#b3261e',
    colorInfo: '#1d5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
} as const;

/**
 * antd follows the i18next language (component texts, DatePicker) and renders through one theme. Users who ask their
 * system for reduced motion (WCAG 2.3.3) get dialogs, drawers and messages without zoom and slide animations.
 */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => (reducedMotion ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME), [reducedMotion]);
  return (
    // No space forced between two Chinese characters in buttons (登录, not 登 录).
    <ConfigProvider locale={current.language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <AntdLocale>{children}</AntdLocale>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

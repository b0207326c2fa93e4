import { App } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame of an officer's page: its own antd App context (messages, modals) and the document title
 * "<page> · <app name>". What goes in it (the office sub-nav, the tabs, the feature) is the route's.
 */
export function OfficePage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${title} · ${t('app.name')}`}</title>
        {children}
      </div>
    </App>
  );
}

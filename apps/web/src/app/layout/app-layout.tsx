import { Layout, Menu, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Logo } from '@/components/logo';
import { RouteLoading } from '@/components/route-loading';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useBidderNavItems } from '@/features/bids/components/bidder-nav';
import { useContractsNavItems } from '@/features/contracts/components/contracts-nav';
import { useOfficeNavItems } from '@/features/office/components/office-nav';
import { useDemanderNavItems } from '@/features/needs/components/demander-nav';
import { useTesterNavItems } from '@/features/outcomes/components/tester-nav';
import { useExpertNavItems } from '@/features/reviews/components/expert-nav';
import { useExpertProfileNavItems } from '@/features/experts/components/expert-profile-nav';

const NAV = [
  { key: '/', label: 'nav.home' },
  { key: '/hall', label: 'nav.hall' },
  { key: '/notices', label: 'nav.notices' },
] as const;

const selectedNav = (pathname: string): string =>
  pathname === '/' ? '/' : pathname.startsWith('/hall') || pathname.startsWith('/challenges') ? '/hall' : pathname.startsWith('/notices') || pathname.startsWith('/results') ? '/notices' : '';

/** Header (logo, navigation, language, user), the routed page, footer. Pages load lazily inside. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const officeNav = useOfficeNavItems();
  const portalNav = [...useExpertNavItems(), ...useExpertProfileNavItems(), ...useTesterNavItems(), ...useDemanderNavItems(), ...useBidderNavItems(), ...useContractsNavItems()];
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="app-logo-link">
            <Logo />
          </Link>
          <Menu
            mode="horizontal"
            className="app-nav"
            selectedKeys={[pathname.startsWith('/office') ? '/office' : pathname.startsWith('/expert/profile') ? '/expert/profile' : pathname.startsWith('/expert') ? '/expert' : pathname.startsWith('/tester') ? '/tester' : pathname.startsWith('/demander') ? '/demander' : pathname.startsWith('/bidder') ? '/bidder' : pathname.startsWith('/contracts') ? '/contracts' : pathname === '/register' ? '/register' : selectedNav(pathname)]}
            items={[...NAV.map((item) => ({ key: item.key, label: <Link to={item.key}>{t(item.label)}</Link> })), ...officeNav, ...portalNav]}
          />
          <div className="app-header-tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <Typography.Text type="secondary">
          {t('footer.text')} · <a href="/api/docs">{t('footer.apiDocs')}</a> · <a href="/api/challenges">{t('footer.openData')}</a>
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}

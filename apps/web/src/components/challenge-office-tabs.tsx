import { Menu } from 'antd';
import { Link } from 'react-router';
import { createNamespace } from '@/i18n/namespace';

/** A handful of labels shared by several office features' pages, so they live here rather than in any one feature's bundle. */
const useTabsT = createNamespace('challengeOfficeTabs', {
  'zh-CN': { label: '榜单办理', overview: '概况', bids: '投标', review: '评审', notice: '公示与立项' },
  en: { label: 'Challenge office', overview: 'Overview', bids: 'Bids', review: 'Review', notice: 'Notice & award' },
});

export const CHALLENGE_OFFICE_TABS = ['overview', 'bids', 'review', 'notice'] as const;
export type ChallengeOfficeTab = (typeof CHALLENGE_OFFICE_TABS)[number];

const PATHS: Record<ChallengeOfficeTab, string> = { overview: '', bids: '/bids', review: '/review', notice: '/notice' };

/** 概况 / 投标 / 评审 / 公示与立项: the office's pages of one challenge, as links (open in a new tab works too). */
export function ChallengeOfficeTabs({ challengeId, current }: { challengeId: string; current: ChallengeOfficeTab }) {
  const { t } = useTabsT();
  return (
    <nav aria-label={t('label')} className="challenge-office-tabs">
      <Menu
        mode="horizontal"
        style={{ background: 'transparent' }}
        selectedKeys={[current]}
        items={CHALLENGE_OFFICE_TABS.map((tab) => ({
          key: tab,
          label: (
            <Link to={`/office/challenges/${encodeURIComponent(challengeId)}${PATHS[tab]}`} aria-current={tab === current ? 'page' : undefined}>
              {t(tab)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

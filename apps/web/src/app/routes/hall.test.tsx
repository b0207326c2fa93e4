import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChallengeListItem, ChallengePage } from '@/features/challenges/types';
import { setLanguage } from '@/i18n';
import { mockFetch, renderPage } from '@/testing/render';
import HallRoute from './hall';

const challenge = (overrides: Partial<ChallengeListItem>): ChallengeListItem => ({
  id: '10223dae-e32f-4cd3-a9c8-b9368ed09372',
  code: 'NB-2026-JBGS-007',
  versionNo: 1,
  title: '高精度伺服电机绝对式编码器芯片国产化',
  field: '集成电路',
  budgetFen: 300_000_000,
  bidDeadline: '2099-01-20T01:00:00.000Z',
  status: 'published',
  allocationMode: 'open_challenge',
  maxWinners: 1,
  programmeId: '872ecdda-9669-4946-af17-7b84a52cf27c',
  programmeName: '2026 年度宁波市科技创新“揭榜挂帅”项目',
  issuer: '宁波市科学技术局',
  regionCode: '330200',
  groupId: null,
  groupSequence: null,
  publishedAt: '2026-11-14T05:58:58.867Z',
  actions: [],
  ...overrides,
});

const page = (items: ChallengeListItem[], total = items.length): ChallengePage => ({ items, total, page: 1, pageSize: 12 });

const hallPage = page([
  challenge({}),
  challenge({ id: 'fb7b7956-3718-4664-ae8e-2609b44a4b41', code: 'SY-2026-GJJS-002', title: '液压支架立柱激光熔覆耐蚀涂层工艺', status: 'awarded', budgetFen: 180_000_000, issuer: '沈阳市科学技术局', regionCode: '210100', bidDeadline: '2026-01-15T01:00:00.000Z' }),
]);

const hallRequests = (urls: URL[]) => urls.filter((url) => url.pathname === '/api/challenges' && url.searchParams.get('pageSize') !== '100');

describe('the challenge hall', () => {
  it('renders the cards from the API, money in 万元 and statuses in Chinese', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: hallPage }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<HallRoute />, { route: '/hall' });

    expect(await screen.findByText('高精度伺服电机绝对式编码器芯片国产化')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '揭榜大厅' })).toBeTruthy();
    expect(screen.getByText('共找到 2 项榜单')).toBeTruthy();
    expect(screen.getByText('300万元')).toBeTruthy();
    expect(screen.getByText('180万元')).toBeTruthy();

    const openCard = screen.getByText('高精度伺服电机绝对式编码器芯片国产化').closest('.challenge-card') as HTMLElement;
    expect(within(openCard).getByText('揭榜中')).toBeTruthy();
    expect(within(openCard).getByText('宁波市科学技术局')).toBeTruthy();
    expect(within(openCard).getByText('浙江省')).toBeTruthy();
    expect(within(openCard).getByText(/^剩余 \d+ 天/)).toBeTruthy();
    const awardedCard = screen.getByText('液压支架立柱激光熔覆耐蚀涂层工艺').closest('.challenge-card') as HTMLElement;
    expect(within(awardedCard).getByText('已揭榜')).toBeTruthy();

    const [request] = hallRequests(urls);
    expect(Object.fromEntries(request?.searchParams ?? [])).toEqual({ sort: 'published', order: 'desc', page: '1', pageSize: '12' });
  });

  it('sends the filters in the URL to the API', async () => {
    const { fetchMock, urls } = mockFetch(() => ({ body: page([]) }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<HallRoute />, { route: '/hall?q=芯片&status=awarded&region=33&minBudgetFen=1000000&sort=deadline-asc&page=2' });

    expect(await screen.findByText('没有符合筛选条件的榜单。')).toBeTruthy();
    const [request] = hallRequests(urls);
    expect(Object.fromEntries(request?.searchParams ?? [])).toEqual({
      q: '芯片',
      status: 'awarded',
      regionCode: '33',
      minBudgetFen: '1000000',
      sort: 'deadline',
      order: 'asc',
      page: '2',
      pageSize: '12',
    });
    // Once in the filter panel, once in the empty state.
    expect(screen.getAllByRole('button', { name: /清除筛选/ })).toHaveLength(2);
  });

  it('says so when the hall is empty', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ body: page([]) })).fetchMock);
    renderPage(<HallRoute />, { route: '/hall' });
    expect(await screen.findByText('大厅里还没有已发布的榜单。')).toBeTruthy();
  });

  it('shows the error with a retry when the API fails', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } })).fetchMock);
    renderPage(<HallRoute />, { route: '/hall' });
    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('服务器内部错误，请稍后重试。')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });

  it('speaks English after the language switch, with budgets in millions', async () => {
    await setLanguage('en');
    vi.stubGlobal('fetch', mockFetch(() => ({ body: hallPage })).fetchMock);
    renderPage(<HallRoute />, { route: '/hall' });
    expect(await screen.findByText('2 challenges found')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Challenge hall' })).toBeTruthy();
    expect(screen.getByText('¥3M')).toBeTruthy();
    expect(screen.getByText('Open for bids')).toBeTruthy();
    expect(localStorage.getItem('jiebang.language')).toBe('en');
  });
});

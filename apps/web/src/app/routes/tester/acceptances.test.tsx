import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { acceptance, ACCEPTANCE, CONTRACT, stubApi } from '@/features/outcomes/testing/fixtures';
import type { Acceptance, TesterAcceptance } from '@/features/outcomes/types';
import { renderPage } from '@/testing/render';
import TesterAcceptanceRoute from './acceptance';
import TesterAcceptancesRoute from './acceptances';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

const line = (overrides: Partial<TesterAcceptance> = {}): TesterAcceptance => ({
  id: ACCEPTANCE,
  contractId: CONTRACT,
  challengeId: 'fb7b7956-3718-4664-ae8e-2609b44a4b41',
  challengeTitle: '五轴联动数控机床高精度热误差补偿技术',
  challengeCode: 'NB-2026-JB-007',
  leadOrgName: '宁波东海精密机械有限公司',
  piName: '陈立明',
  status: 'open',
  requestedAt: '2026-03-01T02:00:00.000Z',
  indicatorCount: 2,
  measuredCount: 1,
  version: 2,
  actions: ['record_verdict'],
  ...overrides,
});

const pages = (route: string) =>
  renderPage(
    <Routes>
      <Route path="/tester" element={<TesterAcceptancesRoute />} />
      <Route path="/tester/acceptances/:id" element={<TesterAcceptanceRoute />} />
    </Routes>,
    { route },
  );

describe('验收测评任务 (tester worklist)', () => {
  it('lists the open acceptances with the project names and measuring progress, and opens one', async () => {
    const api = stubApi((request) => (request.path === '/api/testers/me/acceptances' ? { body: { items: [line()] } } : { body: acceptance({ actions: ['record_verdict'] }) }));
    vi.stubGlobal('fetch', api.fetchMock);
    pages('/tester');

    expect(await screen.findByRole('heading', { name: '验收测评任务' }, SLOW)).toBeTruthy();
    const row = (await screen.findByText('五轴联动数控机床高精度热误差补偿技术', undefined, SLOW)).closest('tr') as HTMLElement;
    expect(within(row).getByText('NB-2026-JB-007')).toBeTruthy();
    expect(within(row).getByText('宁波东海精密机械有限公司')).toBeTruthy();
    expect(within(row).getByText('陈立明')).toBeTruthy();
    expect(within(row).getByText('已测 1 / 2 项')).toBeTruthy();
    expect(within(row).getByText('2026-03-01 10:00')).toBeTruthy();
    expect(within(row).getByRole('button', { name: /测\s*评/ })).toBeTruthy();

    fireEvent.click(within(row).getByRole('link', { name: '五轴联动数控机床高精度热误差补偿技术' }));
    expect(await screen.findByRole('heading', { name: '五轴联动数控机床高精度热误差补偿技术' }, SLOW)).toBeTruthy();
    expect(await screen.findByRole('button', { name: '录入实测值：热误差补偿后定位精度' }, SLOW)).toBeTruthy();
    expect(api.sent.map((request) => request.path)).toContain(`/api/acceptances/${ACCEPTANCE}`);
  });

  it('offers only "view" when the server gives no action', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: { items: [line({ actions: [], measuredCount: 2 })] } })).fetchMock);
    pages('/tester');
    const row = (await screen.findByText('五轴联动数控机床高精度热误差补偿技术', undefined, SLOW)).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: /查\s*看/ })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /测\s*评/ })).toBeNull();
  });

  it('says so when nothing waits for testing, and shows the error with a retry when the list fails', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: { items: [] } })).fetchMock);
    const { unmount } = pages('/tester');
    expect(await screen.findByText('目前没有待测评的项目验收。', undefined, SLOW)).toBeTruthy();
    unmount();

    vi.stubGlobal('fetch', stubApi(() => ({ status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } })).fetchMock);
    pages('/tester');
    expect(await screen.findByRole('alert', undefined, SLOW)).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });
});

describe('验收测评 (one acceptance, as the tester)', () => {
  it('records a measured value with the officer’s dialog, offers no conclusion, and refreshes the worklist', async () => {
    let current: Acceptance = acceptance({ actions: ['record_verdict'] });
    const api = stubApi((request) => {
      if (request.path === '/api/testers/me/acceptances') return { body: { items: [line({ measuredCount: current.indicators.filter((entry) => entry.measuredValue !== null).length })] } };
      if (request.method === 'POST') {
        current = acceptance({
          version: 3,
          actions: ['record_verdict'],
          indicators: current.indicators.map((entry) => (entry.indicator.key === 'uptime' ? { ...entry, measuredValue: 760, judged: 'passed', verdict: 'passed', evidence: 'JC-2026-118', recordedAt: '2026-03-05T02:00:00.000Z' } : entry)),
        });
      }
      return { body: current };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    pages(`/tester/acceptances/${ACCEPTANCE}`);

    expect(await screen.findByRole('heading', { name: '五轴联动数控机床高精度热误差补偿技术' }, SLOW)).toBeTruthy();
    expect(screen.getByText('NB-2026-JB-007')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '录入实测值：连续运行稳定性' }, SLOW));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('spinbutton'), { target: { value: '760' } });
    fireEvent.change(within(dialog).getByLabelText('测评依据'), { target: { value: 'JC-2026-118' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(api.posts()).toEqual([expect.objectContaining({ path: `/api/acceptances/${ACCEPTANCE}/verdicts`, body: { indicatorKey: 'uptime', measuredValue: 760, evidence: 'JC-2026-118', version: 2 } })]));
    expect(await screen.findByText('760 h')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: '作出验收结论' })).toBeNull();
    await waitFor(() => expect(api.sent.filter((request) => request.path === '/api/testers/me/acceptances')).toHaveLength(2));
  });

  it('shows "not found" for an acceptance the tester may not see', async () => {
    vi.stubGlobal('fetch', stubApi((request) => (request.path === '/api/testers/me/acceptances' ? { body: { items: [] } } : { status: 404, body: { error: { code: 'NOT_FOUND', message: 'acceptance not found' } } })).fetchMock);
    pages(`/tester/acceptances/${ACCEPTANCE}`);
    expect(await screen.findByRole('alert', undefined, SLOW)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '验收测评' })).toBeTruthy();
  });
});

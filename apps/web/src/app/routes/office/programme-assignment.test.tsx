import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import type { AssignmentRun } from '@/features/assignment/types';
import { AS_CHALLENGE_1, AS_PROGRAMME, AS_RUN, assignmentRun, board, DIGEST, runSummary } from './assignment-fixtures';
import { recordingFetch } from './evaluation-fixtures';
import OfficeProgrammeAssignmentRoute from './programme-assignment';

// Role queries skip jsdom's slow visibility check (`hidden: true`): antd's CSS-in-JS makes getComputedStyle costly.
// ECharts draws on a canvas, which jsdom lacks; the chart gets its series as props, which is what we check.
vi.mock('@/features/assignment/components/load-chart', () => ({
  default: ({ names, before, proposed, caps }: { names: string[]; before: number[]; proposed: number[]; caps: number[] }) => (
    <ul aria-label="loads">
      {names.map((name, index) => (
        <li key={name}>{`${name}=${before[index]}+${proposed[index]}/${caps[index]}`}</li>
      ))}
    </ul>
  ),
}));

function renderAssignment() {
  renderPage(
    <Routes>
      <Route path="/office/programmes/:id/assignment" element={<OfficeProgrammeAssignmentRoute />} />
    </Routes>,
    { route: `/office/programmes/${AS_PROGRAMME}/assignment` },
  );
}

const confirmPopover = async () => fireEvent.click(within(await screen.findByRole('tooltip', { hidden: true })).getByRole('button', { name: '确定', hidden: true }));

describe('专家遴选 (expert assignment), for the programme office', () => {
  it('runs a seeded draw for the chosen challenges with the quotas, then shows panels, alternates, loads, exclusions and the record', async () => {
    let runs: AssignmentRun[] = [];
    const { fetchMock, sent } = recordingFetch(({ method, path }) => {
      if (path === `/api/programmes/${AS_PROGRAMME}/assignment-runs` && method === 'POST') {
        runs = [assignmentRun()];
        return { status: 201, body: runs[0] };
      }
      if (path === `/api/programmes/${AS_PROGRAMME}/assignment-runs`) return { body: board({ runs: runs.map(runSummary) }) };
      if (path === `/api/assignment-runs/${AS_RUN}`) return { body: assignmentRun() };
      return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no' } } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAssignment();

    const table = await screen.findByRole('table', { name: '可遴选的榜单', hidden: true }, { timeout: 5000 });
    expect(within(table).getByText('重大项目')).toBeTruthy();
    expect(within(table).getByText('技术专家 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始遴选', hidden: true }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('尚无遴选记录')).toBeTruthy();

    fireEvent.click(within(table).getByRole('checkbox', { name: '新能源汽车一体化压铸件缺陷智能检测', hidden: true }));
    fireEvent.click(screen.getByRole('radio', { name: '随机抽取', hidden: true }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: '随机种子', hidden: true }), { target: { value: '42' } });
    const technical = screen.getByRole('spinbutton', { name: '技术专家名额', hidden: true });
    expect((technical as HTMLInputElement).value).toBe('3');
    fireEvent.change(technical, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '开始遴选', hidden: true }));

    expect(await screen.findByText('遴选完成，共拟定 3 个席位，请核对后采用', {}, { timeout: 5000 })).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: `/api/programmes/${AS_PROGRAMME}/assignment-runs`, body: { challengeIds: [AS_CHALLENGE_1], mode: 'random', seed: 42, quotas: { technical: 2, industry: 1, finance: 1, legal: 0 } } },
    ]);
    const seats = await screen.findByRole('table', { name: '新能源汽车一体化压铸件缺陷智能检测 拟定专家', hidden: true }, { timeout: 5000 });
    expect(within(seats).getByText('许视觉')).toBeTruthy();
    expect(within(seats).getByText('宁波大学')).toBeTruthy();
    expect(within(seats).getByText('0.814')).toBeTruthy();
    const alternates = screen.getByRole('table', { name: '新能源汽车一体化压铸件缺陷智能检测 候补专家', hidden: true });
    expect(within(alternates).getByText('技术专家 #1')).toBeTruthy();
    expect(within(alternates).getByText('韩模具')).toBeTruthy();
    expect(await screen.findByText('许视觉=2+1/5', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('需回避 1')).toBeTruthy();
    expect(screen.getByText('评审期内不可用 2')).toBeTruthy();
    expect(screen.getByText(DIGEST)).toBeTruthy();
    expect(screen.getAllByText('42')).toHaveLength(2); // the record and the history
    expect(screen.getByText('2026-03-02 ~ 2026-03-16')).toBeTruthy();
    for (const name of ['采用并发出邀请', '废弃', '复算核验']) expect(screen.getByRole('button', { name, hidden: true })).toBeTruthy();
    const history = screen.getByRole('table', { name: '遴选记录', hidden: true });
    expect(within(history).getByText('1 个榜单 · 3 个席位')).toBeTruthy();
  });

  it('replays a run (一致 ✓, or the differences), applies it, and then offers only the replay', async () => {
    let current = assignmentRun();
    let identical = true;
    const { fetchMock, sent } = recordingFetch(({ method, path }) => {
      if (path === `/api/programmes/${AS_PROGRAMME}/assignment-runs`) return { body: board({ runs: [runSummary(current)] }) };
      if (path === `/api/assignment-runs/${AS_RUN}/replay`) {
        return { body: identical ? { identical: true, digest: DIGEST, digestMatches: true, objective: 1.873215, differences: [] } : { identical: false, digest: 'ff', digestMatches: false, objective: 1.5, differences: ['input digest ff differs from the recorded 5f1c'] } };
      }
      if (path === `/api/assignment-runs/${AS_RUN}/apply` && method === 'POST') {
        current = assignmentRun({ status: 'applied', appliedAt: '2026-03-02T03:00:00.000Z', actions: ['replay'] });
        return { body: current };
      }
      if (path === `/api/assignment-runs/${AS_RUN}`) return { body: current };
      return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no' } } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAssignment();

    // The first paint waits for the board, then the run: allow a slow machine time.
    fireEvent.click(await screen.findByRole('button', { name: '复算核验', hidden: true }, { timeout: 5000 }));
    expect(await screen.findByText('复算一致 ✓', {}, { timeout: 5000 })).toBeTruthy();
    identical = false;
    // The button's loading icon may still be fading out (jsdom runs no CSS motion), hence the pattern.
    fireEvent.click(await screen.findByRole('button', { name: /复算核验/, hidden: true }));
    expect(await screen.findByText('复算结果与记录不一致', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('input digest ff differs from the recorded 5f1c')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '采用并发出邀请', hidden: true }));
    await confirmPopover();
    expect(await screen.findByText('已采用，评审邀请已发出', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '采用并发出邀请', hidden: true })).toBeNull());
    expect(screen.queryByRole('button', { name: '废弃', hidden: true })).toBeNull();
    expect(screen.getByRole('button', { name: /复算核验/, hidden: true })).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([`/api/assignment-runs/${AS_RUN}/replay`, `/api/assignment-runs/${AS_RUN}/replay`, `/api/assignment-runs/${AS_RUN}/apply`]);
  });

  it('shows a refused run in the officer’s words and the field the server names', async () => {
    const { fetchMock } = recordingFetch(({ method, path }) => {
      if (path === `/api/programmes/${AS_PROGRAMME}/assignment-runs` && method === 'POST') {
        return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'body.quotas: at least one role needs a seat', issues: [{ path: 'body.quotas.technical', message: 'at least one role needs a seat' }] } } };
      }
      if (path === `/api/programmes/${AS_PROGRAMME}/assignment-runs`) return { body: board() };
      return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no' } } };
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAssignment();

    fireEvent.click(within(await screen.findByRole('table', { name: '可遴选的榜单', hidden: true }, { timeout: 5000 })).getByRole('checkbox', { name: '压铸模具寿命预测与智能维护', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: '开始遴选', hidden: true }));
    expect(await screen.findByText('遴选未完成', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('at least one role needs a seat', { selector: '.ant-form-item-explain-error' })).toBeTruthy();
  });

  it('says so when the caller is not an officer of the programme', async () => {
    vi.stubGlobal('fetch', recordingFetch(() => ({ status: 403, body: { error: { code: 'FORBIDDEN', rule: 'assignment_run.view', message: 'You may not assignment_run view' } } })).fetchMock);
    renderAssignment();
    expect(await screen.findByText('未找到', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开始遴选', hidden: true })).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import { acceptance, ACCEPTANCE, contract, CONTRACT, stubApi } from '../testing/fixtures';
import type { Acceptance, Contract } from '../types';
import { AcceptanceTab } from './acceptance-tab';

const show = (view: Contract) =>
  renderPage(
    <App component={false}>
      <AcceptanceTab contract={view} />
    </App>,
  );

const confirmPopover = async () => {
  const popover = await screen.findByRole('tooltip');
  fireEvent.click(within(popover).getByRole('button', { name: '确定' }));
};

describe('AcceptanceTab', () => {
  it('lets the PI request acceptance when the server offers it, with the contract version', async () => {
    const api = stubApi(() => ({ status: 201, body: acceptance() }));
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'active', actions: ['request_acceptance'] }));
    expect(screen.getByText('尚未申请验收')).toBeTruthy();
    fireEvent.click(screen.getByText('第 1 节点：完成热误差建模与补偿算法'));
    expect(await screen.findByText('已完成 12 个温度测点的热误差建模，补偿后定位误差降至 4 μm。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '申请验收' }));
    await confirmPopover();
    await waitFor(() => expect(api.posts()).toEqual([expect.objectContaining({ path: `/api/contracts/${CONTRACT}/acceptance`, body: { version: 7 } })]));
  });

  it('offers no request button without the action', () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: {} })).fetchMock);
    show(contract({ status: 'active', actions: [] }));
    expect(screen.getByText('尚未申请验收')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '申请验收' })).toBeNull();
  });

  it('shows each indicator with target and threshold, and records a measured value leaving the verdict to the server', async () => {
    let current: Acceptance = acceptance();
    const api = stubApi((request) => {
      if (request.method === 'POST') {
        const measured = acceptance().indicators.map((line) => (line.indicator.key === 'accuracy' ? { ...line, measuredValue: 4.2, judged: 'passed_with_conditions' as const, verdict: 'passed_with_conditions' as const, evidence: 'NB-CS-2026-031', recordedAt: '2026-03-05T02:00:00.000Z' } : line));
        current = acceptance({ version: 3, indicators: measured });
      }
      return { body: current };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ acceptances: [acceptance()] }));
    expect(await screen.findByText('热误差补偿后定位精度')).toBeTruthy();
    expect(screen.getByText('≤ 3 μm')).toBeTruthy();
    expect(screen.getByText('≤ 5 μm')).toBeTruthy();
    expect(screen.getByText('≥ 720 h')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '录入实测值：热误差补偿后定位精度' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/默认按实测值与目标值、最低可接受值比较/)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('spinbutton'), { target: { value: '4.2' } });
    fireEvent.change(within(dialog).getByPlaceholderText('第三方测评报告编号、现场测试记录等'), { target: { value: 'NB-CS-2026-031' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]).toMatchObject({ path: `/api/acceptances/${ACCEPTANCE}/verdicts`, body: { indicatorKey: 'accuracy', measuredValue: 4.2, evidence: 'NB-CS-2026-031', version: 2 } });
    expect(api.posts()[0]!.body).not.toHaveProperty('verdict');
    expect(await screen.findByText('4.2 μm')).toBeTruthy();
    expect(screen.getAllByText('有条件通过').length).toBeGreaterThan(0);
  });

  it('sends an explicit verdict with its condition note and shows the server’s field message beside the field', async () => {
    const api = stubApi((request) =>
      request.method === 'POST'
        ? { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'invalid', issues: [{ path: 'body.conditionNote', message: 'is required to record "passed" when the measured value earns "failed"' }] } } }
        : { body: acceptance() },
    );
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ acceptances: [acceptance()] }));
    fireEvent.click(await screen.findByRole('button', { name: '录入实测值：连续运行稳定性' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('spinbutton'), { target: { value: '700' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('通过'));
    fireEvent.change(await within(dialog).findByPlaceholderText('另行认定的理由及整改条件'), { target: { value: ' ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]!.body).toEqual({ indicatorKey: 'uptime', measuredValue: 700, evidence: '', verdict: 'passed', version: 2 });
    expect(await within(dialog).findByText('is required to record "passed" when the measured value earns "failed"')).toBeTruthy();
  });

  it('offers neither recording nor concluding without the actions', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: acceptance({ actions: [] }) })).fetchMock);
    show(contract({ acceptances: [acceptance({ actions: [] })] }));
    expect(await screen.findByText('热误差补偿后定位精度')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /录入实测值/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '作出验收结论' })).toBeNull();
  });

  it('concludes after a confirmation that names the outcome the verdicts add up to', async () => {
    const measured = acceptance().indicators.map((line) => ({ ...line, measuredValue: line.indicator.target, judged: 'passed' as const, verdict: line.indicator.key === 'uptime' ? ('failed' as const) : ('passed' as const), recordedAt: '2026-03-05T02:00:00.000Z' }));
    const open = acceptance({ indicators: measured, version: 4 });
    const api = stubApi((request) => ({ body: request.method === 'POST' ? acceptance({ ...open, status: 'concluded', outcome: 'failed', actions: [], version: 5 }) : open }));
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ acceptances: [open] }));
    fireEvent.click(await screen.findByRole('button', { name: '作出验收结论' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('不通过')).toBeTruthy();
    fireEvent.change(within(dialog).getByPlaceholderText('对照任务书的考核指标与成果形式，写明验收意见'), { target: { value: '连续运行未达 720 小时，验收不通过。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '作出验收结论' }));
    expect(await screen.findByText(/确认验收不通过？结论作出后不可更改/)).toBeTruthy();
    expect(api.posts()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]).toMatchObject({ path: `/api/acceptances/${ACCEPTANCE}/conclude`, body: { summary: '连续运行未达 720 小时，验收不通过。', version: 4 } });
  });
});

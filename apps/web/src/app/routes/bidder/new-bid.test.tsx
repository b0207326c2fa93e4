import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fillCompleteBid, json, renderForm, serverWith, type } from './bid-form-fixtures';
import { bid, CHALLENGE_ID, ORG_ID } from './fixtures';

describe('the bid form', () => {
  it('labels every input, shows target and threshold beside each commitment, and totals the shares live', async () => {
    vi.stubGlobal('fetch', serverWith(async () => json({})));
    renderForm();
    expect(await screen.findByLabelText('方案名称')).toBeTruthy();
    expect(screen.getByText('目标 5')).toBeTruthy();
    expect(screen.getByText('门槛 8')).toBeTruthy();
    expect(screen.getByText('经费占比合计：100%')).toBeTruthy();
    type('牵头单位经费占比（%）', '60');
    expect(await screen.findByText('经费占比合计：60%')).toBeTruthy();
    expect(screen.getByText('合计须为 100%')).toBeTruthy();
  });

  it('keeps what was typed in this browser when the autosave fails, and restores it after a reload', async () => {
    const write = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', serverWith(write));
    const first = renderForm();
    await fillCompleteBid();
    fireEvent.focusOut(screen.getByLabelText('牵头单位任务'));
    await waitFor(() => expect(write).toHaveBeenCalled());
    expect(await screen.findByText('未保存，已在本机保留')).toBeTruthy();

    first.unmount();
    renderForm();
    expect(((await screen.findByLabelText('方案名称')) as HTMLInputElement).value).toBe('基于数字孪生的热误差实时补偿系统');
    expect((screen.getByLabelText('申请经费（万元）') as HTMLInputElement).value).toBe('300.00');
    expect(screen.getByText('未保存，已在本机保留')).toBeTruthy();
    expect(screen.getByText('已恢复本机保留的未保存内容')).toBeTruthy();
  });

  it('creates the server draft on the first save (万元 → fen), then PATCHes only what changed with the version', async () => {
    const bodies: { method: string; path: string; body: Record<string, unknown> }[] = [];
    let version = 1;
    vi.stubGlobal(
      'fetch',
      serverWith(async (url, init) => {
        bodies.push({ method: String(init?.method), path: url.pathname, body: JSON.parse(String(init?.body)) as Record<string, unknown> });
        return json(bid({ version: version++ }), init?.method === 'POST' ? 201 : 200);
      }),
    );
    renderForm();
    await fillCompleteBid();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ method: 'POST', path: `/api/challenges/${CHALLENGE_ID}/bids`, body: { leadOrgId: ORG_ID, budgetFen: 300_000_000, leadBudgetShareBp: 10_000, indicatorCommitments: [{ indicatorKey: 'thermal_error', committedValue: 4 }, { indicatorKey: 'models', committedValue: 3 }] } });
    expect(await screen.findByText(/^已保存/)).toBeTruthy();

    type('方案名称', '热误差实时补偿系统（二期）');
    fireEvent.focusOut(screen.getByLabelText('方案名称'));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ method: 'PATCH', path: `/api/bids/${bid().id}`, body: { title: '热误差实时补偿系统（二期）', version: 1 } });
  });

  it('does not autosave a half-filled consortium member: it stays in this browser until the row is complete', async () => {
    const bodies: { method: string; path: string }[] = [];
    vi.stubGlobal(
      'fetch',
      serverWith(async (url, init) => {
        bodies.push({ method: String(init?.method), path: url.pathname });
        return json(bid({ version: 1 }), init?.method === 'POST' ? 201 : 200);
      }),
    );
    renderForm();
    await fillCompleteBid();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(await screen.findByText(/^已保存/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /添加联合参与单位/ }));
    type('成员 1 任务分工', '样机测试与产线示范');
    fireEvent.focusOut(screen.getByLabelText('成员 1 任务分工'));
    expect(await screen.findByText('未保存，已在本机保留')).toBeTruthy();
    // No organisation and no share yet: the server would refuse the member, so nothing is sent.
    expect(bodies).toEqual([{ method: 'POST', path: `/api/challenges/${CHALLENGE_ID}/bids` }]);
  });

  it('shows the server’s field errors at the fields', async () => {
    vi.stubGlobal(
      'fetch',
      serverWith(async () =>
        json({ error: { code: 'VALIDATION_FAILED', message: 'invalid', issues: [{ path: 'body.budgetFen', message: 'must be at most 100000000000' }, { path: 'body.indicatorCommitments.1.committedValue', message: 'is required' }] } }, 400),
      ),
    );
    renderForm();
    await fillCompleteBid();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    const budgetItem = (await screen.findByText('must be at most 100000000000')).closest('.ant-form-item');
    expect(budgetItem?.querySelector('#budgetWan')).toBeTruthy();
    expect(screen.getByText('未保存，已在本机保留')).toBeTruthy();
  });
});

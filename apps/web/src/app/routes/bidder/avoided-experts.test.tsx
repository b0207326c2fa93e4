import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fillCompleteBid, json, renderForm, serverWith, type } from './bid-form-fixtures';
import { bid } from './fixtures';

const section = () => screen.getByText('申请回避专家').closest('.ant-card') as HTMLElement;

describe('申请回避专家 in the bid form', () => {
  it('adds and removes experts up to the programme’s limit and sends them with the bid', async () => {
    const bodies: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      serverWith(
        async (_url, init) => {
          bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
          return json(bid({ version: 1 }), 201);
        },
        { blindReview: false, avoidListMax: 2 },
      ),
    );
    renderForm();
    await fillCompleteBid();
    expect(within(section()).getByText(/每项申请最多 2 人/)).toBeTruthy();
    fireEvent.click(within(section()).getByRole('button', { name: /添加回避专家/ }));
    fireEvent.click(within(section()).getByRole('button', { name: /添加回避专家/ }));
    expect((within(section()).getByRole('button', { name: /已达本计划上限（2 人）/ }) as HTMLButtonElement).disabled).toBe(true);
    type('专家姓名（第 1 位）', '刘建国');
    type('所在单位（第 1 位，用于区分同名专家，可不填）', '宁波大学');
    type('回避理由（第 1 位）', '该专家担任竞争单位技术顾问');
    type('专家姓名（第 2 位）', '王某');
    fireEvent.click(within(section()).getByRole('button', { name: '删除第 2 位回避专家' }));
    expect(within(section()).getByRole('button', { name: /添加回避专家/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ avoidedExperts: [{ name: '刘建国', organisationName: '宁波大学', reason: '该专家担任竞争单位技术顾问' }] });
  });

  it('shows the server’s limit error in the section', async () => {
    vi.stubGlobal('fetch', serverWith(async () => json({ error: { code: 'VALIDATION_FAILED', message: 'invalid', issues: [{ path: 'body.avoidedExperts', message: "at most 3 experts may be named (the programme's limit), got 4" }] } }, 400)));
    renderForm();
    await fillCompleteBid();
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await within(section()).findByText(/at most 3 experts may be named/)).toBeTruthy();
  });

  it('takes none when the programme allows none, and warns of blind review', async () => {
    vi.stubGlobal('fetch', serverWith(async () => json({}), { blindReview: true, avoidListMax: 0 }));
    renderForm();
    await screen.findByLabelText('方案名称');
    expect(within(section()).getByText('本计划不接受申请回避专家。')).toBeTruthy();
    expect(within(section()).queryByRole('button', { name: /添加回避专家/ })).toBeNull();
    expect(screen.getByText(/本计划实行盲评/)).toBeTruthy();
  });
});

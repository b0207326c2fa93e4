import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DefenceSection } from '@/features/evaluation/defence/defence-section';
import type { DefenceSchedule, DefenceSlot } from '@/features/evaluation/defence/types';
import { mockFetch, renderPage } from '@/testing/render';
import { EVAL_CHALLENGE, PANEL_ID, panel } from './evaluation-fixtures';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };
const SLOT_1 = '7a0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f01';
const SLOT_2 = '7a0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f02';

const slot = (overrides: Partial<DefenceSlot>): DefenceSlot => ({
  id: SLOT_1,
  panelId: PANEL_ID,
  bidId: '8a0b3c44-6c1f-4c5c-8d2b-1c5d8a7e6f01',
  sequence: 1,
  bidTitle: '一体化压铸件 X 射线智能检测系统',
  leadOrgName: '宁波东海精工',
  startsAt: '2026-12-01T01:00:00.000Z',
  endsAt: '2026-12-01T01:30:00.000Z',
  format: 'onsite',
  venue: '市科技局 3 楼会议室',
  status: 'scheduled',
  note: '',
  version: 1,
  actions: ['update', 'record_outcome'],
  timeline: [],
  ...overrides,
});

const schedule = (): DefenceSchedule => ({
  panelId: PANEL_ID,
  challengeId: EVAL_CHALLENGE,
  challengeTitle: '新能源汽车一体化压铸件缺陷智能检测',
  panelStatus: 'scoring',
  blind: false,
  slots: [slot({}), slot({ id: SLOT_2, sequence: 2, bidTitle: '压铸缺陷视觉检测装备', leadOrgName: '西安光电', status: 'held', note: '答辩顺利', actions: [], startsAt: '2026-12-01T01:40:00.000Z', endsAt: '2026-12-01T02:10:00.000Z' })],
  schedulableBids: [],
  actions: ['schedule_defences'],
});

function serve(answer: (url: URL, method: string) => { status?: number; body: unknown } | undefined) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    if (method !== 'GET') sent.push({ method, path: url.pathname, body: JSON.parse(String(init?.body)) });
    const custom = answer(url, method);
    const fallback = url.pathname.endsWith('/panel') ? { body: panel({ status: 'scoring' }) } : { body: schedule() };
    return mockFetch(() => custom ?? fallback).fetchMock(input, init);
  });
  return sent;
}

const renderSection = () => renderPage(<DefenceSection challengeId={EVAL_CHALLENGE} />, { route: `/office/challenges/${EVAL_CHALLENGE}/review` });

describe('答辩安排 on the officer’s review page', () => {
  it('lists the slots in Beijing time with the buttons the server offers', async () => {
    serve(() => undefined);
    renderSection();
    const row = (await screen.findByText('一体化压铸件 X 射线智能检测系统', undefined, SLOW)).closest('tr') as HTMLElement;
    expect(within(row).getByText('2026-12-01 09:00–09:30')).toBeTruthy();
    expect(within(row).getByText('现场答辩')).toBeTruthy();
    expect(within(row).getByText('已安排')).toBeTruthy();
    expect(within(row).getByRole('button', { name: '调整' })).toBeTruthy();
    const held = screen.getByText('压铸缺陷视觉检测装备').closest('tr') as HTMLElement;
    expect(within(held).getByText('已答辩')).toBeTruthy();
    expect(within(held).getByText('答辩顺利')).toBeTruthy();
    expect(within(held).queryByRole('button')).toBeNull();
  });

  it('generates the schedule from a Beijing start time, confirming the replacement of slots not yet held', async () => {
    const sent = serve(() => undefined);
    renderSection();
    const start = await screen.findByLabelText('开始时间（北京时间）', undefined, SLOW);
    fireEvent.mouseDown(start);
    fireEvent.change(start, { target: { value: '2099-12-01 09:00' } });
    fireEvent.keyDown(start, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(screen.getByLabelText('每场时长（分钟）'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('地点 / 会议号'), { target: { value: ' 市科技局 3 楼第一会议室 ' } });
    fireEvent.click(screen.getByRole('button', { name: '生成答辩安排' }));
    const confirm = await waitFor(() => {
      const popover = document.querySelector<HTMLElement>('.ant-popconfirm');
      if (!popover) throw new Error('no confirmation');
      return popover;
    }, SLOW);
    fireEvent.click(within(confirm).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(sent).toHaveLength(1), SLOW);
    expect(sent[0]).toEqual({ method: 'POST', path: `/api/panels/${PANEL_ID}/defences`, body: { startsAt: '2099-12-01T01:00:00.000Z', minutesEach: 40, gapMinutes: 10, format: 'onsite', venue: '市科技局 3 楼第一会议室' } });
  });

  it('records an outcome with the slot’s version, and says why the server refused one', async () => {
    const sent = serve((url) =>
      url.pathname.endsWith('/outcome') && sent.length === 1 ? { status: 409, body: { error: { code: 'RULE_VIOLATION', message: 'The defence starts at …', rule: 'defence.not_started' } } } : undefined,
    );
    renderSection();
    const row = (await screen.findByText('一体化压铸件 X 射线智能检测系统', undefined, SLOW)).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '记录结果' }));
    const dialog = await screen.findByRole('dialog', { name: '记录答辩结果' }, SLOW);
    fireEvent.click(within(dialog).getByRole('radio', { name: '缺席' }));
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '未到场' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /记\s*录/ }));
    await waitFor(() => expect(sent).toEqual([{ method: 'POST', path: `/api/defence-slots/${SLOT_1}/outcome`, body: { outcome: 'absent', note: '未到场', version: 1 } }]), SLOW);
    expect(await screen.findByText('操作未成功：答辩尚未开始，开始后才能记录已答辩或缺席。', undefined, SLOW)).toBeTruthy();
  });

  it('puts a blind-review refusal at the field it names, in the officer’s words and with the name the server found', async () => {
    const found = 'names a bidder (“宁波视界智能装备有限公司”); the experts of a blind review (盲评) read this text';
    const sent = serve((url) =>
      url.pathname.endsWith('/outcome')
        ? { status: 409, body: { error: { code: 'RULE_VIOLATION', message: 'This programme reviews blind (盲评): …', rule: 'defence.identity_in_blind_text', issues: [{ path: 'body.note', message: found }] } } }
        : undefined,
    );
    renderSection();
    const row = (await screen.findByText('一体化压铸件 X 射线智能检测系统', undefined, SLOW)).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '记录结果' }));
    const dialog = await screen.findByRole('dialog', { name: '记录答辩结果' }, SLOW);
    fireEvent.click(within(dialog).getByRole('radio', { name: '取消答辩' }));
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '宁波视界智能装备有限公司申请改期' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /记\s*录/ }));
    await waitFor(() => expect(sent).toHaveLength(1), SLOW);
    const noteItem = within(dialog).getByLabelText('备注').closest('.ant-form-item') as HTMLElement;
    expect(await within(noteItem).findByText('本项目为盲评，评审专家能看到每场答辩的地点和备注，请删去其中任何揭榜单位的名称、统一社会信用代码或人员姓名。', undefined, SLOW)).toBeTruthy();
    expect(within(noteItem).getByText(found)).toBeTruthy();
    expect(screen.queryByText(/操作未成功/)).toBeNull();
  });

  it('moves a slot: the edited Beijing time, length and venue go with the version', async () => {
    const sent = serve(() => undefined);
    renderSection();
    const row = (await screen.findByText('一体化压铸件 X 射线智能检测系统', undefined, SLOW)).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '调整' }));
    const dialog = await screen.findByRole('dialog', { name: '调整答辩安排' }, SLOW);
    expect((within(dialog).getByLabelText('开始时间（北京时间）') as HTMLInputElement).value).toBe('2026-12-01 09:00');
    expect((within(dialog).getByLabelText('时长（分钟）') as HTMLInputElement).value).toBe('30');
    fireEvent.click(within(dialog).getByRole('radio', { name: '线上路演' }));
    fireEvent.change(within(dialog).getByLabelText('地点 / 会议'), { target: { value: '腾讯会议 123-456-789' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1), SLOW);
    expect(sent[0]).toEqual({ method: 'PATCH', path: `/api/defence-slots/${SLOT_1}`, body: { startsAt: '2026-12-01T01:00:00.000Z', minutes: 30, format: 'online', venue: '腾讯会议 123-456-789', version: 1 } });
  });
});

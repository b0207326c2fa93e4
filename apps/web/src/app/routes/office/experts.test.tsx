import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { APPLICANT_ID, EXPERT_ID, expert, FIELDS } from '@/features/experts/testing/fixtures';
import { FakeXhr } from '@/testing/fake-xhr';
import { mockFetch, renderPage } from '@/testing/render';
import OfficeExpertsRoute from './experts';

const SLOW = { timeout: 10_000 };
const APPLICANT = expert({ userId: APPLICANT_ID, displayName: '黎明轩', status: 'pending', tier: 'general', panelRole: 'industry', fieldCodes: ['C36'], currentLoad: 0, applicationNote: '从事汽车零部件研发 15 年', actions: ['view', 'edit', 'approve', 'reject', 'view_history'] });

/** A national expert a city officer may draw but not manage: the server gives the drawing view. */
const DRAWN = expert({ actions: ['view'] });
const DRAWN_DETAIL = { ...DRAWN, personalData: false, username: null, phone: null, email: null, relations: null };

function serve(detail?: unknown) {
  const { fetchMock, urls } = mockFetch((url) => {
    if (url.pathname === '/api/expert-fields') return { body: { items: FIELDS } };
    if (detail && url.pathname === `/api/experts/${EXPERT_ID}`) return { body: detail };
    if (url.pathname === '/api/experts') return { body: url.searchParams.get('status') === 'pending' ? { items: [APPLICANT], total: 1, page: 1, pageSize: 100 } : { items: [detail === DRAWN_DETAIL ? DRAWN : expert()], total: 1, page: 1, pageSize: 20 } };
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'not found' } } };
  });
  vi.stubGlobal('fetch', fetchMock);
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return urls;
}

const button = (text: string) => {
  const found = screen.getByText(text).closest('button');
  if (!found) throw new Error(`no button ${text}`);
  return found;
};

const show = () =>
  renderPage(
    <Routes>
      <Route path="/office/experts" element={<OfficeExpertsRoute />} />
    </Routes>,
    { route: '/office/experts' },
  );

const chooseFile = (name: string) => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File(['PK'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })] } });
};

describe('the office’s expert pool', () => {
  it('lists experts with their fields as catalogue labels, load against cap, and the buttons their actions allow', async () => {
    serve();
    show();
    expect(await screen.findByText('周文涛', {}, SLOW)).toBeTruthy();
    expect(await screen.findByText('汽车制造业')).toBeTruthy();
    expect(screen.getByText('仪器仪表制造业')).toBeTruthy();
    expect(screen.getByText('重大项目库')).toBeTruthy();
    expect(screen.getByText('2 / 5')).toBeTruthy();
    // getByRole walks the whole antd table in jsdom (minutes); the buttons' own text is enough here.
    expect(button('编辑')).toBeTruthy();
    expect(button('暂停使用')).toBeTruthy();
    expect(screen.queryByText('恢复使用')).toBeNull();
  }, 60_000);

  it('checks an uploaded roster and shows every problem by row and column, offering no import until the file is clean', async () => {
    serve();
    show();
    fireEvent.click(await screen.findByText('批量导入', {}, SLOW));
    expect(screen.getByText('下载导入模板').closest('a')?.getAttribute('href')).toBe('/api/experts/import-template');

    chooseFile('专家名单.xlsx');
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(FakeXhr.last.url).toBe('/api/experts/import?dryRun=true');
    FakeXhr.last.answer(200, {
      dryRun: true,
      rowCount: 3,
      created: 0,
      experts: [],
      passwordNotice: 'no usable password',
      errors: [
        { row: 3, column: '领域代码', field: 'fieldCodes.0', message: 'Z99 is not a field code of the catalogue (GB/T 4754-2017 division, e.g. C36)' },
        { row: 3, column: '评审上限', field: 'loadCap', message: 'must be a whole number from 0 to 100' },
        { row: 4, column: '用户名', field: 'username', message: 'repeats the username of row 2' },
      ],
    });
    expect(await screen.findByText('共 3 行，发现 3 处问题。请修改文件后重新上传，存在问题时不会导入任何一行。')).toBeTruthy();
    const table = screen.getByText('行号').closest('table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', '领域代码', 'Z99 不是行业分类目录中的领域代码'],
      ['3', '评审上限', '须为 0–100 的整数'],
      ['4', '用户名', '与第 2 行的用户名重复'],
    ]);
    expect(screen.queryByText(/确认导入/)).toBeNull();

    chooseFile('专家名单-修订.xlsx');
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    FakeXhr.last.answer(200, { dryRun: true, rowCount: 3, created: 0, experts: [], passwordNotice: '', errors: [] });
    fireEvent.click(await screen.findByText('确认导入 3 位专家'));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(3));
    expect(FakeXhr.last.url).toBe('/api/experts/import?dryRun=false');
    expect((FakeXhr.last.body as File).name).toBe('专家名单-修订.xlsx');
    FakeXhr.last.answer(200, { dryRun: false, rowCount: 3, created: 3, errors: [], passwordNotice: '', experts: [] });
    expect(await screen.findByText('已导入 3 位专家。')).toBeTruthy();
  }, 60_000);

  it('opens an expert it may only draw in the drawing view: no contact data, relations or history', async () => {
    serve(DRAWN_DETAIL);
    show();
    expect(await screen.findByText('周文涛', {}, SLOW)).toBeTruthy();
    fireEvent.click(button('查看'));
    const drawer = await screen.findByRole('dialog', {}, SLOW);
    expect(await within(drawer).findByText(/联系方式和申报的回避关系仅对专家库管理单位可见/, {}, SLOW)).toBeTruthy();
    expect(within(drawer).getByText('机器视觉检测')).toBeTruthy();
    expect(within(drawer).getByText('教授')).toBeTruthy();
    expect(within(drawer).queryByText('联系方式')).toBeNull();
    expect(within(drawer).queryByRole('tab', { name: '申报的回避关系' })).toBeNull();
    expect(within(drawer).queryByRole('tab', { name: '变更记录' })).toBeNull();
  }, 60_000);

  it('opens an expert of a pool it manages with the relations the expert declared', async () => {
    serve({ ...expert(), personalData: true, username: 'zhou_wt', phone: '13800001111', email: null, relations: [{ id: APPLICANT_ID, kind: 'relative', personName: '周敏', organisationId: null, organisationName: '', year: null, note: '配偶', createdAt: '2026-01-05T02:00:00.000Z' }] });
    show();
    expect(await screen.findByText('周文涛', {}, SLOW)).toBeTruthy();
    fireEvent.click(button('编辑'));
    const drawer = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.click(await within(drawer).findByRole('tab', { name: '申报的回避关系' }, SLOW));
    expect(await within(drawer).findByText('周敏', {}, SLOW)).toBeTruthy();
    expect(within(drawer).getByRole('tab', { name: '变更记录' })).toBeTruthy();
  }, 60_000);

  it('asks for a reason before rejecting an application and sends it with the version read', async () => {
    const urls = serve();
    const fetchSpy = vi.fn(globalThis.fetch);
    vi.stubGlobal('fetch', fetchSpy);
    show();
    fireEvent.click(await screen.findByText('待审核申请', {}, SLOW));
    expect(await screen.findByText('从事汽车零部件研发 15 年')).toBeTruthy();
    fireEvent.click(button('不通过'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(urls.some((url) => url.pathname.endsWith('/reject'))).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '从事评审工作不满三年' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(urls.some((url) => url.pathname === `/api/experts/${APPLICANT_ID}/reject`)).toBe(true));
    const post = fetchSpy.mock.calls.find(([input]) => String(input).endsWith('/reject'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ version: 3, reason: '从事评审工作不满三年' });
  }, 60_000);
});

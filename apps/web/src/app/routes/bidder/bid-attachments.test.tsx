import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/testing/fake-xhr';
import { renderPage } from '@/testing/render';
import { BID_ID, bid, CHALLENGE_ID, challenge, me, ORG_ID } from './fixtures';
import EditBidRoute from './edit-bid';
import NewBidRoute from './new-bid';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const attachment = (id: string, fileName: string, sizeBytes: number, actions = ['delete']) => ({
  id,
  ownerKind: 'bid',
  ownerId: BID_ID,
  fileName,
  contentType: 'application/pdf',
  sizeBytes,
  sm3: 'a1b2c3d4'.repeat(8),
  uploadedAt: '2026-11-10T02:00:00.000Z',
  uploaderName: '陈经办',
  downloadUrl: `/api/attachments/${id}/content`,
  actions,
});
const FILED = attachment('7d1e6a4e-9c1d-4f8e-a0e2-7c0a3d5b9e11', '揭榜申报书（盖章版）.pdf', 1_572_864);
const NEW = attachment('8e2f7b5f-9c1d-4f8e-a0e2-7c0a3d5b9e11', '团队简介.pdf', 2048);

/** Reads answered from `files` (changed by the test); DELETEs recorded. */
function server(files: { items: unknown[]; actions: string[] }) {
  const deletes: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    if (method === 'DELETE') {
      deletes.push(url.pathname);
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/auth/me') return json(me);
    if (url.pathname === `/api/organisations/${ORG_ID}/members`) return json({ items: [{ id: me.userId, displayName: '陈经办', roles: ['bidder_org'] }] });
    if (url.pathname === `/api/organisations/${ORG_ID}`) return json({ id: ORG_ID, name: '东海理工大学' });
    if (url.pathname === `/api/challenges/${CHALLENGE_ID}`) return json(challenge);
    if (url.pathname === `/api/bids/${BID_ID}`) return json(bid());
    if (url.pathname === `/api/bids/${BID_ID}/attachments`) return json(files);
    return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
  });
  return { fetchMock, deletes };
}

const renderEdit = () =>
  renderPage(
    <Routes>
      <Route path="/bidder/bids/:id/edit" element={<EditBidRoute />} />
    </Routes>,
    { route: `/bidder/bids/${BID_ID}/edit` },
  );

const chooseFile = (file: File) => {
  const input = document.querySelector<HTMLInputElement>('.attachment-dragger input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
};

describe('attachments in the bid form', () => {
  it('lists the bid’s files with size and download link, uploads with progress to the bid’s URL, and deletes after confirmation', async () => {
    const files = { items: [FILED] as unknown[], actions: ['upload'] };
    const { fetchMock, deletes } = server(files);
    vi.stubGlobal('fetch', fetchMock);
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    renderEdit();

    // The whole form renders first: give a busy test machine time.
    expect(await screen.findByText('1.5 MB', {}, { timeout: 10_000 })).toBeTruthy();
    const link = screen.getByText('揭榜申报书（盖章版）.pdf').closest('a');
    expect(link?.getAttribute('href')).toBe(`/api/attachments/${FILED.id}/content`);
    expect(screen.getByText('共 1 个')).toBeTruthy();

    chooseFile(new File(['x'.repeat(2048)], '团队简介.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.url).toBe(`/api/bids/${BID_ID}/attachments?fileName=${encodeURIComponent('团队简介.pdf')}`);
    expect(xhr.headers['content-type']).toBe('application/pdf');
    expect((xhr.body as File).name).toBe('团队简介.pdf');

    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1024, total: 2048 });
    await waitFor(() => expect(document.querySelector('.attachment-dragger .ant-progress')?.getAttribute('aria-valuenow')).toBe('50'));

    files.items = [FILED, NEW];
    xhr.answer(201, NEW);
    expect((await screen.findByText('团队简介.pdf', { selector: '.attachment-name *, .attachment-name' })).closest('a')?.getAttribute('href')).toBe(`/api/attachments/${NEW.id}/content`);
    expect(await screen.findByText('共 2 个')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '删除附件 团队简介.pdf' }));
    const confirm = await screen.findByText('确定删除附件「团队简介.pdf」？删除后不可恢复。');
    expect(deletes).toEqual([]);
    const popover = confirm.closest('.ant-popover') as HTMLElement;
    files.items = [FILED];
    fireEvent.click(within(popover).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(deletes).toEqual([`/api/attachments/${NEW.id}`]));
  }, 60_000);

  it('shows the server’s refusal of an upload in words, and does not send a file of a refused type', async () => {
    const files = { items: [] as unknown[], actions: ['upload'] };
    vi.stubGlobal('fetch', server(files).fetchMock);
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    renderEdit();
    expect(await screen.findByText('暂无附件', {}, { timeout: 10_000 })).toBeTruthy();
    chooseFile(new File(['%PDF'], '补充材料.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0]!.answer(409, { error: { code: 'RULE_VIOLATION', message: 'The bid is submitted', rule: 'bid.attachments_frozen' } });
    expect(await screen.findByText('补充材料.pdf：申请已提交或已截止，不能再增删附件')).toBeTruthy();

    // A file the server would refuse is not sent at all.
    chooseFile(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    expect(await screen.findByText(/setup\.exe：不支持该文件类型/)).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('says uploads wait for the first save on a new bid', async () => {
    vi.stubGlobal('fetch', server({ items: [], actions: [] }).fetchMock);
    renderPage(
      <Routes>
        <Route path="/bidder/challenges/:challengeId/bid" element={<NewBidRoute />} />
      </Routes>,
      { route: `/bidder/challenges/${CHALLENGE_ID}/bid` },
    );
    expect(await screen.findByText(/附件需挂在已保存的申请上/, {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('shows files read-only when the API offers no upload', async () => {
    vi.stubGlobal('fetch', server({ items: [attachment(FILED.id, FILED.fileName, 10, [])], actions: [] }).fetchMock);
    renderEdit();
    expect(await screen.findByText('申请已提交或不在可修改状态，附件仅可查看和下载。', {}, { timeout: 10_000 })).toBeTruthy();
    expect(document.querySelector('.attachment-dragger')).toBeNull();
    expect(screen.queryByRole('button', { name: /删除附件/ })).toBeNull();
  });
});

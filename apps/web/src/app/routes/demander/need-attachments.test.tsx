import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/testing/fake-xhr';
import { mockFetch, renderPage } from '@/testing/render';
import { me, need, NEED_ID, ORG_ID, PROGRAMME_ID } from './fixtures';
import NeedCreateRoute from './need-create';
import NeedDetailRoute from './need-detail';
import NeedEditRoute from './need-edit';

// The whole form renders first: give a busy test machine time.
const SLOW = { timeout: 10_000 };

const attachment = (id: string, fileName: string, actions: string[] = ['delete']) => ({
  id,
  ownerKind: 'need',
  ownerId: NEED_ID,
  fileName,
  contentType: 'application/pdf',
  sizeBytes: 3 * 1024 * 1024,
  sm3: 'b2c3d4e5'.repeat(8),
  uploadedAt: '2026-11-02T02:00:00.000Z',
  uploaderName: '王经理',
  downloadUrl: `/api/attachments/${id}/content`,
  actions,
});
const SPEC = attachment('6c1e6a4e-9c1d-4f8e-a0e2-7c0a3d5b9e11', '热误差现场测试数据.pdf');

/** The need, its files (`files`, changed by the test) and the demander's organisation. */
function serve(files: { items: unknown[]; actions: string[] }, view = need()) {
  const { fetchMock, urls } = mockFetch((url) => {
    if (url.pathname === '/api/auth/me') return { body: me };
    if (url.pathname === `/api/needs/${NEED_ID}/attachments`) return { body: files };
    if (url.pathname === `/api/needs/${NEED_ID}`) return { body: view };
    if (url.pathname.startsWith('/api/organisations/')) return { body: { id: ORG_ID, name: '宁波鄞州精密数控机床有限公司' } };
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'not found' } } };
  });
  vi.stubGlobal('fetch', fetchMock);
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return urls;
}

const chooseFile = (file: File) => {
  const input = document.querySelector<HTMLInputElement>('.attachment-dragger input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
};

describe('attachments on a need', () => {
  it('uploads from the need form to the need’s own URL and words a refusal for a need', async () => {
    const files = { items: [SPEC] as unknown[], actions: ['upload'] };
    serve(files);
    renderPage(
      <Routes>
        <Route path="/demander/needs/:id/edit" element={<NeedEditRoute />} />
      </Routes>,
      { route: `/demander/needs/${NEED_ID}/edit` },
    );
    expect(await screen.findByText('附件（需求材料）', {}, SLOW)).toBeTruthy();
    expect((await screen.findByText('热误差现场测试数据.pdf', {}, SLOW)).closest('a')?.getAttribute('href')).toBe(`/api/attachments/${SPEC.id}/content`);
    expect(screen.getByText('3 MB')).toBeTruthy();

    chooseFile(new File(['%PDF'], '工况照片.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.url).toBe(`/api/needs/${NEED_ID}/attachments?fileName=${encodeURIComponent('工况照片.pdf')}`);
    expect((xhr.body as File).name).toBe('工况照片.pdf');
    xhr.answer(409, { error: { code: 'RULE_VIOLATION', message: 'The need is submitted', rule: 'need.attachments_frozen' } });
    expect(await screen.findByText('工况照片.pdf：需求已提交，不能再增删附件')).toBeTruthy();
  }, 60_000);

  it('asks to save a new need before attaching files, without asking the server for any', async () => {
    const urls = serve({ items: [], actions: [] });
    renderPage(
      <Routes>
        <Route path="/demander/programmes/:programmeId/needs/new" element={<NeedCreateRoute />} />
      </Routes>,
      { route: `/demander/programmes/${PROGRAMME_ID}/needs/new` },
    );
    expect(await screen.findByText(/附件需挂在已保存的需求上/, {}, SLOW)).toBeTruthy();
    expect(urls.some((url) => url.pathname.endsWith('/attachments'))).toBe(false);
  });

  it('lists a submitted need’s files read-only on its page', async () => {
    serve({ items: [attachment(SPEC.id, SPEC.fileName, [])], actions: [] }, need({ status: 'submitted', actions: [] }));
    renderPage(
      <Routes>
        <Route path="/demander/needs/:id" element={<NeedDetailRoute />} />
      </Routes>,
      { route: `/demander/needs/${NEED_ID}` },
    );
    expect(await screen.findByText('需求已提交或不在可修改状态，附件仅可查看和下载。', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('热误差现场测试数据.pdf')).toBeTruthy();
    expect(document.querySelector('.attachment-dragger')).toBeNull();
    expect(screen.queryByRole('button', { name: /删除附件/ })).toBeNull();
  });
});

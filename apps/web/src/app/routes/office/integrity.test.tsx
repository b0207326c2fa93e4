import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { failureReview, integrityRecord, LEAD_ORG, PI, REVIEW, stubApi } from '@/features/outcomes/testing/fixtures';
import { renderPage } from '@/testing/render';
import OfficeIntegrityRoute from './integrity';

const PERSON_RECORD = integrityRecord({ id: 'b9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c99', organisationId: null, organisationName: null, userId: PI, userName: '陈立明' });
const EXPIRED = integrityRecord({ id: 'c9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7caa', severity: 'negligence', organisationName: '舟山海工材料研究院', summary: '未按任务书开展关键试验。', active: false, effectiveUntil: '2025-01-01T00:00:00.000Z' });

const show = (route = '/office/integrity') =>
  renderPage(
    <Routes>
      <Route path="/office/integrity" element={<OfficeIntegrityRoute />} />
    </Routes>,
    { route },
  );

describe('integrity records, for the office', () => {
  it('lists every record with subject, kind, reason, dates and state, and links the source review to its contract', async () => {
    const api = stubApi((request) => {
      if (request.path === `/api/failure-reviews/${REVIEW}`) return { body: failureReview({ status: 'decided', finding: 'misconduct', decidedAt: '2026-05-01T02:00:00.000Z', actions: [] }) };
      return { body: { items: [integrityRecord(), PERSON_RECORD, EXPIRED] } };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    show();
    expect(await screen.findByText('共 3 条记录，其中有效 2 条')).toBeTruthy();
    expect(screen.getByText('舟山海工材料研究院')).toBeTruthy();
    expect(screen.getAllByText('科研失信').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('未尽职')).toBeTruthy();
    expect(screen.getByText('已失效')).toBeTruthy();
    expect(screen.getAllByText('2029-05-01').length).toBe(2);
    expect(screen.getAllByText('失败项目尽职审查').length).toBe(3);
    fireEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    const link = await screen.findByRole('link', { name: '查看合同' });
    expect(link.getAttribute('href')).toBe(`/contracts/${failureReview().contractId}`);
    expect(screen.getByText('审查结论：科研失信（2026-05-01）')).toBeTruthy();
  });

  it('asks the server for one person’s records when a person is chosen', async () => {
    const api = stubApi((request) => ({ body: { items: request.query.get('userId') ? [PERSON_RECORD] : [integrityRecord(), PERSON_RECORD] } }));
    vi.stubGlobal('fetch', api.fetchMock);
    show();
    expect(await screen.findByText('共 2 条记录，其中有效 2 条')).toBeTruthy();
    fireEvent.click(screen.getByText('按个人'));
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: '按个人' }));
    fireEvent.click(await screen.findByTitle('陈立明'));
    await waitFor(() => expect(api.sent.some((request) => request.path === '/api/integrity-records' && request.query.get('userId') === PI)).toBe(true));
    expect(await screen.findByText('共 1 条记录，其中有效 1 条')).toBeTruthy();
  });

  it('answers plainly when an organisation has no record', async () => {
    const api = stubApi((request) => ({ body: { items: request.query.get('organisationId') ? [] : [integrityRecord()] } }));
    vi.stubGlobal('fetch', api.fetchMock);
    show(`/office/integrity?organisationId=${LEAD_ORG}&name=${encodeURIComponent('宁波东海精密机械有限公司')}`);
    expect(await screen.findByText('「宁波东海精密机械有限公司」没有诚信记录。')).toBeTruthy();
    expect(api.sent.find((request) => request.query.get('organisationId'))?.query.get('organisationId')).toBe(LEAD_ORG);
  });

  it('shows the error state when the records cannot be read', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ status: 403, body: { error: { code: 'FORBIDDEN', message: 'forbidden' } } })).fetchMock);
    show();
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

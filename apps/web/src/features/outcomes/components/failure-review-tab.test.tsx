import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/testing/render';
import { contract, CONTRACT, failureReview, integrityRecord, PI, REVIEW, stubApi } from '../testing/fixtures';
import type { Contract } from '../types';
import { FailureReviewTab } from './failure-review-tab';

const show = (view: Contract) =>
  renderPage(
    <App component={false}>
      <FailureReviewTab contract={view} />
    </App>,
  );

describe('FailureReviewTab', () => {
  it('opens a diligence review when the contract offers it', async () => {
    const api = stubApi(() => ({ status: 201, body: failureReview() }));
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'failed', actions: ['open_failure_review'] }));
    fireEvent.click(screen.getByRole('button', { name: '发起尽职审查' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.posts()).toEqual([expect.objectContaining({ path: `/api/contracts/${CONTRACT}/failure-review`, body: { version: 7 } })]));
  });

  it('explains when no review can be opened', () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: {} })).fetchMock);
    show(contract({ status: 'active' }));
    expect(screen.getByText('仅验收不通过或被终止的项目进行尽职审查。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '发起尽职审查' })).toBeNull();
  });

  it('decides misconduct only after a confirmation naming the records it creates, then shows them', async () => {
    const decided = failureReview({
      status: 'decided',
      finding: 'misconduct',
      reasoning: '复测数据与节点报告不一致。',
      decidedAt: '2026-05-01T02:00:00.000Z',
      actions: [],
      version: 2,
      integrityRecords: [integrityRecord(), integrityRecord({ id: 'b9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c99', organisationId: null, organisationName: null, userId: PI, userName: '陈立明' })],
    });
    let current = failureReview();
    const api = stubApi((request) => {
      if (request.method === 'POST') current = decided;
      return { body: current };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'failed', failureReview: failureReview() }));
    fireEvent.click(await screen.findByRole('radio', { name: /科研失信/ }));
    fireEvent.change(screen.getByPlaceholderText(/写明调阅的科研日志/), { target: { value: '复测数据与节点报告不一致。' } });
    fireEvent.click(screen.getByRole('button', { name: '提交认定' }));
    const confirm = await screen.findByText('认定为「科研失信」：将对牵头单位「宁波东海精密机械有限公司」和揭榜挂帅人「陈立明」各记入一条诚信记录（科研失信）。认定后不可更改。');
    expect(confirm).toBeTruthy();
    expect(api.posts()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]).toMatchObject({ path: `/api/failure-reviews/${REVIEW}/decide`, body: { finding: 'misconduct', reasoning: '复测数据与节点报告不一致。', version: 1 } });
    expect(await screen.findByText('本次认定记入的诚信记录')).toBeTruthy();
    expect(screen.getByText('陈立明')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交认定' })).toBeNull();
  });

  it('says a diligent failure leaves no record, in the confirmation and afterwards', async () => {
    let current = failureReview();
    const api = stubApi((request) => {
      if (request.method === 'POST') current = failureReview({ status: 'decided', finding: 'diligent_failure', reasoning: '记录完整，属探索性失败。', decidedAt: '2026-05-01T02:00:00.000Z', actions: [], version: 2 });
      return { body: current };
    });
    vi.stubGlobal('fetch', api.fetchMock);
    show(contract({ status: 'failed', failureReview: failureReview() }));
    fireEvent.click(await screen.findByRole('radio', { name: /尽职免责/ }));
    fireEvent.change(screen.getByPlaceholderText(/写明调阅的科研日志/), { target: { value: '记录完整，属探索性失败。' } });
    fireEvent.click(screen.getByRole('button', { name: '提交认定' }));
    expect(await screen.findByText(/不记入任何诚信记录，「宁波东海精密机械有限公司」和「陈立明」今后申报不受影响/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    expect(await screen.findByText('尽职免责，未记入诚信记录。')).toBeTruthy();
    expect(api.posts()[0]!.body).toEqual({ finding: 'diligent_failure', reasoning: '记录完整，属探索性失败。', version: 1 });
  });

  it('requires the reasoning and shows no form without the decide action', async () => {
    vi.stubGlobal('fetch', stubApi(() => ({ body: failureReview() })).fetchMock);
    const { unmount } = show(contract({ status: 'failed', failureReview: failureReview() }));
    fireEvent.click(await screen.findByRole('radio', { name: /未尽职/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交认定' }));
    expect(await screen.findByText('请填写认定理由')).toBeTruthy();
    unmount();
    vi.stubGlobal('fetch', stubApi(() => ({ body: failureReview({ actions: [] }) })).fetchMock);
    show(contract({ status: 'failed', failureReview: failureReview({ actions: [] }) }));
    expect(await screen.findByText('审查中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交认定' })).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ContractView } from '@/features/contracts/types';
import { renderPage } from '@/testing/render';
import ContractDetailRoute from './contract-detail';
import { CONTRACT, contract, MILESTONE_1, milestone, TRANCHE_1, tranche } from './fixtures';

// The outcomes feature's tabs have their own tests; here they only take their place.
vi.mock('@/features/outcomes', () => ({ AcceptanceTab: () => null, PayoutsTab: () => null, FailureReviewTab: () => null }));

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** Answers GET /api/contracts/:id with `view` and every other request with `answer`; records what was sent. */
function serve(view: () => ContractView, answer: (sent: Sent) => { status?: number; body: unknown } = () => ({ body: {} })) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const request = { method: init?.method ?? 'GET', path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    let reply: { status?: number; body: unknown };
    if (request.method === 'GET' && url.pathname === `/api/contracts/${CONTRACT}`) reply = { body: view() };
    else if (request.method === 'GET' && url.pathname === '/api/auth/me') reply = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } } };
    else {
      sent.push(request);
      reply = answer(request);
    }
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

/**
 * Buttons by their text (antd spaces two-character Chinese labels: "拨 付"). getByRole's accessible-name pass over
 * this page's tables takes minutes in jsdom, so buttons are found by text instead.
 */
const buttons = (name: string, container: HTMLElement = document.body) => [...container.querySelectorAll('button')].filter((button) => button.textContent?.replace(/\s/g, '') === name);
const button = (name: string, container?: HTMLElement) => {
  const [found, ...more] = buttons(name, container);
  if (!found || more.length) throw new Error(`expected one button "${name}", found ${more.length + (found ? 1 : 0)}`);
  return found;
};
const findButton = (name: string, container?: HTMLElement) => waitFor(() => button(name, container));

const renderContract = (tab?: string) =>
  renderPage(
    <Routes>
      <Route path="/contracts/:id" element={<ContractDetailRoute />} />
    </Routes>,
    { route: `/contracts/${CONTRACT}${tab ? `?tab=${tab}` : ''}` },
  );

describe('the contract page', () => {
  it('shows sign and pay only when the server offers them', async () => {
    serve(() => contract({ status: 'negotiation', signedAt: null, actions: ['edit_terms', 'sign', 'fail_negotiation'] }));
    const first = renderContract();
    expect(await screen.findByText('新能源汽车电驱壳体铸造缺陷在线视觉检测系统', { selector: 'h2' })).toBeTruthy();
    expect(button('签约')).toBeTruthy();
    expect(button('洽谈失败')).toBeTruthy();
    expect(button('编辑条款')).toBeTruthy();
    first.unmount();

    // Same status, no actions for this caller (the PI during negotiation): no buttons at all.
    serve(() => contract({ status: 'negotiation', signedAt: null, actions: [] }));
    const second = renderContract();
    expect(await screen.findByText('新能源汽车电驱壳体铸造缺陷在线视觉检测系统', { selector: 'h2' })).toBeTruthy();
    expect(buttons('签约')).toHaveLength(0);
    expect(buttons('洽谈失败')).toHaveLength(0);
    expect(buttons('编辑条款')).toHaveLength(0);
    second.unmount();

    // Two unlocked tranches, only one offering `pay`: one pay button.
    serve(() => contract({ tranches: [tranche({ actions: ['pay'] }), tranche({ id: 'bb8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c63', sequence: 2, actions: [] })] }));
    renderContract('tranches');
    expect(await screen.findAllByText('待拨付')).toHaveLength(2);
    expect(buttons('拨付')).toHaveLength(1);
  });

  it('sends the PI’s milestone report with the milestone’s version', async () => {
    let reported = false;
    const sent = serve(
      () => contract({ milestones: [milestone(reported ? { status: 'submitted', version: 2, report: '样机已完成' } : { actions: ['report'] })] }),
      () => {
        reported = true;
        return { body: milestone({ status: 'submitted', version: 2 }) };
      },
    );
    renderContract('milestones');
    fireEvent.click(await findButton('提交节点报告'));
    const dialog = await waitFor(() => {
      const modal = document.querySelector<HTMLElement>('.ant-modal');
      if (!modal) throw new Error('no dialog');
      return modal;
    });
    fireEvent.change(within(dialog).getByLabelText('节点报告'), { target: { value: '  样机已完成，检出率 98.7%。  ' } });
    fireEvent.click(button('提交', dialog));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'POST', path: `/api/milestones/${MILESTONE_1}/report`, body: { version: 1, report: '样机已完成，检出率 98.7%。' } });
    expect(await screen.findByText('待考核')).toBeTruthy();
  });

  it('sends a 限期整改 deadline as its own field, shows the server’s refusal beside it, then shows it on the milestone', async () => {
    let remediated = false;
    const submitted = { status: 'submitted' as const, report: '产线验证进行中', actions: ['review'] };
    const sent = serve(
      () => contract({ milestones: [milestone(remediated ? { status: 'remediation', version: 3, report: '产线验证进行中', reviewOpinion: '现场数据不足', remediationDueDate: '2099-01-15' } : submitted)] }),
      () => {
        if (sent.length === 1) return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid', issues: [{ path: 'body.remediationDueDate', message: 'must be after today (2026-03-02, Asia/Shanghai)' }] } } };
        remediated = true;
        return { body: milestone({ status: 'remediation', version: 3 }) };
      },
    );
    renderContract('milestones');
    fireEvent.click(await findButton('节点考核'));
    const dialog = await waitFor(() => {
      const modal = document.querySelector<HTMLElement>('.ant-modal');
      if (!modal) throw new Error('no dialog');
      return modal;
    });
    fireEvent.click(within(dialog).getByText('限期整改'));
    const deadline = await within(dialog).findByLabelText('整改期限');
    fireEvent.mouseDown(deadline);
    fireEvent.change(deadline, { target: { value: '2099-01-15' } });
    fireEvent.keyDown(deadline, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(within(dialog).getByLabelText('考核意见'), { target: { value: ' 现场数据不足 ' } });
    fireEvent.click(button('提交', dialog));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'POST', path: `/api/milestones/${MILESTONE_1}/review`, body: { version: 1, decision: 'remediate', opinion: '现场数据不足', remediationDueDate: '2099-01-15' } });
    expect(await within(dialog).findByText('must be after today (2026-03-02, Asia/Shanghai)')).toBeTruthy();

    fireEvent.click(button('提交', dialog));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect((await screen.findByTestId('remediation-due-date')).textContent).toBe('2099-01-15');
    expect(screen.getByText('现场数据不足')).toBeTruthy();
  });

  it('labels a budget adjustment 备案 under a lump-sum budget and 须审批 otherwise', async () => {
    const kindNote = async (lumpSumBudget: boolean) => {
      serve(() => contract({ lumpSumBudget, actions: ['file_change_request'] }));
      const view = renderContract('changes');
      fireEvent.click(await findButton('申请变更'));
      const dialog = await waitFor(() => {
        const modal = document.querySelector<HTMLElement>('.ant-modal');
        if (!modal) throw new Error('no dialog');
        return modal;
      });
      fireEvent.mouseDown(within(dialog).getByRole('combobox'));
      fireEvent.click(await waitFor(() => {
        const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((item) => item.textContent === '预算调整');
        if (!option) throw new Error('no option');
        return option;
      }));
      // The budget adjustment's own note appears with its tag (the default kind has none).
      const text = await waitFor(() => {
        const note = dialog.querySelector<HTMLElement>('.change-kind-note');
        if (!note) throw new Error('no note');
        return [dialog.querySelector('.ant-form-item-extra .ant-tag')?.textContent, note.textContent];
      });
      view.unmount();
      return text;
    };
    expect(await kindNote(true)).toEqual(['备案', '本合同实行经费包干制，预算调整由揭榜团队自主决定并备案。']);
    expect(await kindNote(false)).toEqual(['须审批', '本合同未实行经费包干制，预算调整须主管部门审批。']);
  });

  it('says who approves expenses under the policy and sends the PI’s decision with its 审核意见', async () => {
    const expense = { id: 'e1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f6a1', contractId: CONTRACT, category: '设备费', description: '近红外工业相机 2 台', amountFen: 18_000_000, incurredOn: '2026-03-01', status: 'submitted' as const, submittedAt: '2026-03-01T02:00:00.000Z', decidedAt: null, version: 1, actions: ['approve', 'reject'], timeline: [] };
    const sent = serve(() => contract({ expenses: [expense] }), () => ({ body: { ...expense, status: 'approved', version: 2, actions: [] } }));
    const view = renderContract('expenses');
    expect(await screen.findByText('本计划实行经费包干制：支出由揭榜挂帅人自主审核。')).toBeTruthy();
    fireEvent.click(await findButton('确认'));
    const dialog = await waitFor(() => {
      const modal = document.querySelector<HTMLElement>('.ant-modal');
      if (!modal) throw new Error('no dialog');
      return modal;
    });
    expect(within(dialog).getByText('审核支出：近红外工业相机 2 台')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('审核意见'), { target: { value: ' 票据齐全 ' } });
    fireEvent.click(button('确认', dialog));
    await waitFor(() => expect(sent).toEqual([{ method: 'POST', path: `/api/expenses/${expense.id}/decide`, body: { version: 1, decision: 'approve', note: '票据齐全' } }]));
    view.unmount();

    serve(() => contract({ lumpSumBudget: false, expenses: [{ ...expense, actions: [] }] }));
    renderContract('expenses');
    expect(await screen.findByText('支出由主管部门审核。')).toBeTruthy();
    expect(buttons('确认')).toEqual([]);
  });

  it('puts the server’s 400 on the terms next to the milestone field it names', async () => {
    const sent = serve(
      () => contract({ status: 'negotiation', signedAt: null, actions: ['edit_terms', 'fail_negotiation'] }),
      () => ({ status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'Invalid', issues: [{ path: 'body.milestones.1.dueDate', message: "must not be before milestone 1's due date 2026-04-23" }] } } }),
    );
    renderContract();
    fireEvent.click(await findButton('编辑条款'));
    fireEvent.click(await findButton('保存条款'));
    const row = await screen.findByTestId('milestone-row-1');
    expect(await within(row).findByText("must not be before milestone 1's due date 2026-04-23", {}, { timeout: 5000 })).toBeTruthy();
    expect(within(screen.getByTestId('milestone-row-0')).queryByText(/must not be before/)).toBeNull();
    // Money went back in fen, shares in basis points, dates as YYYY-MM-DD.
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: `/api/contracts/${CONTRACT}/terms`,
      body: {
        version: 4,
        contractValueFen: 600_000_000,
        rdInputFen: 1_800_000_000,
        milestones: [{ title: '实验室样机研制完成', dueDate: '2026-04-23' }, { title: '产线部署与第三方检测完成', dueDate: '2026-07-04' }],
        tranches: [{ shareBp: 3000, trigger: 'signing' }, { shareBp: 7000, trigger: 'milestone', milestoneSequence: 1 }],
      },
    });
  });

  it('asks for confirmation before paying a tranche', async () => {
    let paid = false;
    const sent = serve(
      () => contract({ tranches: [tranche(paid ? { status: 'paid', paidAt: '2026-02-03T02:00:00.000Z', version: 3 } : { actions: ['pay'] })] }),
      () => {
        paid = true;
        return { body: tranche({ status: 'paid', version: 3 }) };
      },
    );
    renderContract('tranches');
    fireEvent.click(await findButton('拨付'));
    const confirm = await waitFor(() => {
      const popover = document.querySelector<HTMLElement>('.ant-popconfirm');
      if (!popover) throw new Error('no confirmation');
      return popover;
    });
    expect(within(confirm).getByText('确认拨付第 1 期经费 ¥1,800,000？')).toBeTruthy();
    expect(sent).toHaveLength(0);
    fireEvent.click(button('拨付', confirm));
    await waitFor(() => expect(sent).toEqual([{ method: 'POST', path: `/api/tranches/${TRANCHE_1}/pay`, body: { version: 2 } }]));
    expect(await screen.findByText('已拨付', { selector: '.ant-tag' })).toBeTruthy();
  });
});

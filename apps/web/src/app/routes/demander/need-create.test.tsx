import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import { me, ORG_ID, PROGRAMME_ID } from './fixtures';
import NeedCreateRoute from './need-create';

// The first answer may take a while when the whole suite runs in parallel.
const SLOW = { timeout: 5000 };

const renderForm = () =>
  renderPage(
    <Routes>
      <Route path="/demander/programmes/:programmeId/needs/new" element={<NeedCreateRoute />} />
    </Routes>,
    { route: `/demander/programmes/${PROGRAMME_ID}/needs/new` },
  );

describe('a new need', () => {
  it('sends co-funding in fen and shows the server’s field errors at the fields, indicator errors at the indicator', async () => {
    const bodies: unknown[] = [];
    const { fetchMock } = mockFetch((url) => {
      if (url.pathname === '/api/auth/me') return { body: me };
      if (url.pathname.startsWith('/api/organisations/')) return { body: { id: ORG_ID, name: '宁波鄞州精密数控机床有限公司' } };
      return {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Invalid body',
            issues: [
              { path: 'body.field', message: 'is required' },
              { path: 'body.indicators.0.key', message: 'duplicate key "indicator_1"' },
            ],
          },
        },
      };
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)));
        return fetchMock(input, init);
      }),
    );
    renderForm();

    expect(await screen.findByText('宁波鄞州精密数控机床有限公司', undefined, SLOW)).toBeTruthy(); // the only demander organisation, chosen
    fireEvent.change(screen.getByLabelText('需求名称'), { target: { value: '五轴机床热误差在线补偿' } });
    fireEvent.change(screen.getByLabelText('技术领域'), { target: { value: '高端装备' } });
    fireEvent.change(screen.getByLabelText('技术难题描述'), { target: { value: '连续加工 4 小时后定位误差超过 15 μm。' } });
    fireEvent.mouseDown(screen.getByLabelText('需求类别'));
    fireEvent.click(await screen.findByText('产业共性技术', undefined, SLOW));
    fireEvent.change(screen.getByLabelText('指标 1 · 指标名称'), { target: { value: '热误差' } });
    fireEvent.change(screen.getByLabelText('指标 1 · 测试/验收方法'), { target: { value: '第三方检测' } });
    fireEvent.change(screen.getByLabelText('配套资金承诺（万元）'), { target: { value: '12.3456' } });
    expect(screen.getByText('权重合计为 100%')).toBeTruthy();

    // An indicator without a target is caught before sending.
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    expect(await screen.findByText('请填写数值', undefined, SLOW)).toBeTruthy();
    expect(screen.getByLabelText('指标 1 · 目标值').getAttribute('aria-invalid')).toBe('true');
    expect(bodies).toEqual([]);

    fireEvent.change(screen.getByLabelText('指标 1 · 目标值'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ demanderOrgId: ORG_ID, category: 'industry_common_technology', coFundingFen: 12_345_600, isBasicResearch: false, indicators: [{ key: 'indicator_1', name: '热误差', weightBp: 10000, target: 5 }] });

    expect(await screen.findByText('必填', undefined, SLOW)).toBeTruthy(); // the server's 'is required', translated, under 技术领域
    expect(screen.getByText('duplicate key "indicator_1"')).toBeTruthy();
    expect(screen.getByLabelText('指标 1 · 标识').getAttribute('aria-invalid')).toBe('true');
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderPage } from '@/testing/render';
import SignInRoute from './sign-in';

const submit = () => fireEvent.click(screen.getByRole('button', { name: '登录' }));

describe('signing in', () => {
  it('shows the server’s field errors next to the fields', async () => {
    const { fetchMock, urls } = mockFetch(() => ({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: 'body.username: is required', issues: [{ path: 'body.username', message: 'is required' }, { path: 'body.password', message: 'is required' }] } },
    }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage(<SignInRoute />, { route: '/sign-in' });
    submit();
    await waitFor(() => expect(screen.getAllByText('必填')).toHaveLength(2));
    expect(urls.map((url) => url.pathname)).toEqual(['/api/auth/sign-in']);
  });

  it('says so when the account or password is wrong', async () => {
    vi.stubGlobal('fetch', mockFetch(() => ({ status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: 'Unknown account or wrong password' } } })).fetchMock);
    renderPage(<SignInRoute />, { route: '/sign-in' });
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'nb_owner' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong' } });
    submit();
    expect(await screen.findByText('用户名或密码错误，请重新输入。')).toBeTruthy();
  });
});

import type { FastifyInstance } from 'fastify';
import { TEST_PASSWORD } from './factories.ts';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/** Calls the app in-process (fastify inject) as a signed-in user or anonymously. */
export class ApiClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly token: string | null = null,
  ) {}

  static async signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<ApiClient> {
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
    return new ApiClient(app, response.json().token);
  }

  async request<T = any>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<ApiResponse<T>> {
    const response = await this.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
    });
    return { status: response.statusCode, body: (response.body ? response.json() : null) as T };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, payload: unknown = {}) => this.request<T>('POST', url, payload);
  put = <T = any>(url: string, payload: unknown) => this.request<T>('PUT', url, payload);
  patch = <T = any>(url: string, payload: unknown) => this.request<T>('PATCH', url, payload);

  /** Like `post`/`get` but fails loudly unless the status matches: keeps journey tests short and exact. */
  async expect<T = any>(status: number, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown): Promise<T> {
    const response = await this.request<T>(method, url, payload);
    if (response.status !== status) throw new Error(`${method} ${url}: expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }
}

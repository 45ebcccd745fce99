import { TEST_PASSWORD } from './world.ts';

export interface ApiResponse {
  readonly status: number;
  readonly body: any;
  readonly headers: Headers;
}

/** Sends JSON requests through any fetch-like function (in-process `app.request` or a socket). */
export function apiClient(send: (path: string, init: RequestInit) => Response | Promise<Response>) {
  /** `raw` sends bytes with their own media type instead of a JSON body (file uploads). */
  const call = async (method: string, path: string, options: { token?: string; body?: unknown; raw?: { type: string; data: string | Uint8Array } } = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw) headers['content-type'] = options.raw.type;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const payload = options.raw ? { body: options.raw.data } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {};
    const res = await send(path, { method, headers, ...payload });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (the docs page)
    }
    return { status: res.status, body, headers: res.headers };
  };
  const login = async (username: string, password = TEST_PASSWORD): Promise<string> => {
    const res = await call('POST', '/auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  return { call, login };
}
export type ApiClient = ReturnType<typeof apiClient>;

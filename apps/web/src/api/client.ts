import { TokenStore } from './token-store';
import type {
  CategoryRef,
  CommunityRef,
  IntakeOrderBody,
  ItemsOf,
  OrderActionResult,
  OrderDetail,
  OrderList,
  OrderListQuery,
  RevealedPii,
  ReviewChecklistItemRef,
  UnitRef,
} from './order-types';
import type { ErrorBody, HealthResponse, LoginResponse, SessionTokens, SessionUser } from './types';

/** An error answer of the api (DESIGN §13), or a network failure (`status` 0, code `NETWORK_ERROR`). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface RequestOptions {
  body?: unknown;
  /** Send the bearer token, renewing it when the server says it is no longer valid (default true). */
  auth?: boolean;
  /** Non-2xx statuses whose JSON body is a normal answer (e.g. 503 from /health). */
  acceptStatus?: readonly number[];
  signal?: AbortSignal;
}

type SessionEndedListener = (reason: ApiError) => void;

/**
 * The one typed client of the api. Adds the bearer token, speaks JSON, turns error bodies into `ApiError`s, and
 * renews the access token with the refresh token when the server answers 401 `AUTH_TOKEN_INVALID` — once for all
 * concurrent requests (refresh tokens rotate: a second refresh with the same token would revoke the session), then
 * retries the request once. When renewal is refused the session is over: tokens are dropped and listeners told.
 */
export class ApiClient {
  private refreshing: Promise<void> | null = null;
  private readonly sessionEndedListeners = new Set<SessionEndedListener>();

  constructor(
    readonly tokens: TokenStore,
    private readonly baseUrl = '/api',
  ) {}

  onSessionEnded(listener: SessionEndedListener): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  get<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return read<T>(await this.requestRaw(method, path, options));
  }

  /**
   * The answer itself, for what is not JSON (file downloads) — with the same token handling as every call. A
   * `FormData` body (uploads) is sent as multipart. Error statuses still throw `ApiError`s, except `acceptStatus`.
   */
  async requestRaw(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    if (options.auth === false) return checked(await this.send(method, path, options, null), options.acceptStatus);
    if (!this.tokens.get()) throw this.endSession(new ApiError(401, 'AUTH_UNAUTHENTICATED', '请先登录'));
    await this.keepFresh();
    const token = this.tokens.accessToken();
    let response = await this.send(method, path, options, token);
    if (response.status === 401) {
      const error = await toApiError(response);
      if (error.code !== 'AUTH_TOKEN_INVALID') throw this.endSession(error);
      await this.renew(token);
      response = await this.send(method, path, options, this.tokens.accessToken());
      if (response.status === 401) throw this.endSession(await toApiError(response));
    }
    return checked(response, options.acceptStatus);
  }

  /** Renews the access token if it is about to expire. Also called on user activity, so an active user's
   * session never reaches the server's idle timeout just because the page made no requests. */
  async keepFresh(): Promise<void> {
    const stored = this.tokens.get();
    if (stored && Date.now() >= stored.accessStaleAt) await this.renew(stored.accessToken);
  }

  /**
   * Single-flight refresh. `usedToken` is the access token the failed call carried: if it has been replaced
   * meanwhile, another caller already renewed and there is nothing to do.
   */
  renew(usedToken: string | null): Promise<void> {
    const current = this.tokens.accessToken();
    if (current && usedToken && current !== usedToken) return Promise.resolve();
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  // ── endpoints ─────────────────────────────────────────────────────────────────────────────────────────────

  async login(username: string, password: string): Promise<SessionUser> {
    const answer = await this.post<LoginResponse>('/auth/login', { username, password }, { auth: false });
    this.tokens.save(answer);
    return answer.user;
  }

  /** Revokes the server session (best effort: the local session ends whatever the server says). */
  async logout(): Promise<void> {
    const token = this.tokens.accessToken();
    this.tokens.clear();
    if (!token) return;
    try {
      await this.send('POST', '/auth/logout', {}, token);
    } catch {
      // Offline: the server session still expires by its idle timeout.
    }
  }

  me(signal?: AbortSignal): Promise<SessionUser> {
    return this.get<SessionUser>('/me', { signal });
  }

  health(signal?: AbortSignal): Promise<HealthResponse> {
    return this.get<HealthResponse>('/health', { auth: false, acceptStatus: [503], signal });
  }

  // ── orders (DESIGN §13) ──────────────────────────────────────────────────────────────────────────────────

  orders(query: OrderListQuery, signal?: AbortSignal): Promise<OrderList> {
    return this.get<OrderList>('/orders' + toSearch(query), { signal });
  }

  order(id: string, signal?: AbortSignal): Promise<OrderDetail> {
    return this.get<OrderDetail>(`/orders/${encodeURIComponent(id)}`, { signal });
  }

  createOrder(body: IntakeOrderBody): Promise<OrderActionResult> {
    return this.post<OrderActionResult>('/orders', body);
  }

  /** Every lifecycle action; `version` is the one the user saw, so a concurrent change answers 409. */
  actOnOrder(id: string, action: string, version: number, input: Record<string, unknown>): Promise<OrderActionResult> {
    return this.post<OrderActionResult>(`/orders/${encodeURIComponent(id)}/actions/${encodeURIComponent(action)}`, {
      ...input,
      version,
    });
  }

  /** Clear name and phone; the server writes an audit record with the reason. */
  revealPii(id: string, reason: string | undefined): Promise<RevealedPii> {
    return this.post<RevealedPii>(`/orders/${encodeURIComponent(id)}/reveal`, reason ? { reason } : {});
  }

  /** The street's review checklist as the admin keeps it (readable by reviewers); inactive items included. */
  reviewChecklist(signal?: AbortSignal): Promise<ReviewChecklistItemRef[]> {
    return this.get<ReviewChecklistItemRef[]>('/admin/review-checklist', { signal });
  }

  // ── reference lists ─────────────────────────────────────────────────────────────────────────────────────────

  units(signal?: AbortSignal): Promise<ItemsOf<UnitRef>> {
    return this.get<ItemsOf<UnitRef>>('/units', { signal });
  }

  communities(signal?: AbortSignal): Promise<ItemsOf<CommunityRef>> {
    return this.get<ItemsOf<CommunityRef>>('/communities', { signal });
  }

  categories(signal?: AbortSignal): Promise<ItemsOf<CategoryRef>> {
    return this.get<ItemsOf<CategoryRef>>('/categories', { signal });
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────────────────────

  private async refresh(): Promise<void> {
    const stored = this.tokens.get();
    if (!stored) throw this.endSession(new ApiError(401, 'AUTH_UNAUTHENTICATED', '请先登录'));
    // A network failure leaves the session alone (the next call tries again); a refusal ends it.
    const response = await this.send('POST', '/auth/refresh', { body: { refreshToken: stored.refreshToken } }, null);
    if (!response.ok) throw this.endSession(await toApiError(response));
    this.tokens.save((await response.json()) as SessionTokens);
  }

  private endSession(reason: ApiError): ApiError {
    if (this.tokens.get()) {
      this.tokens.clear();
      for (const listener of this.sessionEndedListeners) listener(reason);
    }
    return reason;
  }

  private async send(method: string, path: string, options: RequestOptions, token: string | null): Promise<Response> {
    const multipart = options.body instanceof FormData;
    const headers: Record<string, string> = { Accept: 'application/json' };
    // FormData sets its own Content-Type with the multipart boundary.
    if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await fetch(this.baseUrl + path, {
        method,
        headers,
        body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
    }
  }
}

/** `?a=1&b=x,y`: lists comma-separated (the api's convention), empty values left out. */
function toSearch(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function checked(response: Response, acceptStatus: readonly number[] = []): Promise<Response> {
  if (!response.ok && !acceptStatus.includes(response.status)) throw await toApiError(response);
  return response;
}

async function read<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message, body.details ?? {});
  }
  // Not the api's error format (e.g. a proxy's 502 page).
  return new ApiError(response.status, `HTTP_${response.status}`, `服务暂时不可用（HTTP ${response.status}），请稍后重试`);
}

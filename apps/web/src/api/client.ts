import { withRefreshLock } from '../auth/refresh-lock';
import { TokenStore, type SessionGrant } from './token-store';
import type {
  CategoryRef,
  CommunityRef,
  IntakeOrderBody,
  ItemsOf,
  OrderActionResult,
  OrderDetail,
  OrderList,
  OrderListQuery,
  RenderedReplyTemplate,
  ReplyTemplateRef,
  RevealedPii,
  ReviewChecklistItemRef,
  UnitRef,
} from './order-types';
import type { ErrorBody, HealthResponse, SessionUser } from './types';

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
  /** Further request headers (e.g. `Idempotency-Key`). */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

type SessionEndedListener = (reason: ApiError) => void;

/** The code of the `ApiError` that ends a tab's session because the browser's cookie now holds another sign-in. */
export const SESSION_REPLACED = 'SESSION_REPLACED';
/** The browser opts into the refresh cookie with this header; the server refuses the cookie without it (CSRF). */
const COOKIE_TRANSPORT = { 'X-Hotline-Session': 'cookie' } as const;
/** Without Web Locks two tabs may still collide; the loser waits for the winner's cookie and tries again. */
const RACE_RETRIES = 3;
const RACE_RETRY_MS = 300;

/**
 * The one typed client of the api. Adds the bearer token, speaks JSON, turns error bodies into `ApiError`s, and
 * renews the access token through the refresh cookie when the server answers 401 `AUTH_TOKEN_INVALID` — once for
 * all concurrent requests of the tab, and one tab at a time (refresh tokens rotate: spending one twice would revoke
 * the session), then retries the request once. When renewal is refused the session is over: the tab's tokens are
 * dropped and listeners told.
 */
export class ApiClient {
  private refreshing: Promise<void> | null = null;
  private readonly sessionEndedListeners = new Set<SessionEndedListener>();
  private readonly renewedListeners = new Set<(at: number) => void>();

  constructor(
    readonly tokens: TokenStore,
    private readonly baseUrl = '/api',
  ) {}

  onSessionEnded(listener: SessionEndedListener): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  /** After every sign-in and renewal: the server's idle clock restarted at `at` (epoch ms). */
  onRenewed(listener: (at: number) => void): () => void {
    this.renewedListeners.add(listener);
    return () => this.renewedListeners.delete(listener);
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

  /** Renews the access token if it is about to expire (before every request, and while the user is active). */
  async keepFresh(): Promise<void> {
    const stored = this.tokens.get();
    if (stored && Date.now() >= stored.accessStaleAt) await this.renew(stored.accessToken);
  }

  /**
   * Single-flight refresh. `usedToken` is the access token the failed call carried: if it has been replaced
   * meanwhile, another caller already renewed and there is nothing to do. `null` renews in any case (the user's
   * activity must restart the server's idle clock).
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
    const response = await this.send('POST', '/auth/login', { body: { username, password } }, null, COOKIE_TRANSPORT);
    const answer = await read<SessionGrant & { user: SessionUser }>(await checked(response));
    this.saveGrant(answer);
    return answer.user;
  }

  /**
   * A tab without tokens of its own (a new tab, Ctrl+click on an order) joins the browser's session through the
   * refresh cookie. False when the browser has none; throws the server's refusal (idle, revoked) otherwise.
   */
  async resume(): Promise<boolean> {
    const response = await this.rotate();
    if (!response.ok) {
      const error = await toApiError(response);
      if (error.code === 'AUTH_REFRESH_INVALID') return false;
      throw error;
    }
    this.saveGrant((await response.json()) as SessionGrant);
    return true;
  }

  /**
   * Revokes the server session and drops the refresh cookie (best effort: the local session ends whatever the
   * server says). The cookie goes along, so an access token that has already expired does not matter.
   */
  async logout(): Promise<void> {
    const token = this.tokens.accessToken();
    this.tokens.clear();
    try {
      await this.send('POST', '/auth/logout', {}, token, COOKIE_TRANSPORT);
    } catch {
      // Offline: the server session still expires by its idle timeout, the cookie with the browser.
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

  /**
   * `idempotencyKey` names this one intake (one per form fill): sent again — a double submit, a retry after the
   * answer was lost — it gets the order the first send made instead of a second one.
   */
  createOrder(body: IntakeOrderBody, idempotencyKey?: string): Promise<OrderActionResult> {
    return this.post<OrderActionResult>('/orders', body, idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {});
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

  // ── reply templates (常用答复) ─────────────────────────────────────────────────────────────────────────────

  /** The street's active templates; with a category, those for it (or a parent of it) and the general ones. */
  replyTemplates(category?: string, signal?: AbortSignal): Promise<ReplyTemplateRef[]> {
    return this.get<ReplyTemplateRef[]>('/reply-templates' + toSearch({ category }), { signal });
  }

  /** A template filled from the order; placeholders the order has no value for are left as written and listed. */
  renderReplyTemplate(id: string, orderId: string): Promise<RenderedReplyTemplate> {
    return this.post<RenderedReplyTemplate>(`/reply-templates/${encodeURIComponent(id)}/render`, { orderId });
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────────────────────

  private async refresh(): Promise<void> {
    const stored = this.tokens.get();
    if (!stored) throw this.endSession(new ApiError(401, 'AUTH_UNAUTHENTICATED', '请先登录'));
    // A network failure or a race that outlasted the retries leaves the session alone (the next call tries
    // again); a refusal ends it.
    const response = await this.rotate();
    if (!response.ok) {
      const error = await toApiError(response);
      throw error.code === 'AUTH_REFRESH_RACE' ? error : this.endSession(error);
    }
    const grant = (await response.json()) as SessionGrant;
    // Signed out (in another tab) while waiting for the lock: the answer must not sign this tab back in.
    if (!this.tokens.get()) throw new ApiError(401, 'AUTH_UNAUTHENTICATED', '请先登录');
    if (grant.sessionId !== stored.sessionId) {
      // Another tab signed in afresh and the cookie is now that session's: this tab's user may not be its user.
      throw this.endSession(new ApiError(401, SESSION_REPLACED, '已在其他标签页重新登录'));
    }
    this.saveGrant(grant);
  }

  /** One rotation of the refresh cookie, one tab at a time (see refresh-lock.ts). */
  private rotate(): Promise<Response> {
    return withRefreshLock(async () => {
      for (let attempt = 1; ; attempt++) {
        const response = await this.send('POST', '/auth/refresh', { body: {} }, null, COOKIE_TRANSPORT);
        if (response.status !== 409 || attempt > RACE_RETRIES) return response;
        if ((await toApiError(response.clone())).code !== 'AUTH_REFRESH_RACE') return response;
        await new Promise((resolve) => setTimeout(resolve, RACE_RETRY_MS * attempt));
      }
    });
  }

  private saveGrant(grant: SessionGrant): void {
    const now = Date.now();
    this.tokens.save(grant, now);
    for (const listener of this.renewedListeners) listener(now);
  }

  private endSession(reason: ApiError): ApiError {
    if (this.tokens.get()) {
      this.tokens.clear();
      for (const listener of this.sessionEndedListeners) listener(reason);
    }
    return reason;
  }

  private async send(
    method: string,
    path: string,
    options: RequestOptions,
    token: string | null,
    extraHeaders: Record<string, string> = {},
  ): Promise<Response> {
    const multipart = options.body instanceof FormData;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers, ...extraHeaders };
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

import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { GENERIC_STREET_TITLE, PRODUCT_NAME } from '../branding';
import { useDocumentTitle } from '../lib/use-document-title';
import { session } from '../services';

/**
 * 登录. Shows the server's own Chinese message on failure (用户名或密码错误, the lockout notice with its end time),
 * and `notice` when the previous session ended (idle timeout, revoked). Enter in either field submits.
 */
export function LoginPage({ notice }: { notice: string | null }) {
  useDocumentTitle('登录');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (!username.trim()) return setError('请输入用户名');
    if (!password) return setError('请输入密码');
    setError(null);
    setSubmitting(true);
    try {
      await session.login(username.trim(), password);
      // Signed in: this page unmounts.
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '登录失败，请稍后重试');
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <div className="login">
      <main className="login__card">
        {/* The street is known only after sign-in (it comes with the user). */}
        <p className="login__street">{GENERIC_STREET_TITLE}</p>
        <h1 className="login__title">{PRODUCT_NAME}</h1>
        <p className="login__subtitle">12345 市民服务热线 · 接诉即办</p>
        {notice && !error ? (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        ) : null}
        {error ? (
          <p className="notice notice--error" role="alert" id="login-error">
            {error}
          </p>
        ) : null}
        <form className="form" onSubmit={submit} noValidate>
          <div className="form__field">
            <label htmlFor="login-username">用户名</label>
            <input
              id="login-username"
              aria-describedby={error ? 'login-error' : undefined}
              aria-invalid={error ? true : undefined}
              name="username"
              type="text"
              autoComplete="username"
              placeholder="请输入用户名"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              disabled={submitting}
            />
          </div>
          <div className="form__field">
            <label htmlFor="login-password">密码</label>
            <input
              id="login-password"
              aria-describedby={error ? 'login-error' : undefined}
              aria-invalid={error ? true : undefined}
              name="password"
              type="password"
              autoComplete="current-password"
              placeholder="请输入密码"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              disabled={submitting}
            />
          </div>
          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? '正在登录…' : '登录'}
          </button>
        </form>
        <p className="login__footer muted small">本系统仅限授权人员使用。连续 5 次密码错误将锁定账号；30 分钟无操作将自动退出。</p>
      </main>
    </div>
  );
}

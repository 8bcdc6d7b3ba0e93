import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { GENERIC_STREET_TITLE, PRODUCT_NAME } from '../branding';
import { useDocumentTitle } from '../lib/use-document-title';
import { session } from '../services';

interface Credentials {
  username: string;
  password: string;
}

/**
 * 登录. Shows the server's own Chinese message on failure (用户名或密码错误, the lockout notice with its end time),
 * and `notice` when the previous session ended (idle timeout, revoked). Enter in either field submits; an empty
 * field is named under itself, both at once.
 */
export function LoginPage({ notice }: { notice: string | null }) {
  useDocumentTitle('登录');
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit({ username, password }: Credentials) {
    setError(null);
    setSubmitting(true);
    try {
      await session.login(username.trim(), password);
      // Signed in: this page unmounts.
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '登录失败，请稍后重试');
      // The password is typed again, not resubmitted; the cursor waits there.
      form.setFieldValue('password', '');
      form.focusField('password');
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
        {notice && !error ? <Alert className="login__alert" type="info" showIcon role="status" title={notice} /> : null}
        {error ? <Alert className="login__alert" type="error" showIcon title={error} /> : null}
        <Form<Credentials>
          form={form}
          name="login"
          layout="vertical"
          requiredMark={false}
          disabled={submitting}
          scrollToFirstError={{ focus: true }}
          initialValues={{ username: '', password: '' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" placeholder="请输入用户名" autoCapitalize="none" spellCheck={false} autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" placeholder="请输入密码" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {submitting ? '正在登录…' : '登录'}
          </Button>
        </Form>
        <p className="login__footer muted small">本系统仅限授权人员使用。连续 5 次密码错误将锁定账号；长时间无操作将自动退出。</p>
      </main>
    </div>
  );
}

import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { OrderDetail, RevealedPii } from '../../api/order-types';
import { useCurrentUser } from '../../auth/use-session';
import { api } from '../../services';

/**
 * 诉求人姓名和电话. Shown as the server sent them; when they are masked and the user's permissions include
 * `order.pii.reveal`, a reason can be given to see them in clear — the server records the reveal in the audit log.
 * The clear values live only in this component's state: a reload masks them again.
 */
export function PiiReveal({ order }: { order: OrderDetail }) {
  const user = useCurrentUser();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [clear, setClear] = useState<RevealedPii | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayReveal = order.piiMasked && user.permissions.includes('order.pii.reveal');

  async function reveal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setClear(await api.revealPii(order.id, reason.trim() || undefined));
      setAsking(false);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '查看失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  }

  const name = clear ? clear.citizenName : order.citizenName;
  const phone = clear ? clear.citizenPhone : order.citizenPhone;
  return (
    <div className="pii">
      <span data-testid="citizen">
        {name || '（未留姓名）'} <span className="pii__phone">{phone || '（无电话）'}</span>
      </span>
      {clear ? <span className="muted small">（已显示完整信息，已记入审计）</span> : order.piiMasked ? <span className="muted small">（已脱敏）</span> : null}
      {mayReveal && !clear && !asking ? (
        <Button size="small" onClick={() => setAsking(true)}>
          查看完整信息
        </Button>
      ) : null}
      {asking ? (
        <form className="pii__form" onSubmit={reveal} aria-label="查看完整信息">
          <label htmlFor="reveal-reason">查看理由</label>
          <Input id="reveal-reason" size="small" value={reason} maxLength={200} placeholder="如：回访需要联系诉求人" autoFocus onChange={(e) => setReason(e.target.value)} />
          <Button size="small" type="primary" htmlType="submit" loading={busy}>
            确认查看
          </Button>
          <Button size="small" onClick={() => setAsking(false)}>
            取消
          </Button>
        </form>
      ) : null}
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
    </div>
  );
}

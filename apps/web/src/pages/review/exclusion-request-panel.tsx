import { Alert, Button, Form, Input, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../api/field-errors';
import type { OrderDetail } from '../../api/order-types';
import { orderReviewHistory, requestExclusion } from '../../api/review-client';
import type { ExclusionRecord, ExclusionStatus } from '../../api/review-types';
import { useCurrentUser } from '../../auth/use-session';
import { FileUpload, type AttachedFile } from '../../forms/file-upload';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';

const STATUS_LABELS: Record<ExclusionStatus, string> = { pending: '待审批', approved: '已批准', refused: '未批准' };
const STATUS_COLORS: Record<ExclusionStatus, string> = { pending: 'warning', approved: 'success', refused: 'default' };
/** Orders that have ended this way are not assessed at all (the server refuses with EXCLUSION_ORDER_FINAL). */
const NOT_EXCLUDABLE = ['merged', 'returned'];

/**
 * 剔除申请 (DESIGN §8): a reviewer asks, with a reason and evidence, that the order leave the three rates; a
 * supervisor decides elsewhere. Earlier requests and their outcome are listed so nobody asks twice. Shown only to
 * holders of `order.exclusion.request`, the permission the server checks.
 */
export function ExclusionRequestPanel({
  order,
  onChanged,
}: {
  order: Pick<OrderDetail, 'id' | 'status' | 'assessment'> & Partial<Pick<OrderDetail, 'attachments'>>;
  /** The request links its evidence to the order: the page reloads to list it. */
  onChanged?: () => Promise<unknown>;
}) {
  const user = useCurrentUser();
  const allowed = user.permissions.includes('order.exclusion.request');
  const [requests, setRequests] = useState<ExclusionRecord[] | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [evidence, setEvidence] = useState<AttachedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      orderReviewHistory(api, order.id, signal).then(
        (history) => setRequests(history.exclusions),
        () => setRequests([]), // the form still works; the server refuses a second pending request
      ),
    [order.id],
  );

  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [allowed, load]);

  if (!allowed || NOT_EXCLUDABLE.includes(order.status)) return null;
  // Evidence is listed by file name where the order page knows it (downloads are in its 附件 panel).
  const fileNameOf = (id: string) => order.attachments?.find((a) => a.id === id)?.fileName ?? id;
  const pending = requests?.some((r) => r.status === 'pending') ?? false;
  const excluded = order.assessment === 'excluded';

  async function submit({ reason }: { reason: string }) {
    if (busy || uploading) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    setSent(false);
    try {
      await requestExclusion(api, order.id, { reason: reason.trim(), evidenceIds: evidence.map((f) => f.id) });
      form.resetFields();
      setEvidence([]);
      void onChanged?.();
      // The list is reloaded before saying so, so the confirmation and the new 待审批 entry appear together.
      await load();
      setSent(true);
    } catch (error) {
      const refusal = formErrorsOf(error, ['reason', 'evidenceIds']);
      setErrors(refusal);
      if (refusal.fields.reason) {
        form.setFields([{ name: 'reason', errors: [refusal.fields.reason] }]);
        form.scrollToField('reason', { focus: true, block: 'center' });
      }
    }
    setBusy(false);
  }

  return (
    <section className="panel" aria-labelledby="exclusion-title">
      <div className="panel__header">
        <h2 id="exclusion-title">剔除申请</h2>
      </div>
      {requests && requests.length > 0 ? (
        <ul className="exclusion-list">
          {requests.map((r) => (
            <li key={r.id}>
              <Tag color={STATUS_COLORS[r.status]}>{STATUS_LABELS[r.status] ?? r.status}</Tag>
              <span className="muted small">{formatFull(r.requestedAt)}</span>
              <p>{r.reason}</p>
              {r.evidenceIds.length ? <p className="muted small">证明材料：{r.evidenceIds.map(fileNameOf).join('、')}</p> : null}
              {r.decisionComment ? <p className="muted small">审批意见：{r.decisionComment}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {sent ? <Alert className="alert" type="success" showIcon role="status" title="剔除申请已提交，等待值班长审批" /> : null}
      {excluded ? (
        <p className="muted">该工单已剔除考核。</p>
      ) : pending ? (
        <p className="muted">已有待审批的剔除申请。</p>
      ) : (
        <Form form={form} name="exclusion" layout="vertical" disabled={busy} scrollToFirstError={{ focus: true, block: 'center' }} onFinish={(values) => void submit(values)}>
          <ServerErrorAlert errors={errors} />
          <Form.Item
            name="reason"
            label="剔除理由"
            extra="至少 4 个字，写明不计入考核的依据"
            validateFirst
            rules={[
              { required: true, whitespace: true, message: '请填写剔除理由' },
              { min: 4, message: '剔除理由至少 4 个字' },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <FileUpload
            id="exclusion-evidence"
            label="证明材料"
            hint="政策依据、现场照片等，可多选"
            error={errors.fields.evidenceIds}
            files={evidence}
            onChange={setEvidence}
            onBusyChange={setUploading}
          />
          <Button htmlType="submit" loading={busy} disabled={uploading}>
            {busy ? '正在提交…' : '提交剔除申请'}
          </Button>
        </Form>
      )}
    </section>
  );
}

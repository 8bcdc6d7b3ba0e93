import { Alert, App, Button, Space, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { ORDER_TYPE_LABELS, URGENCY_LABELS, type OrderType, type Urgency } from '@app/orders/domain/order-status';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import {
  deadlinePolicies,
  POLICY_FIELDS,
  saveDeadlinePolicies,
  type DeadlinePolicyRow,
  type PolicyDuration,
  type PolicyField,
} from './calendar-admin-client';
import { CategoryOverridesSection } from './category-overrides-section';
import { DurationInput } from './duration-input';

/** The columns of DESIGN §4's table, in its words. */
const FIELD_LABELS: Record<PolicyField, string> = {
  signWithin: '签收时限',
  contactWithin: '联系市民时限（派单后）',
  unitReplyBuffer: '初审预留（平台时限前）',
  unitReplyWithoutUpstream: '承办回复时限（无平台时限时）',
  reviewWithin: '初审时限（回复后）',
};
/**
 * 系统管理 → 时限策略 (DESIGN §4): the desk's clocks per order type × urgency, edited in place and saved as a whole.
 * New clocks use the saved table; running ones keep the due time they were given.
 */
export function DeadlinePoliciesPanel() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('deadline-policies', (signal) => deadlinePolicies(api, signal), { failure: '时限策略加载失败' });
  const [rows, setRows] = useState<DeadlinePolicyRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ message: string; lines: string[] } | null>(null);
  useEffect(() => setRows(data?.rows ?? []), [data]);
  const dirty = JSON.stringify(rows) !== JSON.stringify(data?.rows ?? []);

  const change = (index: number, field: PolicyField, next: PolicyDuration) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: next } : row)));
  const pairLabel = (row: DeadlinePolicyRow) =>
    `${ORDER_TYPE_LABELS[row.type as OrderType] ?? row.type} × ${URGENCY_LABELS[row.urgency as Urgency] ?? row.urgency}`;

  async function save() {
    setBusy(true);
    setProblems(null);
    try {
      await saveDeadlinePolicies(api, rows);
      void message.success('时限策略已保存，新的时限即时生效');
      reload();
    } catch (e) {
      // Field paths are rows.<index>.<field>: say which pair and which column in words.
      const fields = e instanceof ApiError && Array.isArray(e.details.fields) ? (e.details.fields as { field: string; message: string }[]) : [];
      const lines = fields.map((f) => {
        const row = rows[Number(f.field.split('.')[1])];
        return row ? `${pairLabel(row)}：${f.message}` : f.message;
      });
      setProblems({ message: messageOf(e), lines });
    } finally {
      setBusy(false);
    }
  }

  const columns: TableColumnsType<DeadlinePolicyRow> = [
    { key: 'type', title: '诉求类型', fixed: 'left', render: (_, row) => ORDER_TYPE_LABELS[row.type as OrderType] ?? row.type },
    { key: 'urgency', title: '紧急程度', fixed: 'left', render: (_, row) => URGENCY_LABELS[row.urgency as Urgency] ?? row.urgency },
    ...POLICY_FIELDS.map((field) => ({
      key: field,
      title: FIELD_LABELS[field],
      render: (_: unknown, row: DeadlinePolicyRow, index: number) => (
        <DurationInput value={row[field]} label={`${pairLabel(row)} ${FIELD_LABELS[field]}`} onChange={(next) => change(index, field, next)} />
      ),
    })),
  ];

  return (
    <section className="panel" aria-labelledby="admin-policies-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="admin-policies-title">时限策略</h2>
        <Space>
          {data?.updatedAt ? (
            <span className="muted small">
              最近修改：{formatFull(data.updatedAt)}
              {data.updatedBy ? ` · ${data.updatedBy.displayName}` : ''}
            </span>
          ) : null}
          <Button disabled={!dirty || busy} onClick={() => setRows(data?.rows ?? [])}>
            撤销修改
          </Button>
          <Button type="primary" loading={busy} disabled={!dirty} onClick={() => void save()}>
            保存
          </Button>
        </Space>
      </div>
      <p className="muted small">“工作日”按法定节假日和调休计算。保存后新开始的时限按新策略计算，已在计时的时限不变。</p>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {problems ? (
        <Alert
          className="alert"
          type="error"
          showIcon
          title={problems.message}
          description={problems.lines.length ? <ul className="alert__list">{problems.lines.map((l) => <li key={l}>{l}</li>)}</ul> : undefined}
        />
      ) : null}
      <Table<DeadlinePolicyRow>
        aria-labelledby="admin-policies-title"
        size="small"
        rowKey={(row) => `${row.type}-${row.urgency}`}
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <CategoryOverridesSection />
    </section>
  );
}

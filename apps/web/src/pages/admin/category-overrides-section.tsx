import { App, Button, Checkbox, Form, Select, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ORDER_TYPE_LABELS, ORDER_TYPES, URGENCIES, URGENCY_LABELS, type OrderType, type Urgency } from '@app/orders/domain/order-status';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import {
  categoryOverrides,
  createCategoryOverride,
  deleteCategoryOverride,
  OVERRIDE_FIELDS,
  updateCategoryOverride,
  type CategoryOverride,
  type CategoryOverrideRule,
  type OverrideField,
  type PolicyDuration,
} from './calendar-admin-client';
import { DurationInput } from './duration-input';

const FIELD_LABELS: Record<OverrideField, string> = {
  signWithin: '签收时限',
  contactWithin: '联系市民时限',
  unitReplyWithin: '承办回复时限',
  reviewWithin: '初审时限',
};
const UNIT_TEXT = { minutes: '分钟', hours: '小时', workingDays: '个工作日' } as const;
/** The selects' value for "every type / urgency" (null in the API): antd treats a null value as empty. */
const ALL = '';
const DEFAULT_DURATION: PolicyDuration = { unit: 'hours', amount: 24 };

const durationText = (d: PolicyDuration | null) => (d ? `${d.amount} ${UNIT_TEXT[d.unit]}` : '沿用策略表');
const typeText = (type: string | null) => (type ? (ORDER_TYPE_LABELS[type as OrderType] ?? type) : '全部类型');
const urgencyText = (urgency: string | null) => (urgency ? (URGENCY_LABELS[urgency as Urgency] ?? urgency) : '全部紧急程度');

/** One clock of an override: off keeps the policy table's value for it. */
function OptionalDuration({ value, onChange, label }: { value?: PolicyDuration | null; onChange?: (next: PolicyDuration | null) => void; label: string }) {
  return (
    <Space>
      <Checkbox checked={!!value} onChange={(e) => onChange?.(e.target.checked ? DEFAULT_DURATION : null)}>
        单独规定
      </Checkbox>
      {value ? <DurationInput value={value} label={label} onChange={(next) => onChange?.(next)} /> : <span className="muted">沿用策略表</span>}
    </Space>
  );
}

type OverrideForm = Omit<CategoryOverrideRule, 'type' | 'urgency'> & { type: string; urgency: string };

function OverrideDialog({ item, categories, onDone, onCancel }: { item: CategoryOverride | null; categories: string[]; onDone: (o: CategoryOverride) => void; onCancel: () => void }) {
  const [form] = Form.useForm<OverrideForm>();
  const { errors, busy, submit } = useFormSubmission(form, ['categoryPrefix', 'type', 'urgency', ...OVERRIDE_FIELDS]);
  const send = (v: OverrideForm) =>
    submit(async () => {
      const rule: CategoryOverrideRule = {
        categoryPrefix: v.categoryPrefix,
        type: v.type || null,
        urgency: v.urgency || null,
        signWithin: v.signWithin ?? null,
        contactWithin: v.contactWithin ?? null,
        unitReplyWithin: v.unitReplyWithin ?? null,
        reviewWithin: v.reviewWithin ?? null,
      };
      onDone(item ? await updateCategoryOverride(api, item.id, item.version, rule) : await createCategoryOverride(api, rule));
    });
  const initial: Partial<OverrideForm> = item
    ? { ...item, type: item.type ?? ALL, urgency: item.urgency ?? ALL }
    : { type: ALL, urgency: ALL, signWithin: null, contactWithin: null, unitReplyWithin: null, reviewWithin: null };
  const formId = item ? 'edit-category-override' : 'create-category-override';
  return (
    <FormModal title={item ? '编辑分类时限' : '新增分类时限'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={initial} onFinish={(v) => void send(v)}>
        <Form.Item name="categoryPrefix" label="问题分类" rules={[{ required: true, message: '请选择分类' }]} extra="适用于该分类及其下级分类的工单。">
          <Select showSearch optionFilterProp="label" options={categories.map((path) => ({ value: path, label: path }))} />
        </Form.Item>
        <Form.Item name="type" label="诉求类型">
          <Select options={[{ value: ALL, label: '全部类型' }, ...ORDER_TYPES.map((t) => ({ value: t, label: ORDER_TYPE_LABELS[t] }))]} />
        </Form.Item>
        <Form.Item name="urgency" label="紧急程度">
          <Select options={[{ value: ALL, label: '全部紧急程度' }, ...URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))]} />
        </Form.Item>
        {OVERRIDE_FIELDS.map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={FIELD_LABELS[field]}
            extra={field === 'unitReplyWithin' ? '有平台办理时限时，只能比按平台时限算出的时间更早，不会更晚。' : undefined}
          >
            <OptionalDuration label={FIELD_LABELS[field]} />
          </Form.Item>
        ))}
      </Form>
    </FormModal>
  );
}

async function load(signal: AbortSignal) {
  // The desk's category list (what intake offers), not the admin tree: 时限策略 is behind admin.policies alone.
  const [overrides, categories] = await Promise.all([categoryOverrides(api, signal), api.categories(signal)]);
  return { items: overrides.items, categories: categories.items.filter((c) => c.active).map((c) => c.path) };
}

/**
 * 分类时限 (DESIGN §4): a category (and everything under it) with clocks of its own, for every type and urgency or for
 * one. The most specific matching rule decides each clock; a clock it leaves open follows the table above.
 */
export function CategoryOverridesSection() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-category-overrides', load, { failure: '分类时限加载失败' });
  const [dialog, setDialog] = useState<{ item: CategoryOverride | null } | null>(null);

  const done = (o: CategoryOverride) => {
    setDialog(null);
    void message.success(`${o.categoryPrefix}：分类时限已保存，新开始的时限即时生效`);
    reload();
  };
  const confirmDelete = (o: CategoryOverride) =>
    modal.confirm({
      title: `删除“${o.categoryPrefix}”（${typeText(o.type)}，${urgencyText(o.urgency)}）的分类时限？`,
      content: '删除后该分类按策略表计算新的时限；已在计时的时限不变。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await deleteCategoryOverride(api, o.id);
          void message.success(`${o.categoryPrefix}：已删除`);
        } catch (e) {
          void message.error(messageOf(e));
        } finally {
          reload();
        }
      },
    });

  const columns: TableColumnsType<CategoryOverride> = [
    { key: 'category', title: '问题分类', dataIndex: 'categoryPrefix' },
    { key: 'type', title: '诉求类型', render: (_, o) => typeText(o.type) },
    { key: 'urgency', title: '紧急程度', render: (_, o) => urgencyText(o.urgency) },
    ...OVERRIDE_FIELDS.map((field) => ({ key: field, title: FIELD_LABELS[field], render: (_: unknown, o: CategoryOverride) => durationText(o[field]) })),
    {
      key: 'actions',
      title: '操作',
      render: (_, o) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ item: o })}>
            编辑
          </Button>
          <Button type="link" size="small" danger onClick={() => confirmDelete(o)}>
            删除
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-category-overrides-title" title="分类时限" addLabel="新增分类时限" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ item: null })}>
      <ListTable<CategoryOverride>
        labelledBy="admin-category-overrides-title"
        rowKey="id"
        columns={columns}
        rows={data?.items ?? []}
        loading={loading && !data}
        emptyText="暂无分类时限：所有分类按上表计算"
      />
      {data && dialog ? <OverrideDialog item={dialog.item} categories={data.categories} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

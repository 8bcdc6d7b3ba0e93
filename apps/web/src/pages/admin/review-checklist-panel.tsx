import { App, Button, Form, Input, Space, Switch, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { moveWrites } from './checklist-order';
import { checklistItems, createChecklistItem, updateChecklistItem, type AdminChecklistItem } from './review-admin-client';
import { useVersionedEdit } from './versioned-edit';

const NA_HINT = '开启后，初审时该项可评为“不适用”（如未承诺附件、无不予支持的诉求）；否则必须评为通过才能初审通过。';

interface ItemValues {
  label: string;
  naAllowed: boolean;
}

/** Reviews name an item by its code for good; a new item gets one of its own, so the admin only writes Chinese. */
const newCode = () => `item_${Date.now().toString(36)}`;

interface DialogProps {
  item: AdminChecklistItem | null;
  onDone: (i: AdminChecklistItem) => void;
  /** A refusal the panel handles itself (409: someone saved it meanwhile). */
  onRefused: (error: unknown) => boolean;
  onCancel: () => void;
}

function ItemDialog({ item, onDone, onRefused, onCancel }: DialogProps) {
  const [form] = Form.useForm<ItemValues>();
  const { errors, busy, submit } = useFormSubmission(form, ['label', 'naAllowed']);
  const send = (v: ItemValues) =>
    submit(async () => {
      const body = { label: v.label.trim(), naAllowed: v.naAllowed };
      onDone(item ? await updateChecklistItem(api, item.code, { ...body, version: item.version }) : await createChecklistItem(api, { ...body, code: newCode() }));
    }, onRefused);
  const formId = item ? 'edit-checklist-item' : 'create-checklist-item';
  return (
    <FormModal title={item ? '编辑审核项' : '新增审核项'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={item ?? { naAllowed: false }} onFinish={(v) => void send(v)}>
        <Form.Item name="label" label="审核项" rules={[{ required: true, whitespace: true, min: 2, message: '请输入至少 2 个字' }]} extra="初审页面按此文字逐项评定。">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="naAllowed" label="可判定为不适用" valuePropName="checked" extra={NA_HINT}>
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 系统管理 → 初审审核项 (DESIGN §6): the items every reply is judged on, in the order the reviewer sees them, and
 * which of them may be judged 不适用. Items are stopped, not deleted (past reviews name them); a change applies to
 * the next approve or reject. Every edit is saved on the version shown (a 409 reloads) and audited by the server.
 */
export function ReviewChecklistPanel() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-review-checklist', (signal) => checklistItems(api, signal), { failure: '初审审核项加载失败' });
  const [dialog, setDialog] = useState<{ item: AdminChecklistItem | null } | null>(null);
  const { busyKey, run, stale } = useVersionedEdit(reload);
  const items = data ?? [];

  const done = (i: AdminChecklistItem) => {
    setDialog(null);
    void message.success(`${i.label}：已保存`);
    reload();
  };
  const update = (i: AdminChecklistItem, change: { active?: boolean; naAllowed?: boolean }, success: string) =>
    run(i.code, () => updateChecklistItem(api, i.code, { version: i.version, ...change }), `${i.label}：${success}`);
  const move = (index: number, step: -1 | 1) =>
    run(
      items[index].code,
      async () => {
        // One after the other: each carries the version this list shows, so a concurrent edit stops the rest (409).
        for (const w of moveWrites(items, index, step)) await updateChecklistItem(api, w.code, { version: w.version, position: w.position });
      },
      `${items[index].label}：已${step < 0 ? '上移' : '下移'}`,
    );

  const columns: TableColumnsType<AdminChecklistItem> = [
    {
      key: 'order',
      title: '顺序',
      width: 120,
      render: (_, i, index) => (
        <Space size={0}>
          <Button type="link" size="small" aria-label={`上移：${i.label}`} disabled={index === 0 || busyKey !== null} onClick={() => void move(index, -1)}>
            上移
          </Button>
          <Button type="link" size="small" aria-label={`下移：${i.label}`} disabled={index === items.length - 1 || busyKey !== null} onClick={() => void move(index, 1)}>
            下移
          </Button>
        </Space>
      ),
    },
    {
      key: 'label',
      title: '审核项',
      render: (_, i) => (
        <Tooltip title={`编码：${i.code}（审核记录以此引用该项）`}>
          <span>{i.label}</span>
        </Tooltip>
      ),
    },
    {
      key: 'na',
      title: '可判定为不适用',
      width: 140,
      render: (_, i) => (
        <Switch
          size="small"
          aria-label={`${i.label}：可判定为不适用`}
          checked={i.naAllowed}
          loading={busyKey === i.code}
          onChange={(on) => void update(i, { naAllowed: on }, on ? '可判定为不适用' : '不可判定为不适用')}
        />
      ),
    },
    { key: 'state', title: '状态', width: 90, render: (_, i) => (i.active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
    {
      key: 'actions',
      title: '操作',
      width: 130,
      render: (_, i) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ item: i })}>
            编辑
          </Button>
          <Button type="link" size="small" danger={i.active} loading={busyKey === i.code} onClick={() => void update(i, { active: !i.active }, i.active ? '已停用' : '已启用')}>
            {i.active ? '停用' : '启用'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-checklist-title" title="初审审核项" addLabel="新增审核项" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ item: null })}>
      <ListTable<AdminChecklistItem> labelledBy="admin-checklist-title" rowKey="code" columns={columns} rows={items} loading={loading && !data} emptyText="暂无审核项" />
      {dialog ? <ItemDialog item={dialog.item} onDone={done} onRefused={stale(() => setDialog(null))} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

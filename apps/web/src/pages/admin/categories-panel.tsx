import { App, Button, Form, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { adminCategories, createCategory, updateCategory, type AdminCategory } from './reference-admin-client';

/** The deepest level a category may have (a node below it cannot be added). */
const MAX_LEVEL = 3;
const FIELDS = ['name', 'parentPath'];

interface CategoryNode extends AdminCategory {
  children?: CategoryNode[];
}

/** The flat list as a tree by `parentPath`, each level by position then name; an orphan shows at the top. */
function categoryTree(rows: readonly AdminCategory[]): CategoryNode[] {
  const byParent = new Map<string | null, AdminCategory[]>();
  const paths = new Set(rows.map((r) => r.path));
  for (const row of rows) {
    const parent = row.parentPath && paths.has(row.parentPath) ? row.parentPath : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }
  const build = (parent: string | null): CategoryNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'zh'))
      .map((row) => {
        const children = build(row.path);
        return children.length ? { ...row, children } : { ...row };
      });
  return build(null);
}

function CategoryDialog({ parent, onDone, onCancel }: { parent: AdminCategory | null; onDone: (c: AdminCategory) => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const { errors, busy, submit } = useFormSubmission(form, FIELDS);
  const send = (v: { name: string }) => submit(async () => onDone(await createCategory(api, { parentPath: parent?.path ?? null, name: v.name.trim() })));
  return (
    <FormModal title={parent ? `新增下级分类：${parent.path}` : '新增一级分类'} formId="create-category" ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="create-category" layout="vertical" disabled={busy} onFinish={(v) => void send(v)}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }]} extra="分类路径以名称组成，创建后不可修改。">
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 系统管理 → 诉求分类: the three-level category tree. Orders refer to categories by path, so a node is stopped, not
 * deleted; stopping a node stops its subtree. Every change is audited by the server.
 */
export function CategoriesPanel() {
  const { message, modal } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-categories', (signal) => adminCategories(api, signal), { failure: '诉求分类加载失败' });
  const [dialog, setDialog] = useState<{ parent: AdminCategory | null } | null>(null);
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const tree = useMemo(() => categoryTree(data?.items ?? []), [data]);

  const done = (c: AdminCategory) => {
    setDialog(null);
    void message.success(`${c.path}：已新增`);
    reload();
  };
  async function setActive(c: AdminCategory, active: boolean) {
    setBusyPath(c.path);
    try {
      await updateCategory(api, { path: c.path, active });
      void message.success(`${c.path}：${active ? '已启用' : '已停用'}`);
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setBusyPath(null);
      reload();
    }
  }
  function toggle(c: CategoryNode) {
    if (!c.active) return void setActive(c, true);
    if (!c.children?.length) return void setActive(c, false);
    modal.confirm({
      title: `停用 ${c.path}？`,
      content: '其下所有下级分类将一并停用，新工单不能再选用；已有工单不受影响。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => setActive(c, false),
    });
  }

  const columns: TableColumnsType<CategoryNode> = [
    {
      key: 'name',
      title: '名称',
      render: (_, c) => (
        <span className={c.active ? undefined : 'muted'}>
          {c.name} {c.active ? null : <Tag>已停用</Tag>}
        </span>
      ),
    },
    { key: 'path', title: '路径', render: (_, c) => <span className={c.active ? undefined : 'muted'}>{c.path}</span> },
    { key: 'level', title: '级别', render: (_, c) => `${c.level} 级` },
    {
      key: 'actions',
      title: '操作',
      render: (_, c) => (
        <Space size={0}>
          {c.level < MAX_LEVEL && c.active ? (
            <Button type="link" size="small" onClick={() => setDialog({ parent: c })}>
              新增下级
            </Button>
          ) : null}
          <Button type="link" size="small" danger={c.active} loading={busyPath === c.path} onClick={() => toggle(c)}>
            {c.active ? '停用' : '启用'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-categories-title" title="诉求分类" addLabel="新增一级分类" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ parent: null })}>
      <Table<CategoryNode>
        aria-labelledby="admin-categories-title"
        rowKey="path"
        size="small"
        columns={columns}
        dataSource={tree}
        loading={loading && !data}
        pagination={false}
        rowClassName={(c) => (c.active ? '' : 'muted')}
      />
      {data && dialog ? <CategoryDialog parent={dialog.parent} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

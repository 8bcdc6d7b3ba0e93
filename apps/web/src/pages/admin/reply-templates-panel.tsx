import { TEMPLATE_PLACEHOLDERS } from '@app/review/domain/template-render';
import { App, Button, Form, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CategoryRef, ReplyTemplateRef } from '../../api/order-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { adminReplyTemplates, createReplyTemplate, updateReplyTemplate } from './review-admin-client';
import { useVersionedEdit } from './versioned-edit';

const PLACEHOLDER_HINT = `可用占位符：${Object.keys(TEMPLATE_PLACEHOLDERS).map((name) => `{{${name}}}`).join('、')}，选用时按工单填入。`;

interface TemplateValues {
  categoryPrefix?: string | null;
  title: string;
  body: string;
}

async function load(signal: AbortSignal) {
  const [templates, categories] = await Promise.all([adminReplyTemplates(api, signal), api.categories(signal)]);
  return { templates, categories: categories.items };
}

interface DialogProps {
  template: ReplyTemplateRef | null;
  categories: readonly CategoryRef[];
  onDone: (t: ReplyTemplateRef) => void;
  /** A refusal the panel handles itself (409: someone saved it meanwhile). */
  onRefused: (error: unknown) => boolean;
  onCancel: () => void;
}

function TemplateDialog({ template, categories, onDone, onRefused, onCancel }: DialogProps) {
  const [form] = Form.useForm<TemplateValues>();
  const { errors, busy, submit } = useFormSubmission(form, ['categoryPrefix', 'title', 'body']);
  const send = (v: TemplateValues) =>
    submit(async () => {
      const body = { categoryPrefix: v.categoryPrefix ?? null, title: v.title, body: v.body };
      onDone(template ? await updateReplyTemplate(api, template.id, { ...body, version: template.version }) : await createReplyTemplate(api, body));
    }, onRefused);
  const formId = template ? 'edit-template' : 'create-template';
  return (
    <FormModal title={template ? `编辑常用答复 ${template.title}` : '新增常用答复'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={template ?? {}} onFinish={(v) => void send(v)}>
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, min: 2, message: '请输入至少 2 个字的标题' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="categoryPrefix" label="适用分类" extra="答复该分类及其下级分类的工单时可选用；不选则所有工单可用。">
          <Select allowClear showSearch optionFilterProp="label" placeholder="通用" options={categories.map((c) => ({ value: c.path, label: c.path }))} />
        </Form.Item>
        <Form.Item name="body" label="正文" rules={[{ required: true, whitespace: true, min: 2, message: '请输入正文' }]} extra={PLACEHOLDER_HINT}>
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 系统管理 → 常用答复: the street's reply templates that units and the desk pick from when replying. A template is
 * stopped, not deleted, and every edit is saved on the version shown (a 409 reloads). Every change is audited.
 */
export function ReplyTemplatesPanel() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-reply-templates', load, { failure: '常用答复加载失败' });
  const [dialog, setDialog] = useState<{ template: ReplyTemplateRef | null } | null>(null);
  const { busyKey, run, stale } = useVersionedEdit(reload);

  const done = (t: ReplyTemplateRef) => {
    setDialog(null);
    void message.success(`${t.title}：已保存`);
    reload();
  };
  const toggle = (t: ReplyTemplateRef) =>
    run(t.id, () => updateReplyTemplate(api, t.id, { version: t.version, active: !t.active }), `${t.title}：${t.active ? '已停用' : '已启用'}`);

  const columns: TableColumnsType<ReplyTemplateRef> = [
    { key: 'title', title: '标题', dataIndex: 'title', width: 200 },
    { key: 'category', title: '适用分类', width: 220, render: (_, t) => t.categoryPrefix ?? <span className="muted">通用</span> },
    { key: 'body', title: '正文', render: (_, t) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: t.body }} className="muted">{t.body}</Typography.Paragraph> },
    { key: 'state', title: '状态', width: 90, render: (_, t) => (t.active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
    {
      key: 'actions',
      title: '操作',
      width: 130,
      render: (_, t) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ template: t })}>
            编辑
          </Button>
          <Button type="link" size="small" danger={t.active} loading={busyKey === t.id} onClick={() => void toggle(t)}>
            {t.active ? '停用' : '启用'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-templates-title" title="常用答复" addLabel="新增答复" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ template: null })}>
      <ListTable<ReplyTemplateRef> labelledBy="admin-templates-title" rowKey="id" columns={columns} rows={data?.templates ?? []} loading={loading && !data} emptyText="暂无常用答复" />
      {data && dialog ? (
        <TemplateDialog template={dialog.template} categories={data.categories} onDone={done} onRefused={stale(() => setDialog(null))} onCancel={() => setDialog(null)} />
      ) : null}
    </AdminListPanel>
  );
}

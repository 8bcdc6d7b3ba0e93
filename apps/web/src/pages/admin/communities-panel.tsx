import { App, Button, Card, Form, Input, Select, Space, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { CategoryRef } from '../../api/order-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { adminCommunities, createCommunity, saveDutyCategories, updateCommunity, type AdminCommunity, type CommunityBody } from './reference-admin-client';

const FIELDS = ['code', 'name', 'gazetteer'];

async function load(signal: AbortSignal) {
  const [communities, categories] = await Promise.all([adminCommunities(api, signal), api.categories(signal)]);
  return { communities: communities.items, dutyCategories: communities.dutyCategories, categories: categories.items };
}

function CommunityDialog({ community, onDone, onCancel }: { community: AdminCommunity | null; onDone: (c: AdminCommunity) => void; onCancel: () => void }) {
  const [form] = Form.useForm<CommunityBody>();
  const { errors, busy, submit } = useFormSubmission(form, FIELDS);
  const send = (v: CommunityBody) =>
    submit(async () => {
      const body = { name: v.name, gazetteer: (v.gazetteer ?? []).map((g) => g.trim()).filter(Boolean) };
      onDone(community ? await updateCommunity(api, community.id, body) : await createCommunity(api, { ...body, code: v.code }));
    });
  const formId = community ? 'edit-community' : 'create-community';
  return (
    <FormModal title={community ? `编辑社区 ${community.name}` : '新增社区'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={community ?? { gazetteer: [] }} onFinish={(v) => void send(v)}>
        <Form.Item name="code" label="编码" rules={[{ required: true, pattern: /^\d{3}$/, message: '编码为 3 位数字' }]} extra="创建后不可修改。">
          <Input maxLength={3} disabled={!!community} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="gazetteer"
          label="地名库"
          rules={[{ required: true, type: 'array', min: 1, message: '至少填写一个地名' }]}
          extra="每个标签一个道路、小区、院落或别名，输入后回车；受理时按地址匹配社区。"
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="如：陶然亭路、黑窑厂街" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 社区职责清单: the categories a community committee handles itself; saved as a whole list. */
function DutyCategoriesCard({ saved, categories, onSaved }: { saved: string[]; categories: readonly CategoryRef[]; onSaved: () => void }) {
  const { message } = App.useApp();
  const [value, setValue] = useState<string[]>(saved);
  const [busy, setBusy] = useState(false);
  useEffect(() => setValue(saved), [saved]);
  const options = categories.filter((c) => c.active || saved.includes(c.path)).map((c) => ({ value: c.path, label: c.path }));
  async function save() {
    setBusy(true);
    try {
      await saveDutyCategories(api, value);
      void message.success('社区职责清单：已保存');
      onSaved();
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card size="small" title={<span id="duty-categories-title">社区职责清单</span>} style={{ marginTop: 16 }}>
      <p className="muted">这些分类的诉求由所属社区居委会直接承办。</p>
      <Space.Compact block>
        <Select
          aria-labelledby="duty-categories-title"
          mode="multiple"
          allowClear
          style={{ width: '100%' }}
          value={value}
          options={options}
          onChange={setValue}
          disabled={busy}
          placeholder="选择分类"
        />
        <Button type="primary" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </Space.Compact>
    </Card>
  );
}

/**
 * 系统管理 → 社区与地名: the street's communities and the place names intake matches an address against. Orders refer
 * to communities, so a community is stopped, not deleted. Every change is audited by the server.
 */
export function CommunitiesPanel() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-communities', load, { failure: '社区加载失败' });
  const [dialog, setDialog] = useState<{ community: AdminCommunity | null } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const done = (c: AdminCommunity) => {
    setDialog(null);
    void message.success(`${c.name}：已保存`);
    reload();
  };
  async function toggle(c: AdminCommunity) {
    setBusyId(c.id);
    try {
      await updateCommunity(api, c.id, { active: !c.active });
      void message.success(`${c.name}：${c.active ? '已停用' : '已启用'}`);
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      setBusyId(null);
      reload();
    }
  }

  const columns: TableColumnsType<AdminCommunity> = [
    { key: 'code', title: '编码', dataIndex: 'code' },
    { key: 'name', title: '名称', dataIndex: 'name' },
    {
      key: 'gazetteer',
      title: '地名库',
      render: (_, c) =>
        c.gazetteer.length ? (
          <Space size={[0, 4]} wrap>
            {c.gazetteer.map((g) => (
              <Tag key={g}>{g}</Tag>
            ))}
          </Space>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'state', title: '状态', render: (_, c) => (c.active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
    {
      key: 'actions',
      title: '操作',
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ community: c })}>
            编辑
          </Button>
          <Button type="link" size="small" danger={c.active} loading={busyId === c.id} onClick={() => void toggle(c)}>
            {c.active ? '停用' : '启用'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-communities-title" title="社区与地名" addLabel="新增社区" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ community: null })}>
      <ListTable<AdminCommunity> labelledBy="admin-communities-title" rowKey="id" columns={columns} rows={data?.communities ?? []} loading={loading && !data} emptyText="暂无社区" />
      {data ? <DutyCategoriesCard saved={data.dutyCategories} categories={data.categories} onSaved={reload} /> : null}
      {data && dialog ? <CommunityDialog community={dialog.community} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

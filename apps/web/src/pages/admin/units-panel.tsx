import { App, Button, Form, Input, Select, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_KINDS } from '@app/orders/domain/order-status';
import { ApiError } from '../../api/client';
import type { CommunityRef } from '../../api/order-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { adminUnits, createUnit, updateUnit, type AdminUnit, type RuleNamingUnit, type UnitBody } from './reference-admin-client';

const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));
const FIELDS = ['code', 'name', 'kind', 'communityId', 'contact'];

async function load(signal: AbortSignal) {
  const [units, communities] = await Promise.all([adminUnits(api, signal), api.communities(signal)]);
  return { units: units.items, communities: communities.items };
}

function UnitDialog({ unit, communities, onDone, onCancel }: { unit: AdminUnit | null; communities: readonly CommunityRef[]; onDone: (u: AdminUnit) => void; onCancel: () => void }) {
  const [form] = Form.useForm<UnitBody>();
  const { errors, busy, submit } = useFormSubmission(form, FIELDS);
  const send = (v: UnitBody) =>
    submit(async () => {
      const body = { name: v.name, kind: v.kind, communityId: v.communityId ?? null, contact: v.contact?.trim() || null };
      onDone(unit ? await updateUnit(api, unit.id, body) : await createUnit(api, { ...body, code: v.code }));
    });
  const formId = unit ? 'edit-unit' : 'create-unit';
  return (
    <FormModal title={unit ? `编辑承办单位 ${unit.name}` : '新增承办单位'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={unit ?? { kind: 'office' }} onFinish={(v) => void send(v)}>
        <Form.Item name="code" label="编码" rules={[{ required: true, message: '请输入编码' }]} extra="派单规则以编码指向单位，创建后不可修改。">
          <Input maxLength={32} disabled={!!unit} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item noStyle dependencies={['kind']}>
          {({ getFieldValue }) => (
            <Form.Item name="communityId" label="所属社区" rules={[{ required: getFieldValue('kind') === 'community', message: '社区居委会须指定所属社区' }]}>
              <Select allowClear options={communities.map((c) => ({ value: c.id, label: c.name }))} placeholder="不属于某个社区" />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="contact" label="联系方式">
          <Input maxLength={200} placeholder="电话、联系人" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 系统管理 → 承办单位: the street's handling units. Orders refer to units, so a unit is stopped, not deleted; the
 * next order's suggestions follow at once. Every change is audited by the server.
 */
export function UnitsPanel() {
  const { message, modal } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-units', load, { failure: '承办单位加载失败' });
  const [dialog, setDialog] = useState<{ unit: AdminUnit | null } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const done = (u: AdminUnit) => {
    setDialog(null);
    void message.success(`${u.name}：已保存`);
    reload();
  };
  // The server refuses to stop a unit routing rules still name and lists them; the admin confirms with the list.
  const confirmStop = (u: AdminUnit, rules: readonly RuleNamingUnit[]) =>
    modal.confirm({
      title: `仍有 ${rules.length} 条派单规则指定“${u.name}”，确定停用？`,
      content: (
        <div>
          <p>停用后这些规则不再生效，相应分类改按其他规则建议承办单位：</p>
          <ul aria-label="指定该单位的派单规则">
            {rules.map((r) => (
              <li key={r.id}>{`${r.categoryPrefix}（${r.communityName ?? '全部社区'}）`}</li>
            ))}
          </ul>
        </div>
      ),
      okText: '仍然停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => toggle(u, true),
    });
  async function toggle(u: AdminUnit, force = false) {
    setBusyId(u.id);
    try {
      await updateUnit(api, u.id, force ? { active: false, force } : { active: !u.active });
      void message.success(`${u.name}：${u.active ? '已停用' : '已启用'}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNIT_NAMED_BY_ROUTING_RULES') confirmStop(u, (e.details.rules ?? []) as RuleNamingUnit[]);
      else void message.error(messageOf(e));
    } finally {
      setBusyId(null);
      reload();
    }
  }

  const columns: TableColumnsType<AdminUnit> = [
    { key: 'code', title: '编码', dataIndex: 'code' },
    { key: 'name', title: '名称', dataIndex: 'name' },
    { key: 'kind', title: '类型', render: (_, u) => UNIT_KIND_LABELS[u.kind] ?? u.kind },
    { key: 'community', title: '所属社区', render: (_, u) => u.communityName ?? <span className="muted">—</span> },
    { key: 'contact', title: '联系方式', render: (_, u) => u.contact ?? <span className="muted">—</span> },
    { key: 'rules', title: '派单规则', render: (_, u) => (u.routingRuleCount ? `${u.routingRuleCount} 条` : <span className="muted">—</span>) },
    { key: 'state', title: '状态', render: (_, u) => (u.active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>) },
    {
      key: 'actions',
      title: '操作',
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ unit: u })}>
            编辑
          </Button>
          <Button type="link" size="small" danger={u.active} loading={busyId === u.id} onClick={() => void toggle(u)}>
            {u.active ? '停用' : '启用'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-units-title" title="承办单位" addLabel="新增单位" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ unit: null })}>
      <ListTable<AdminUnit> labelledBy="admin-units-title" rowKey="id" columns={columns} rows={data?.units ?? []} loading={loading && !data} emptyText="暂无承办单位" />
      {data && dialog ? <UnitDialog unit={dialog.unit} communities={data.communities} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

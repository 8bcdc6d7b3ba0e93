import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CategoryRef, CommunityRef } from '../../api/order-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { adminUnits, createRule, deleteRule, routingRules, testRouting, updateRule, type AdminUnit, type RoutingRule, type RoutingRuleBody, type RoutingTrial } from './reference-admin-client';

const COMMUNITY = 'community';
/** The select's value for a street-wide rule (communityId null): antd treats a null value as empty. */
const ALL_COMMUNITIES = '';

async function load(signal: AbortSignal) {
  const [rules, units, categories, communities] = await Promise.all([
    routingRules(api, signal), adminUnits(api, signal), api.categories(signal), api.communities(signal),
  ]);
  return { rules: rules.items, units: units.items, categories: categories.items, communities: communities.items };
}

interface Choices {
  units: readonly AdminUnit[];
  categories: readonly CategoryRef[];
  communities: readonly CommunityRef[];
}

type RuleForm = Omit<RoutingRuleBody, 'communityId'> & { communityId: string };

function unitLabel(units: readonly AdminUnit[], code: string): string {
  if (code === COMMUNITY) return '所属社区居委会';
  const unit = units.find((u) => u.code === code);
  return unit ? `${unit.name}${unit.active ? '' : '（已停用）'}` : code;
}

function RuleDialog({ rule, choices, onDone, onCancel }: { rule: RoutingRule | null; choices: Choices; onDone: (r: RoutingRule) => void; onCancel: () => void }) {
  const [form] = Form.useForm<RuleForm>();
  const { errors, busy, submit } = useFormSubmission(form, ['categoryPrefix', 'communityId', 'unitCode', 'coUnitCodes', 'priority']);
  const activeUnits = choices.units.filter((u) => u.active).map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  const send = (v: RuleForm) =>
    submit(async () => {
      const body = { categoryPrefix: v.categoryPrefix, unitCode: v.unitCode, coUnitCodes: v.coUnitCodes ?? [], communityId: v.communityId || null, priority: v.priority ?? 0 };
      onDone(rule ? await updateRule(api, rule.id, body) : await createRule(api, body));
    });
  const initial = rule ? { ...rule, communityId: rule.communityId ?? ALL_COMMUNITIES } : { coUnitCodes: [], communityId: ALL_COMMUNITIES, priority: 0 };
  const formId = rule ? 'edit-rule' : 'create-rule';
  return (
    <FormModal title={rule ? '编辑派单规则' : '新增派单规则'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={initial} onFinish={(v) => void send(v)}>
        <Form.Item name="categoryPrefix" label="问题分类" rules={[{ required: true, message: '请选择分类' }]} extra="规则适用于该分类及其下级分类。">
          <Select showSearch optionFilterProp="label" options={choices.categories.map((c) => ({ value: c.path, label: c.path }))} />
        </Form.Item>
        <Form.Item name="communityId" label="适用社区">
          <Select showSearch optionFilterProp="label" options={[{ value: ALL_COMMUNITIES, label: '全部社区' }, ...choices.communities.map((c) => ({ value: c.id, label: c.name }))]} />
        </Form.Item>
        <Form.Item name="unitCode" label="主办单位" rules={[{ required: true, message: '请选择主办单位' }]}>
          <Select showSearch optionFilterProp="label" options={[{ value: COMMUNITY, label: '所属社区居委会（按工单地址）' }, ...activeUnits]} />
        </Form.Item>
        <Form.Item name="coUnitCodes" label="协办单位">
          <Select mode="multiple" optionFilterProp="label" options={activeUnits} placeholder="无" />
        </Form.Item>
        <Form.Item
          name="priority"
          label="优先级"
          rules={[{ required: true, message: '请输入优先级' }]}
          extra="多条规则都适用时：优先级高者生效；同优先级时，指定社区的规则优先于全部社区的规则，再按分类更具体者生效。"
        >
          <InputNumber min={-100} max={100} precision={0} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 试算: a sample complaint through the classifier as it stands, and why it would go where it goes. */
type TrialForm = { text: string; address?: string; communityId?: string; category?: string };

function RoutingTrialBox({ categories, communities }: { categories: readonly CategoryRef[]; communities: readonly CommunityRef[] }) {
  const [form] = Form.useForm<TrialForm>();
  const { errors, busy, submit } = useFormSubmission(form, ['text', 'address', 'communityId', 'category']);
  const [result, setResult] = useState<RoutingTrial | null>(null);
  const run = (v: TrialForm) =>
    submit(
      async () =>
        setResult(await testRouting(api, { text: v.text ?? '', address: v.address ?? '', communityId: v.communityId || undefined, category: v.category || undefined })),
      undefined,
      { again: true },
    );
  return (
    <Card size="small" title="试算">
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="routing-trial" layout="vertical" disabled={busy} onFinish={(v) => void run(v)}>
        <Form.Item name="address" label="地址" extra="选了社区时可不填。">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="communityId" label="所属社区" extra="不选则按地址识别。">
          <Select allowClear showSearch optionFilterProp="label" options={communities.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="text" label="诉求内容">
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="category" label="问题分类" extra="不选则按关键词规则判断。">
          <Select allowClear showSearch optionFilterProp="label" options={categories.filter((c) => c.level === 3).map((c) => ({ value: c.path, label: c.path }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          试算
        </Button>
      </Form>
      {result ? (
        <div role="status" aria-label="试算结果">
          <Alert className="alert" type={result.unit?.unitName ? 'success' : 'warning'} showIcon title={result.summary} />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="所属社区">{result.community ? `${result.community.communityName}（${result.community.reason}）` : '未识别'}</Descriptions.Item>
            <Descriptions.Item label="问题分类">{result.category ? `${result.category.category}（${result.category.reason}）` : '未识别'}</Descriptions.Item>
            <Descriptions.Item label="承办单位">{result.unit ? `${result.unit.unitName ?? '—'}（${result.unit.reason}）` : '无建议'}</Descriptions.Item>
          </Descriptions>
        </div>
      ) : null}
    </Card>
  );
}

/**
 * 系统管理 → 派单规则 (DESIGN §5): category prefix × community (or all) with a priority → lead unit (or the order's residents' committee) and co-handling
 * units; the next order's suggestion follows at once. Rules are not referred to by orders, so they may be deleted.
 */
export function RoutingPanel() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-routing', load, { failure: '派单规则加载失败' });
  const [dialog, setDialog] = useState<{ rule: RoutingRule | null } | null>(null);

  const done = (r: RoutingRule) => {
    setDialog(null);
    void message.success(`${r.categoryPrefix}：已保存`);
    reload();
  };
  const confirmDelete = (r: RoutingRule) =>
    modal.confirm({
      title: `删除“${r.categoryPrefix}”（${r.communityName ?? '全部社区'}）的派单规则？`,
      content: '删除后该分类按其余适用的规则建议承办单位；已派出的工单不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await deleteRule(api, r.id);
          void message.success(`${r.categoryPrefix}：已删除`);
        } catch (e) {
          void message.error(messageOf(e));
        } finally {
          reload();
        }
      },
    });

  const units = data?.units ?? [];
  const columns: TableColumnsType<RoutingRule> = [
    { key: 'category', title: '问题分类', dataIndex: 'categoryPrefix' },
    { key: 'community', title: '适用社区', render: (_, r) => r.communityName ?? '全部社区' },
    { key: 'unit', title: '主办单位', render: (_, r) => unitLabel(units, r.unitCode) },
    { key: 'co', title: '协办单位', render: (_, r) => (r.coUnitCodes.length ? r.coUnitCodes.map((c) => unitLabel(units, c)).join('、') : <span className="muted">—</span>) },
    { key: 'priority', title: '优先级', dataIndex: 'priority' },
    {
      key: 'actions',
      title: '操作',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ rule: r })}>
            编辑
          </Button>
          <Button type="link" size="small" danger onClick={() => confirmDelete(r)}>
            删除
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-routing-title" title="派单规则" addLabel="新增规则" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ rule: null })}>
      <ListTable<RoutingRule> labelledBy="admin-routing-title" rowKey="id" columns={columns} rows={data?.rules ?? []} loading={loading && !data} emptyText="暂无派单规则" />
      {data ? <RoutingTrialBox categories={data.categories} communities={data.communities} /> : null}
      {data && dialog ? <RuleDialog rule={dialog.rule} choices={data} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

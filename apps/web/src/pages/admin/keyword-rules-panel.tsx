import { Alert, App, Button, Card, Form, Input, Select, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CategoryRef } from '../../api/order-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { createKeywordRule, deleteKeywordRule, keywordRules, testKeywords, updateKeywordRule, type KeywordRule, type KeywordTrial } from './keywords-admin-client';

async function load(signal: AbortSignal) {
  const [rules, categories] = await Promise.all([keywordRules(api, signal), api.categories(signal)]);
  return { rules: rules.items, categories: categories.items };
}

interface RuleForm {
  categoryPath: string;
  keywords: string[];
}

function RuleDialog({ rule, categories, onDone, onCancel }: { rule: KeywordRule | null; categories: readonly CategoryRef[]; onDone: (r: KeywordRule) => void; onCancel: () => void }) {
  const [form] = Form.useForm<RuleForm>();
  const { errors, busy, submit } = useFormSubmission(form, ['categoryPath', 'keywords']);
  const send = (v: RuleForm) =>
    submit(async () => {
      const body = { categoryPath: v.categoryPath, keywords: v.keywords ?? [] };
      onDone(rule ? await updateKeywordRule(api, rule.id, body) : await createKeywordRule(api, body));
    });
  const formId = rule ? 'edit-keyword-rule' : 'create-keyword-rule';
  const leaves = categories.filter((c) => c.level === 3).map((c) => ({ value: c.path, label: c.path }));
  return (
    <FormModal title={rule ? '编辑关键词规则' : '新增关键词规则'} formId={formId} ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name={formId} layout="vertical" disabled={busy} initialValues={rule ?? { keywords: [] }} onFinish={(v) => void send(v)}>
        <Form.Item name="categoryPath" label="问题分类" rules={[{ required: true, message: '请选择分类' }]} extra="每个三级分类一条规则。">
          <Select showSearch optionFilterProp="label" options={leaves} />
        </Form.Item>
        <Form.Item
          name="keywords"
          label="关键词"
          rules={[{ required: true, message: '请至少填写一个关键词' }]}
          extra="输入后按回车添加；每个 1–20 字，最多 100 个。诉求内容含这些词时建议该分类。"
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} open={false} aria-label="关键词" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 试分类: a sample content through intake's classifier as it stands. */
function KeywordTrialBox() {
  const [form] = Form.useForm<{ content: string }>();
  const { errors, busy, submit } = useFormSubmission(form, ['content']);
  const [result, setResult] = useState<KeywordTrial | null>(null);
  const run = (v: { content: string }) => submit(async () => setResult(await testKeywords(api, v.content)), undefined, { again: true });
  return (
    <Card size="small" title="试分类">
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="keyword-trial" layout="vertical" disabled={busy} onFinish={(v) => void run(v)}>
        <Form.Item name="content" label="诉求内容" rules={[{ required: true, message: '请输入诉求内容' }]}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          试分类
        </Button>
      </Form>
      {result ? (
        <div role="status" aria-label="试分类结果">
          <Alert className="alert" type={result.category ? 'success' : 'warning'} showIcon title={result.summary} />
        </div>
      ) : null}
    </Card>
  );
}

/**
 * 系统管理 → 关键词规则 (DESIGN §5): which words in an order's content suggest which category. When two rules match as
 * many keywords, the earlier one wins, so the list can be reordered. The next intake follows at once.
 */
export function KeywordRulesPanel() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-keyword-rules', load, { failure: '关键词规则加载失败' });
  const [dialog, setDialog] = useState<{ rule: KeywordRule | null } | null>(null);

  const done = (r: KeywordRule) => {
    setDialog(null);
    void message.success(`${r.categoryPath}：已保存`);
    reload();
  };
  const act = async (what: () => Promise<unknown>, ok: string) => {
    try {
      await what();
      void message.success(ok);
    } catch (e) {
      void message.error(messageOf(e));
    } finally {
      reload();
    }
  };
  const confirmDelete = (r: KeywordRule) =>
    modal.confirm({
      title: `删除“${r.categoryPath}”的关键词规则？`,
      content: '删除后该分类不再按关键词建议；已录入的工单不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => act(() => deleteKeywordRule(api, r.id), `${r.categoryPath}：已删除`),
    });

  const rows = data?.rules ?? [];
  const columns: TableColumnsType<KeywordRule> = [
    { key: 'order', title: '顺序', render: (_, r) => r.position + 1, width: 64 },
    { key: 'category', title: '问题分类', dataIndex: 'categoryPath' },
    { key: 'keywords', title: '关键词', render: (_, r) => r.keywords.map((k) => <Tag key={k}>{k}</Tag>) },
    {
      key: 'actions',
      title: '操作',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" disabled={r.position === 0} onClick={() => void act(() => updateKeywordRule(api, r.id, { position: r.position - 1 }), '已上移')}>
            上移
          </Button>
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
    <AdminListPanel titleId="admin-keyword-rules-title" title="关键词规则" addLabel="新增规则" ready={!!data} loading={loading} error={error} onAdd={() => setDialog({ rule: null })}>
      <ListTable<KeywordRule> labelledBy="admin-keyword-rules-title" rowKey="id" columns={columns} rows={rows} loading={loading && !data} emptyText="暂无关键词规则" />
      <KeywordTrialBox />
      {data && dialog ? <RuleDialog rule={dialog.rule} categories={data.categories} onDone={done} onCancel={() => setDialog(null)} /> : null}
    </AdminListPanel>
  );
}

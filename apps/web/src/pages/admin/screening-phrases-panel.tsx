import { PHRASE_KIND_LABELS, PHRASE_KINDS, type PhraseKind } from '@app/review/domain/screening-phrase-kinds';
import { App, Button, Form, Input, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { AdminListPanel } from './admin-list-panel';
import { addPhrase, removePhrase, screeningPhrases, type ScreeningPhrase } from './review-admin-client';

const KIND_OPTIONS = PHRASE_KINDS.map((kind) => ({ value: kind, label: PHRASE_KIND_LABELS[kind] }));
const KIND_COLORS: Record<PhraseKind, string> = { evasive: 'warning', prohibited: 'error' };

function PhraseDialog({ onDone, onCancel }: { onDone: (p: ScreeningPhrase) => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ kind: PhraseKind; phrase: string }>();
  const { errors, busy, submit } = useFormSubmission(form, ['kind', 'phrase']);
  const send = (v: { kind: PhraseKind; phrase: string }) => submit(async () => onDone(await addPhrase(api, { kind: v.kind, phrase: v.phrase.trim() })));
  return (
    <FormModal title="新增甄别用语" formId="create-phrase" ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="create-phrase" layout="vertical" disabled={busy} initialValues={{ kind: 'evasive' }} onFinish={(v) => void send(v)}>
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="phrase"
          label="用语"
          rules={[{ required: true, whitespace: true, min: 2, message: '请输入至少 2 个字' }]}
          extra="答复中出现这段文字时，初审页面会标出命中文字，并把对应审核项预判为不通过。"
        >
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * 系统管理 → 甄别用语 (DESIGN §6): the words the reply screening flags for the reviewer — evasive phrases and the
 * contract's 九不准/六不许. A change applies to replies screened from now on; replies already screened keep their
 * findings. Every change is audited by the server.
 */
export function ScreeningPhrasesPanel() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-screening-phrases', (signal) => screeningPhrases(api, signal), { failure: '甄别用语加载失败' });
  const [adding, setAdding] = useState(false);

  const done = (p: ScreeningPhrase) => {
    setAdding(false);
    void message.success(`“${p.phrase}”：已保存`);
    reload();
  };
  const confirmRemove = (p: ScreeningPhrase) =>
    modal.confirm({
      title: `删除甄别用语“${p.phrase}”？`,
      content: '此后筛查的答复不再因这段文字被标出；已筛查的答复不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await removePhrase(api, p.id);
          void message.success(`“${p.phrase}”：已删除`);
        } catch (e) {
          void message.error(messageOf(e));
        } finally {
          reload();
        }
      },
    });

  const columns: TableColumnsType<ScreeningPhrase> = [
    {
      key: 'kind',
      title: '类别',
      width: 220,
      filters: KIND_OPTIONS.map((o) => ({ value: o.value, text: o.label })),
      onFilter: (value, p) => p.kind === value,
      render: (_, p) => <Tag color={KIND_COLORS[p.kind]}>{PHRASE_KIND_LABELS[p.kind] ?? '其他'}</Tag>,
    },
    { key: 'phrase', title: '用语', dataIndex: 'phrase' },
    {
      key: 'actions',
      title: '操作',
      width: 100,
      render: (_, p) => (
        <Button type="link" size="small" danger onClick={() => confirmRemove(p)}>
          删除
        </Button>
      ),
    },
  ];

  return (
    <AdminListPanel titleId="admin-phrases-title" title="甄别用语" addLabel="新增用语" ready={!!data} loading={loading} error={error} onAdd={() => setAdding(true)}>
      <ListTable<ScreeningPhrase> labelledBy="admin-phrases-title" rowKey="id" columns={columns} rows={data ?? []} loading={loading && !data} emptyText="暂无甄别用语" />
      {adding ? <PhraseDialog onDone={done} onCancel={() => setAdding(false)} /> : null}
    </AdminListPanel>
  );
}

import { Alert, App, Button, Descriptions, Input, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../services';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { saveStopWords, stopWords } from './keywords-admin-client';

/** The words typed in the box, one per line or separated by spaces or commas, each once. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.split(/[\s,，、]+/).map((w) => w.trim()).filter(Boolean))];
}

/**
 * 系统管理 → 停用词: words the 统计分析 hotspot keywords and the analysis report leave out. The admin edits the whole
 * list and sees what the save adds and removes before confirming; the next statistics read follows.
 */
export function StopWordsPanel() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-stop-words', (signal) => stopWords(api, signal), { failure: '停用词加载失败' });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(data ? data.words.join(' ') : ''), [data]);

  const words = useMemo(() => wordsOf(text), [text]);
  const saved = useMemo(() => new Set(data?.words ?? []), [data]);
  const added = words.filter((w) => !saved.has(w));
  const removed = (data?.words ?? []).filter((w) => !words.includes(w));

  const save = () =>
    modal.confirm({
      title: '保存停用词？',
      content: (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="新增">{added.length ? added.map((w) => <Tag key={w} color="green">{w}</Tag>) : '无'}</Descriptions.Item>
          <Descriptions.Item label="删除">{removed.length ? removed.map((w) => <Tag key={w} color="red">{w}</Tag>) : '无'}</Descriptions.Item>
        </Descriptions>
      ),
      okText: '保存',
      cancelText: '取消',
      onOk: async () => {
        setBusy(true);
        try {
          const result = await saveStopWords(api, words);
          void message.success(`停用词已保存（新增 ${result.added.length} 个，删除 ${result.removed.length} 个）`);
        } catch (e) {
          void message.error(messageOf(e));
        } finally {
          setBusy(false);
          reload();
        }
      },
    });

  return (
    <section className="panel" aria-labelledby="admin-stop-words-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="admin-stop-words-title">停用词</h2>
        <Space>
          <Button disabled={!data || busy} onClick={() => setText(data!.defaults.join(' '))}>
            恢复默认词表
          </Button>
          <Button type="primary" disabled={!data || busy || (added.length === 0 && removed.length === 0)} loading={busy} onClick={save}>
            保存
          </Button>
        </Space>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <p className="muted">统计分析的热点关键词和分析报告不计入这些词。用空格、逗号或换行分隔；每个词 1–10 字，最多 2000 个。</p>
      <Input.TextArea aria-label="停用词" rows={10} value={text} disabled={!data || busy} onChange={(e) => setText(e.target.value)} />
      <p className="muted" role="status">
        共 {words.length} 个词{added.length || removed.length ? `；未保存：新增 ${added.length} 个，删除 ${removed.length} 个` : ''}
      </p>
    </section>
  );
}

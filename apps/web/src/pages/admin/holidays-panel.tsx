import { Alert, App, Button, Input, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { holidayYear, previewHolidayYear, saveHolidayYear, type HolidayEntry, type HolidayYear, type HolidayYearPreview } from './calendar-admin-client';
import { ENTRY_COLUMNS, HolidayPreview } from './holiday-preview';

const SOURCE_LABELS = { 'chinese-days': '内置数据（chinese-days）', admin: '管理员录入' } as const;
const EXAMPLE = '日期,类型,名称\n2027-01-01,放假,元旦\n2027年2月6日,放假,春节\n2027-02-20,调休上班,春节';

/**
 * 系统管理 → 节假日 (DESIGN §14): one year's 放假 and 调休上班 days. A year without a loaded schedule is flagged red
 * (its deadlines are provisional, counted Monday–Friday). The State Council's notice is pasted or uploaded as a table
 * (CSV 日期,类型,名称 or JSON), previewed by the server row by row, then saved; saving recomputes the provisional clocks.
 */
export function HolidaysPanel() {
  const { message } = App.useApp();
  // null: the server's current year (its clock decides, as for the deadlines).
  const [chosen, setChosen] = useState<number | null>(null);
  const { data, error, loading, reload } = useApiResource(`holidays:${chosen}`, (signal) => holidayYear(api, chosen, signal), {
    failure: '节假日表加载失败',
    owner: String(chosen),
  });
  const year = chosen ?? data?.year ?? null;
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<HolidayYearPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const switchYear = (next: number) => {
    setChosen(next);
    setPreview(null);
    setSaved(null);
    setFailure(null);
  };
  async function run(step: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await step();
    } catch (e) {
      setFailure(e instanceof ApiError ? messageOf(e) : '操作失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  }
  if (year === null) {
    return error ? <Alert className="alert" type="error" showIcon title={error} /> : <section className="panel" aria-busy />;
  }
  const check = () =>
    run(async () => {
      setSaved(null);
      setPreview(await previewHolidayYear(api, year, text));
    });
  const save = (entries: readonly HolidayEntry[], recomputed: number) =>
    run(async () => {
      await saveHolidayYear(api, year, entries);
      setPreview(null);
      setText('');
      setSaved(
        recomputed > 0
          ? `${year} 年节假日安排已保存。正在后台重新计算 ${recomputed} 个暂定时限，完成后相关工单的“暂定”标记将消失。`
          : `${year} 年节假日安排已保存。`,
      );
      void message.success('已保存');
      reload();
    });

  return (
    <section className="panel" aria-labelledby="admin-holidays-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="admin-holidays-title">节假日</h2>
        <Space>
          <Button onClick={() => switchYear(year - 1)} aria-label="上一年">
            ‹
          </Button>
          <strong aria-live="polite">{year} 年</strong>
          <Button onClick={() => switchYear(year + 1)} aria-label="下一年">
            ›
          </Button>
          <YearState data={data} />
        </Space>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data && !data.known ? (
        <Alert className="alert" type="error" showIcon title={`${year} 年节假日安排尚未录入`} description="该年的时限暂按周一至周五计算，并在工单上标为“暂定”。请按国务院办公厅通知录入。" />
      ) : null}
      <Table<HolidayEntry>
        aria-labelledby="admin-holidays-title"
        size="small"
        rowKey="date"
        loading={loading && !data}
        columns={ENTRY_COLUMNS}
        dataSource={data?.entries ?? []}
        pagination={(data?.entries.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: `${year} 年没有节假日记录` }}
      />

      <h3 id="holiday-import-title">录入 {year} 年安排</h3>
      <p className="muted small">
        粘贴或上传表格：CSV 第一行为表头“日期,类型,名称”，类型写“放假”或“调休上班”（也可写 补班、上班、休息），日期可写 2027-01-01 或
        2027年1月1日；也可粘贴 JSON（{'{ "entries": [{ "date", "kind", "name" }] }'}）。保存前先预览，保存会整体替换该年由管理员录入的内容。
      </p>
      <Input.TextArea
        aria-labelledby="holiday-import-title"
        rows={8}
        value={text}
        placeholder={EXAMPLE}
        onChange={(e) => {
          setText(e.target.value);
          setPreview(null);
        }}
      />
      <Space className="holiday-import__actions">
        <Upload
          accept=".csv,.txt,.json,text/csv,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((content) => {
              setText(content);
              setPreview(null);
            });
            return false;
          }}
        >
          <Button>上传文件</Button>
        </Upload>
        <Button type="primary" onClick={() => void check()} loading={busy && !preview} disabled={!text.trim()}>
          预览
        </Button>
        {preview ? (
          <Button type="primary" loading={busy} disabled={preview.problems.length > 0} onClick={() => void save(preview.entries, preview.provisional.clocks)}>
            保存
          </Button>
        ) : null}
      </Space>
      {failure ? <Alert className="alert" type="error" showIcon title={failure} /> : null}
      {saved ? <Alert className="alert" type="success" showIcon title={saved} /> : null}
      {preview ? <HolidayPreview preview={preview} /> : null}
    </section>
  );
}

function YearState({ data }: { data: HolidayYear | null }) {
  if (!data) return null;
  if (!data.known) return <Tag color="red">未录入 · 时限暂定</Tag>;
  const source = data.knownSource ? SOURCE_LABELS[data.knownSource] : '';
  return (
    <Tag color="green" title={data.loadedAt ? `录入于 ${formatFull(data.loadedAt)}` : undefined}>
      已录入{source ? `（${source}）` : ''}
    </Tag>
  );
}

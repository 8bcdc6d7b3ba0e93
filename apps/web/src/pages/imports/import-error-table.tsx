import type { ImportErrorRow } from '../../api/intake-types';

/** 错误行: one line per problem (a row can have several), by the row number the user sees in Excel. */
export function ImportErrorTable({ rows }: { rows: readonly ImportErrorRow[] }) {
  if (rows.length === 0) return <p className="muted">没有错误行。</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="import-errors-title">
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">工单编号</th>
            <th scope="col">列</th>
            <th scope="col">原因</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.errors.map((problem, index) => (
              <tr key={`${row.row}-${index}`}>
                <td>{row.row}</td>
                <td>{row.upstreamNo ?? <span className="muted">（无）</span>}</td>
                <td>{problem.column}</td>
                <td>{problem.message}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

import { Alert } from 'antd';
import { onDuty } from '../../api/roster-client';
import { SKILL_LABELS } from './roster-labels';
import { api } from '../../services';
import { formatShort } from '../../lib/shanghai-time';
import { shiftHours } from './roster-dates';
import { useLoad } from './use-load';

/** 当前在岗: who is on a published shift now, and which of them may dispatch (派单资质, DESIGN §1 and §7). */
export function OnDutyPanel({ refreshKey }: { refreshKey: number }) {
  const { data, error, loading } = useLoad(`on-duty:${refreshKey}`, (signal) => onDuty(api, signal), '当前在岗人员加载失败');
  const dispatchers = data?.items.filter((p) => p.mayDispatch) ?? [];

  return (
    <section className="panel" aria-labelledby="on-duty-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="on-duty-title">当前在岗</h2>
        {data ? <span className="muted small">截至 {formatShort(data.at)}</span> : null}
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data ? (
        <>
          <p role="status">
            在岗 {data.items.length} 人，其中可派单 {dispatchers.length} 人
            {dispatchers.length ? `：${dispatchers.map((p) => p.name).join('、')}` : null}
          </p>
          {data.items.some((p) => p.team === 'seat') && dispatchers.length === 0 ? (
            <p className="notice notice--error" role="alert">
              当前没有具备派单资质的人员在岗，请值班长尽快安排。
            </p>
          ) : null}
          {data.items.length ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">当前在岗人员</caption>
                <thead>
                  <tr>
                    <th scope="col">人员</th>
                    <th scope="col">班次</th>
                    <th scope="col">时间</th>
                    <th scope="col">技能</th>
                    <th scope="col">派单资质</th>
                    <th scope="col">签到</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr key={`${p.staffCode}-${p.shiftCode}`}>
                      <td>
                        {p.name}（{p.staffCode}）
                      </td>
                      <td>{p.shiftName}</td>
                      <td>{shiftHours(p.startsAt, p.endsAt)}</td>
                      <td>{p.skills.map((s) => SKILL_LABELS[s] ?? s).join('、')}</td>
                      <td>{p.mayDispatch ? <span className="tag tag--success">可派单</span> : <span className="muted">—</span>}</td>
                      <td>{p.checkedIn ? <span className="tag tag--success">已签到</span> : <span className="tag tag--warning">未签到</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="empty">此刻没有人在岗（已发布的排班中无此时段的班次）</p>
          )}
        </>
      ) : null}
    </section>
  );
}

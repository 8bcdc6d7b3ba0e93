import { Alert } from 'antd';
import { formatFull, formatShort } from '../../lib/shanghai-time';
import { HomeCard } from './home-card';
import { useMyShift } from './use-my-shift';

/** 我的当班: the signed-in user's shift now, from the published roster (DESIGN §7). */
export function MyShiftPanel({ userId }: { userId: string }) {
  const { entry, onDutyCount, loaded, error } = useMyShift(userId);
  return (
    <HomeCard id="my-shift-title" title="我的当班" extra={loaded && !error ? <span className="muted small">此刻在岗 {onDutyCount} 人</span> : null}>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {!loaded ? <p className="muted">正在读取排班…</p> : null}
      {loaded && !error && !entry ? <p className="muted">您此刻不在已发布排班的班次上。</p> : null}
      {entry ? (
        <dl className="my-shift">
          <div className="my-shift__row">
            <dt>班次</dt>
            <dd>
              {entry.shiftName}（{entry.dutyDate}）
            </dd>
          </div>
          <div className="my-shift__row">
            <dt>时间</dt>
            <dd>
              <time dateTime={entry.startsAt}>{formatFull(entry.startsAt)}</time> – <time dateTime={entry.endsAt}>{formatShort(entry.endsAt)}</time>
            </dd>
          </div>
          <div className="my-shift__row">
            <dt>签到</dt>
            <dd>
              <span className={entry.checkedIn ? 'status status--ok' : 'status status--bad'}>{entry.checkedIn ? '已签到' : '未签到'}</span>
            </dd>
          </div>
          <div className="my-shift__row">
            <dt>派单资质</dt>
            <dd>{entry.mayDispatch ? '本班次可派单' : '本班次不可派单'}</dd>
          </div>
        </dl>
      ) : null}
    </HomeCard>
  );
}

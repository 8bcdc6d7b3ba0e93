import { Alert, Badge, Empty, Tag } from 'antd';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { HomeCard } from './home-card';
import { useOnDuty } from './use-on-duty';

/** 当前在岗: who is on a published shift now, whether they have checked in and may dispatch (DESIGN §7). */
export function OnDutyPanel() {
  const { onDuty, error } = useOnDuty();
  const people = onDuty?.items ?? [];
  return (
    <HomeCard id="on-duty-title" title="当前在岗" extra={<Link to="/roster">排班</Link>}>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {!onDuty && !error ? <p className="muted">正在读取排班…</p> : null}
      {onDuty && people.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="此刻没有人在已发布排班的班次上" /> : null}
      {people.length ? (
        <ul className="home-people">
          {people.map((person) => (
            <li key={`${person.staffCode}:${person.shiftCode}`} className="home-people__row">
              <span className="home-people__name">{person.name}</span>
              <span className="muted small">
                {person.shiftName} 至 {formatShort(person.endsAt)}
              </span>
              <span className="home-people__tags">
                {person.mayDispatch ? <Tag color="blue">可派单</Tag> : null}
                <Badge status={person.checkedIn ? 'success' : 'default'} text={person.checkedIn ? '已签到' : '未签到'} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </HomeCard>
  );
}

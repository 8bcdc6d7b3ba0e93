import { Tag } from 'antd';
import type { RosterAssignment } from '../../api/roster-types';
import { datesOfMonth, isWeekend, monthLabel, shiftHours, weekdayOf } from './roster-dates';
import type { RosterReference } from './use-roster-reference';

interface RosterMonthGridProps {
  month: string;
  assignments: readonly RosterAssignment[];
  reference: RosterReference;
  today: string;
  /** What the table is (已发布 / 草稿 第 2 版), read out as its caption. */
  title: string;
}

/**
 * People × days. The viewer's own row comes first (what they look for), then everyone else on the roster or in the
 * staff list, by code. Each shift is its template's first character in the template's colour; the full name and
 * times are in the abbreviation's title and read out by screen readers.
 */
export function RosterMonthGrid({ month, assignments, reference, today, title }: RosterMonthGridProps) {
  const dates = datesOfMonth(month);
  const byCell = new Map(assignments.map((a) => [`${a.staffCode}|${a.date}`, a]));
  const hours = new Map<string, number>();
  for (const a of assignments) {
    if (a.startsAt && a.endsAt) hours.set(a.staffCode, (hours.get(a.staffCode) ?? 0) + (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 3_600_000);
  }
  const codes = new Set([...reference.staff.filter((s) => s.active).map((s) => s.code), ...assignments.map((a) => a.staffCode)]);
  const rows = [...codes].sort((a, b) => Number(b === reference.myCode) - Number(a === reference.myCode) || a.localeCompare(b));

  return (
    <div className="table-wrap roster-grid-wrap">
      <table className="roster-grid">
        <caption className="visually-hidden">
          {monthLabel(month)}排班表（{title}）
        </caption>
        <thead>
          <tr>
            <th scope="col" className="roster-grid__person">
              人员
            </th>
            {dates.map((date) => (
              <th
                key={date}
                scope="col"
                aria-current={date === today ? 'date' : undefined}
                className={`roster-grid__day${isWeekend(date) ? ' roster-grid__day--weekend' : ''}${date === today ? ' roster-grid__day--today' : ''}`}
              >
                <span>{Number(date.slice(8))}</span>
                <span className="roster-grid__weekday">{weekdayOf(date)}</span>
              </th>
            ))}
            <th scope="col" className="roster-grid__hours">
              工时
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((code) => (
            <tr key={code} className={code === reference.myCode ? 'roster-grid__row--mine' : undefined}>
              <th scope="row" className="roster-grid__person">
                {reference.staffName(code)}
                {code === reference.myCode ? <Tag color="processing" className="roster-grid__me">
                    我
                  </Tag> : null}
              </th>
              {dates.map((date) => {
                const a = byCell.get(`${code}|${date}`);
                const todayClass = date === today ? ' roster-grid__cell--today' : '';
                if (!a) return <td key={date} className={`roster-grid__cell${todayClass}`} />;
                const name = a.shiftName ?? reference.shiftName(a.shiftCode);
                return (
                  <td key={date} className={`roster-grid__cell${todayClass}`}>
                    <abbr className={`roster-shift roster-shift--c${reference.colourOf(a.shiftCode)}`} title={`${name} ${shiftHours(a.startsAt, a.endsAt)}`}>
                      {name.slice(0, 1)}
                    </abbr>
                  </td>
                );
              })}
              <td className="roster-grid__hours">{Math.round(hours.get(code) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The colour key under the grid. */
export function ShiftLegend({ reference }: { reference: RosterReference }) {
  return (
    <ul className="roster-legend" aria-label="班次图例">
      {reference.templates
        .filter((t) => t.active)
        .map((t) => (
          <li key={t.code}>
            <span className={`roster-shift roster-shift--c${reference.colourOf(t.code)}`} aria-hidden="true">
              {t.name.slice(0, 1)}
            </span>
            {t.name} {t.start}–{t.end}
          </li>
        ))}
    </ul>
  );
}

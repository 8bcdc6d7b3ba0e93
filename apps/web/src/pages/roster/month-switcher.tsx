import { monthLabel, shiftMonth } from './roster-dates';

interface MonthSwitcherProps {
  month: string;
  thisMonth: string;
  onChange: (month: string) => void;
}

/** 上月 / 本月 / 下月 and a month picker; the month shown is in the URL, so it survives a reload. */
export function MonthSwitcher({ month, thisMonth, onChange }: MonthSwitcherProps) {
  return (
    <div className="roster-month-switcher" role="group" aria-label="切换月份">
      <button type="button" className="button button--small" onClick={() => onChange(shiftMonth(month, -1))}>
        上月
      </button>
      <span className="roster-month-switcher__label" aria-live="polite">
        {monthLabel(month)}
      </span>
      <button type="button" className="button button--small" onClick={() => onChange(shiftMonth(month, 1))}>
        下月
      </button>
      {month !== thisMonth ? (
        <button type="button" className="button button--small button--ghost" onClick={() => onChange(thisMonth)}>
          回到本月
        </button>
      ) : null}
      <label className="roster-month-switcher__pick">
        <span className="visually-hidden">选择月份</span>
        <input type="month" value={month} onChange={(event) => event.target.value && onChange(event.target.value)} />
      </label>
    </div>
  );
}

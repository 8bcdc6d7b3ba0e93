import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { monthLabel, shiftMonth } from './roster-dates';

interface MonthSwitcherProps {
  month: string;
  thisMonth: string;
  onChange: (month: string) => void;
}

/** 上月 / 本月 / 下月 and a month picker; the month shown is in the URL, so it survives a reload. */
export function MonthSwitcher({ month, thisMonth, onChange }: MonthSwitcherProps) {
  return (
    <Space className="roster-month-switcher" role="group" aria-label="切换月份" wrap>
      <Button size="small" onClick={() => onChange(shiftMonth(month, -1))}>
        上月
      </Button>
      <span className="roster-month-switcher__label" aria-live="polite">
        {monthLabel(month)}
      </span>
      <Button size="small" onClick={() => onChange(shiftMonth(month, 1))}>
        下月
      </Button>
      {month !== thisMonth ? (
        <Button size="small" type="link" onClick={() => onChange(thisMonth)}>
          回到本月
        </Button>
      ) : null}
      <DatePicker
        picker="month"
        size="small"
        aria-label="选择月份"
        allowClear={false}
        format="YYYY-MM"
        value={dayjs(`${month}-01`)}
        onChange={(picked) => picked && onChange(picked.format('YYYY-MM'))}
      />
    </Space>
  );
}

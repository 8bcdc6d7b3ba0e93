import { Button, DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { StatsPeriod } from '../../api/stats-types';
import { periodDays, shiftMonth, type StatsSelection } from './stats-selection';

type Mode = 'month' | 'range';

const MODES = [
  { value: 'month' as const, label: '按月' },
  { value: 'range' as const, label: '自定义' },
];

interface PeriodPickerProps {
  selection: StatsSelection;
  /** The period the server answered for (it names the current month when none is chosen). */
  period: StatsPeriod | null;
  onChange: (next: StatsSelection) => void;
}

/**
 * The period: an assessment month (which the server may cut 19th–18th) or any range of days. The label of what is
 * shown is the server's, beside the page title, so the picker only chooses.
 */
export function PeriodPicker({ selection, period, onChange }: PeriodPickerProps) {
  const [mode, setMode] = useState<Mode>(selection.fromDay ? 'range' : 'month');
  const shownMonth = selection.month || (period && period.mode !== 'custom' ? period.key : '');
  const shownDays = selection.fromDay ? { fromDay: selection.fromDay, toDay: selection.toDay } : period ? periodDays(period) : null;

  const pickMonth = (month: string) => onChange({ ...selection, month, fromDay: '', toDay: '' });
  const pickRange = (fromDay: string, toDay: string) => onChange({ ...selection, month: '', fromDay, toDay });

  return (
    <div className="field">
      <span id="stats-period-label" className="field__label">
        统计周期
      </span>
      <Space wrap role="group" aria-labelledby="stats-period-label">
        <Segmented
          aria-label="周期类型"
          options={MODES}
          value={mode}
          onChange={(value) => {
            setMode(value as Mode);
            // Back to months: the month the range ended in, so the view does not jump elsewhere.
            if (value === 'month' && selection.fromDay) pickMonth(selection.toDay.slice(0, 7));
          }}
        />
        {mode === 'month' ? (
          <>
            <Button aria-label="上一个月" disabled={!shownMonth} onClick={() => pickMonth(shiftMonth(shownMonth, -1))}>
              上月
            </Button>
            <DatePicker
              picker="month"
              aria-label="统计月份"
              allowClear={false}
              format="YYYY年M月"
              value={shownMonth ? dayjs(`${shownMonth}-01`) : null}
              onChange={(picked) => picked && pickMonth(picked.format('YYYY-MM'))}
            />
            <Button aria-label="下一个月" disabled={!shownMonth} onClick={() => pickMonth(shiftMonth(shownMonth, 1))}>
              下月
            </Button>
            {selection.month ? (
              <Button type="link" onClick={() => onChange({ ...selection, month: '', fromDay: '', toDay: '' })}>
                回到本月
              </Button>
            ) : null}
          </>
        ) : (
          <DatePicker.RangePicker
            aria-label="统计起止日期"
            allowClear={false}
            format="YYYY-MM-DD"
            placeholder={['开始日期', '结束日期']}
            value={shownDays ? [dayjs(shownDays.fromDay), dayjs(shownDays.toDay)] : null}
            onChange={(days) => days?.[0] && days[1] && pickRange(days[0].format('YYYY-MM-DD'), days[1].format('YYYY-MM-DD'))}
          />
        )}
      </Space>
    </div>
  );
}

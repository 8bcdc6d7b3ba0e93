import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DayFilterProps {
  id: string;
  label: string;
  /** A Beijing calendar day, `2026-11-25`, or '' for none. */
  value: string;
  onChange: (day: string) => void;
}

/** A labelled calendar-day filter as antd's `DatePicker` (Chinese months and weekdays from the app's locale). */
export function DayFilter({ id, label, value, onChange }: DayFilterProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DatePicker id={id} value={value ? dayjs(value) : null} format="YYYY-MM-DD" onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : '')} />
    </div>
  );
}

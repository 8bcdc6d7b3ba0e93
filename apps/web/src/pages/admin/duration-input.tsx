import { InputNumber, Select, Space } from 'antd';
import type { DurationUnit, PolicyDuration } from './calendar-admin-client';

const UNIT_OPTIONS: { value: DurationUnit; label: string }[] = [
  { value: 'minutes', label: '分钟' },
  { value: 'hours', label: '小时' },
  { value: 'workingDays', label: '工作日' },
];

/** A duration of the deadline policy: an amount and its unit (工作日 follow the PRC calendar). */
export function DurationInput({ value, label, onChange }: { value: PolicyDuration; label: string; onChange: (next: PolicyDuration) => void }) {
  return (
    <Space.Compact>
      <InputNumber
        aria-label={`${label}数值`}
        min={1}
        precision={value.unit === 'workingDays' ? 0 : undefined}
        value={value.amount}
        onChange={(amount) => onChange({ ...value, amount: amount ?? 0 })}
        style={{ width: 72 }}
      />
      <Select aria-label={`${label}单位`} value={value.unit} options={UNIT_OPTIONS} onChange={(unit) => onChange({ ...value, unit })} style={{ width: 84 }} />
    </Space.Compact>
  );
}


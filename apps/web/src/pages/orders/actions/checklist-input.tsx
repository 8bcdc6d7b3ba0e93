import { Radio } from 'antd';
import { verdictChoices } from '../../../forms/checklist-verdicts';
import type { ChecklistItem } from './action-form-body';

interface ChecklistInputProps {
  items: readonly ChecklistItem[];
  id?: string;
  /** Item code → 通过 / 不通过 / 不适用. */
  value?: Record<string, string>;
  onChange?: (value: Record<string, string>) => void;
  'aria-describedby'?: string;
}

/** 审核项 in an action dialog: one radio group per item, named by the item (as the server names it back). */
export function ChecklistInput({ items, id, value = {}, onChange, 'aria-describedby': describedBy }: ChecklistInputProps) {
  return (
    <div id={id} className="checklist-input" aria-describedby={describedBy}>
      {items.map((item) => (
        <div key={item.code} className="checklist-input__row">
          <span className="checklist-input__label">{item.label}</span>
          <Radio.Group
            // One radio set per item: antd would name every group after the form field, making them one set.
            name={`${id ?? 'checklist'}-${item.code}`}
            aria-label={item.label}
            value={value[item.code]}
            options={verdictChoices(item).map(({ value: verdict, label }) => ({ value: verdict, label }))}
            onChange={(event) => onChange?.({ ...value, [item.code]: event.target.value as string })}
          />
        </div>
      ))}
    </div>
  );
}

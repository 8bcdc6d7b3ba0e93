import { DatePicker, Form, Input, Radio, Select, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import type { CategoryRef } from '../../../api/order-types';
import type { ChecklistItem } from './action-form-body';
import type { FieldSpec } from './action-form-spec';
import { CategorySelect } from './category-select';
import { ChecklistInput } from './checklist-input';
import { FilesInput } from './files-input';
import { ReplyTemplatePicker } from './reply-template-picker';
import { UnitSelect, UnitsSelect, type UnitOption } from './unit-select';

/** What the fields of one dialog choose from. */
export interface FieldChoices {
  /** The street's active units; for co-units, without the chosen lead unit. */
  streetUnits: readonly UnitOption[];
  /** The order's co-units (协办回复 on behalf of one). */
  coUnits: readonly UnitOption[];
  categories: readonly CategoryRef[];
  checklist: readonly ChecklistItem[];
}

interface ActionFieldProps {
  field: FieldSpec;
  /** The form's name: antd ids are `<form>_<field>`, which the template picker's id follows. */
  formName: string;
  choices: FieldChoices;
  order: { id: string; category: string | null };
  /** Said under the field instead of the spec's hint (e.g. the suggested lead unit and its rule). */
  extra?: ReactNode;
  /** A files field is uploading: the dialog holds its submit. */
  onBusyChange?: (busy: boolean) => void;
}

const PICKED: readonly FieldSpec['kind'][] = ['select', 'yesno', 'datetime', 'unit', 'units', 'category'];

/** Client-side checks, so every missing answer is named at once; the server still decides and names the rest. */
function rulesOf(field: FieldSpec): FormRule[] {
  if (!field.required || field.kind === 'checklist' || field.kind === 'files') return [];
  const verb = PICKED.includes(field.kind) ? '请选择' : '请填写';
  // A picked time is a dayjs object: without `type` the validator expects a string and refuses it.
  const type = field.kind === 'datetime' ? 'object' : 'string';
  return [{ required: true, type, whitespace: field.kind === 'text' || field.kind === 'textarea', message: `${verb}${field.label}` }];
}

/** One labelled control of an action form, as an antd `Form.Item`: the label names it, errors show beneath it. */
export function ActionField({ field, formName, choices, order, extra, onBusyChange }: ActionFieldProps) {
  const item = (control: ReactNode) => (
    <Form.Item name={field.name} label={field.label} rules={rulesOf(field)} required={field.required} extra={extra ?? field.hint}>
      {control}
    </Form.Item>
  );

  switch (field.kind) {
    case 'text':
      return item(<Input maxLength={field.maxLength} placeholder={field.placeholder} />);
    case 'textarea': {
      const textarea = item(<Input.TextArea rows={field.maxLength && field.maxLength > 500 ? 5 : 3} maxLength={field.maxLength} showCount={Boolean(field.maxLength && field.maxLength > 500)} placeholder={field.placeholder} />);
      if (!field.templates) return textarea;
      return (
        <>
          <ReplyTemplatePicker orderId={order.id} category={order.category} target={field.name} id={`${formName}_${field.name}_template`} />
          {textarea}
        </>
      );
    }
    case 'select':
      return item(<Select options={[...field.options]} placeholder={field.required ? '请选择' : '（不选）'} allowClear={!field.required} virtual={false} />);
    case 'yesno':
      return item(
        <Radio.Group
          aria-label={field.label}
          options={[
            { value: 'yes', label: '是' },
            { value: 'no', label: '否' },
          ]}
        />,
      );
    case 'datetime':
      return item(<DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="选择日期和时间（北京时间）" className="action-form__date" />);
    case 'unit':
      return item(<UnitSelect units={field.from === 'coUnits' ? choices.coUnits : choices.streetUnits} allowClear={!field.required} />);
    case 'units':
      return item(<UnitsSelect units={choices.streetUnits} />);
    case 'category':
      return item(<CategorySelect categories={choices.categories} />);
    case 'checklist':
      return item(<ChecklistInput items={choices.checklist} />);
    case 'files':
      return item(<FilesInput onBusyChange={onBusyChange} />);
  }
}

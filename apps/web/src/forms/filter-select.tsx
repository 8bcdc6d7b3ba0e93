import { Select } from 'antd';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
  /** What typing matches (e.g. a category's whole path); the label when absent. */
  search?: string;
}

interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  value: V | '';
  options: readonly FilterOption<V>[];
  onChange: (value: V | '') => void;
  /** Long lists (units, categories, communities) can be typed into. */
  searchable?: boolean;
  /** Filters that can be empty show 全部 and a clear button; a sort cannot be empty. */
  clearable?: boolean;
}

/**
 * One labelled list filter as an antd `Select`. The `<label>` names the Select's input (antd puts `id` on it), so it
 * is the combobox 「{label}」 to screen readers and tests; '' is 全部.
 */
export function FilterSelect<V extends string>({ id, label, value, options, onChange, searchable, clearable = true }: FilterSelectProps<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Select<V, FilterOption<V>>
        id={id}
        className="filter-select"
        value={value === '' ? undefined : value}
        placeholder="全部"
        allowClear={clearable}
        options={options.map((option) => ({ ...option, search: option.search ?? option.label }))}
        showSearch={searchable ? { optionFilterProp: 'search' } : false}
        popupMatchSelectWidth={false}
        onChange={(next) => onChange(next ?? '')}
      />
    </div>
  );
}

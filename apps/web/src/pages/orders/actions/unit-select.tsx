import { Select } from 'antd';
import { UNIT_KIND_LABELS, type UnitKind } from '@app/orders/domain/order-status';

export interface UnitOption {
  id: string;
  name: string;
  kind?: string;
}

interface UnitGroup {
  label: string;
  title: string;
  options: { value: string; label: string }[];
}

/** Units grouped by kind (科室, 社区居委会, 物业…), so a long list reads like the org chart. */
function groupedOptions(units: readonly UnitOption[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const unit of units) {
    const kind = unit.kind ?? '';
    const label = UNIT_KIND_LABELS[kind as UnitKind] ?? (kind || '其他');
    const group = groups.get(kind) ?? { label, title: label, options: [] };
    group.options.push({ value: unit.id, label: unit.name });
    groups.set(kind, group);
  }
  return [...groups.values()];
}

/** What a `Form.Item` passes to its control. */
interface ControlProps<V> {
  id?: string;
  value?: V;
  onChange?: (value: V) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/**
 * One unit, found by typing part of its name (主办单位, 责任单位…). Not virtualised: the street has a few dozen
 * units, and every option then stays in the accessibility tree.
 */
export function UnitSelect({ units, allowClear, ...control }: ControlProps<string | undefined> & { units: readonly UnitOption[]; allowClear?: boolean }) {
  return (
    <Select<string | undefined>
      {...control}
      options={groupedOptions(units)}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      placeholder={allowClear ? '（不选）可输入名称查找' : '请选择，可输入名称查找'}
      virtual={false}
      notFoundContent="没有匹配的单位"
    />
  );
}

/**
 * Several units (协办单位) as tags in the box, searchable; the caller leaves out the lead unit. Tab leaves the field:
 * antd would otherwise toggle the highlighted option on Tab, silently adding (or dropping) a unit.
 */
export function UnitsSelect({ units, ...control }: ControlProps<string[]> & { units: readonly UnitOption[] }) {
  return (
    <div onKeyDownCapture={(event) => event.key === 'Tab' && event.stopPropagation()}>
      <Select<string[]>
        {...control}
        mode="multiple"
        options={groupedOptions(units)}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder="可多选，输入名称查找"
        virtual={false}
        notFoundContent="没有匹配的单位"
      />
    </div>
  );
}

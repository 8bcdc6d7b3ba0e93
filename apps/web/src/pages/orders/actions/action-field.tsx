import { UNIT_KIND_LABELS } from '@app/orders/domain/order-status';
import { FileUpload } from '../../../forms/file-upload';
import { verdictChoices } from '../../../forms/checklist-verdicts';
import type { ChecklistItem } from './action-form-body';
import type { FieldSpec, FormValues } from './action-form-spec';

export interface UnitOption {
  id: string;
  name: string;
  kind?: string;
}

interface ActionFieldProps {
  field: FieldSpec;
  value: FormValues[string];
  onChange: (value: FormValues[string]) => void;
  error: string | undefined;
  /** Options for unit pickers: the street's units, or the order's co-units (see `from`). */
  streetUnits: readonly UnitOption[];
  coUnits: readonly UnitOption[];
  checklist: readonly ChecklistItem[];
  /** A files field is uploading: the dialog holds its submit. */
  onBusyChange?: (busy: boolean) => void;
}

/** One labelled input of an action form, with the server's message for it underneath (and announced). */
export function ActionField({ field, value, onChange, error, streetUnits, coUnits, checklist, onBusyChange }: ActionFieldProps) {
  const id = `action-${field.name}`;
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, 'aria-required': field.required || undefined };
  const text = typeof value === 'string' ? value : '';
  const label = (
    <>
      {field.label}
      {field.required ? <span className="field__required"> *</span> : null}
    </>
  );
  const after = (
    <>
      {field.hint ? (
        <span id={`${id}-hint`} className="muted small">
          {field.hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );

  switch (field.kind) {
    case 'files': {
      const named = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return (
        <FileUpload
          id={id}
          label={field.label}
          hint={field.hint}
          error={error}
          files={Object.entries(named).map(([fileId, fileName]) => ({ id: fileId, fileName }))}
          onChange={(files) => onChange(Object.fromEntries(files.map((f) => [f.id, f.fileName])))}
          onBusyChange={onBusyChange}
        />
      );
    }
    case 'yesno':
      return (
        <fieldset className="field" aria-describedby={described}>
          <legend>{label}</legend>
          <div className="field__choices">
            {(['yes', 'no'] as const).map((choice) => (
              <label key={choice} className="chip">
                <input type="radio" name={id} value={choice} checked={text === choice} onChange={() => onChange(choice)} />
                {choice === 'yes' ? '是' : '否'}
              </label>
            ))}
          </div>
          {after}
        </fieldset>
      );
    case 'units': {
      const selected = Array.isArray(value) ? value : [];
      return (
        <fieldset className="field" aria-describedby={described}>
          <legend>{label}</legend>
          <div className="field__choices field__choices--scroll">
            {streetUnits.map((unit) => (
              <label key={unit.id} className="chip">
                <input
                  type="checkbox"
                  checked={selected.includes(unit.id)}
                  onChange={(e) => onChange(e.target.checked ? [...selected, unit.id] : selected.filter((s) => s !== unit.id))}
                />
                {unit.name}
              </label>
            ))}
          </div>
          {after}
        </fieldset>
      );
    }
    case 'checklist': {
      const verdicts = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return (
        <fieldset className="field" aria-describedby={described}>
          <legend>{label}</legend>
          {checklist.map((item) => (
            <div key={item.code} className="checklist__row" role="radiogroup" aria-label={item.label}>
              <span>{item.label}</span>
              {verdictChoices(item).map((verdict) => (
                <label key={verdict.value} className="chip">
                  <input
                    type="radio"
                    name={`${id}-${item.code}`}
                    checked={verdicts[item.code] === verdict.value}
                    onChange={() => onChange({ ...verdicts, [item.code]: verdict.value })}
                  />
                  {verdict.label}
                </label>
              ))}
            </div>
          ))}
          {after}
        </fieldset>
      );
    }
    default:
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {field.kind === 'textarea' ? (
            <textarea {...common} rows={3} maxLength={field.maxLength} value={text} onChange={(e) => onChange(e.target.value)} />
          ) : field.kind === 'text' ? (
            <input {...common} type="text" maxLength={field.maxLength} placeholder={field.placeholder} value={text} onChange={(e) => onChange(e.target.value)} />
          ) : field.kind === 'datetime' ? (
            <input {...common} type="datetime-local" value={text} onChange={(e) => onChange(e.target.value)} />
          ) : (
            <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
              <option value="">{field.required ? '请选择' : '（不选）'}</option>
              {field.kind === 'select'
                ? field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))
                : field.kind === 'unit'
                  ? unitOptions(field.from === 'coUnits' ? coUnits : streetUnits)
                  : null}
            </select>
          )}
          {after}
        </div>
      );
  }
}

/** Units grouped by kind (科室, 社区居委会, 物业…), so a long list reads like the org chart. */
function unitOptions(units: readonly UnitOption[]) {
  const groups = new Map<string, UnitOption[]>();
  for (const unit of units) groups.set(unit.kind ?? '', [...(groups.get(unit.kind ?? '') ?? []), unit]);
  return [...groups].map(([kind, members]) => {
    const options = members.map((unit) => (
      <option key={unit.id} value={unit.id}>
        {unit.name}
      </option>
    ));
    return kind ? (
      <optgroup key={kind} label={UNIT_KIND_LABELS[kind as keyof typeof UNIT_KIND_LABELS] ?? kind}>
        {options}
      </optgroup>
    ) : (
      options
    );
  });
}

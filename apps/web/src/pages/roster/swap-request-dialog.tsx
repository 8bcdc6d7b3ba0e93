import { useState } from 'react';
import { ApiError } from '../../api/client';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../api/field-errors';
import { requestSwap } from '../../api/roster-client';
import type { RosterAssignment, SwapRequestBody } from '../../api/roster-types';
import { FormField } from '../../forms/form-field';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import type { RosterReference } from './use-roster-reference';
import { ViolationList, violationsOf } from './violation-list';

const FIELDS = ['kind', 'second', 'assignment', 'replacementStaffCode', 'reason'];

interface SwapRequestDialogProps {
  mine: RosterAssignment;
  /** The published roster around it, to find the other person's shift on the date chosen. */
  assignments: readonly RosterAssignment[];
  reference: RosterReference;
  onDone: (text: string) => void;
  onCancel: () => void;
}

/**
 * 换班 (two people exchange shifts) or 代班 (someone takes mine). The server checks the change against every hard
 * rule before it waits for a supervisor; a refusal names the rule and the person, shown here as is.
 */
export function SwapRequestDialog({ mine, assignments, reference, onDone, onCancel }: SwapRequestDialogProps) {
  const [kind, setKind] = useState<'swap' | 'cover'>('swap');
  const [other, setOther] = useState('');
  const [date, setDate] = useState(mine.date);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [ruleViolations, setRuleViolations] = useState<ReturnType<typeof violationsOf>>([]);
  const [busy, setBusy] = useState(false);
  const people = reference.staff.filter((s) => s.active && s.code !== mine.staffCode);
  const theirs = assignments.find((a) => a.staffCode === other && a.date === date);
  const myShift = { staffCode: mine.staffCode, date: mine.date, shiftCode: mine.shiftCode };

  async function submit() {
    setErrors(NO_ERRORS);
    setRuleViolations([]);
    if (!other) return setErrors({ message: null, fields: { [kind === 'swap' ? 'second' : 'replacementStaffCode']: '请选择人员' }, other: [] });
    if (kind === 'swap' && !theirs) return setErrors({ message: null, fields: { second: '对方当天没有班次，请换一个日期' }, other: [] });
    const body: SwapRequestBody =
      kind === 'swap'
        ? { kind, first: myShift, second: { staffCode: other, date, shiftCode: theirs!.shiftCode }, ...(reason ? { reason } : {}) }
        : { kind, assignment: myShift, replacementStaffCode: other, ...(reason ? { reason } : {}) };
    setBusy(true);
    try {
      await requestSwap(api, body);
      onDone(kind === 'swap' ? '换班申请已提交，等待值班长审批。' : '代班申请已提交，等待值班长审批。');
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
      setRuleViolations(error instanceof ApiError ? violationsOf(error.details) : []);
      setBusy(false);
    }
  }

  return (
    <FormModal formId="swap-dialog-form" title="申请换班" busy={busy} submitLabel="提交申请" onSubmit={() => void submit()} onCancel={onCancel}>
      <p>
        我的班次：{shortDate(mine.date)} {mine.shiftName ?? reference.shiftName(mine.shiftCode)}
      </p>
      <ServerErrorAlert errors={errors} extra={ruleViolations.length ? <ViolationList violations={ruleViolations} label="违反的规则" /> : undefined} />
      <fieldset className="field">
        <legend>申请类型</legend>
        <div className="field__choices">
          <label>
            <input type="radio" name="swap-kind" checked={kind === 'swap'} onChange={() => setKind('swap')} /> 换班（与他人互换）
          </label>
          <label>
            <input type="radio" name="swap-kind" checked={kind === 'cover'} onChange={() => setKind('cover')} /> 代班（请他人顶替）
          </label>
        </div>
      </fieldset>
      <FormField id="swap-other" label={kind === 'swap' ? '换班对象' : '代班人员'} required error={kind === 'swap' ? errors.fields.second : errors.fields.replacementStaffCode}>
        <select value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">请选择</option>
          {people.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}（{s.code}）
            </option>
          ))}
        </select>
      </FormField>
      {kind === 'swap' ? (
        <FormField id="swap-date" label="对方班次日期" required hint={other ? (theirs ? `对方当天：${theirs.shiftName ?? theirs.shiftCode}` : '对方当天没有班次') : undefined}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      ) : null}
      <FormField id="swap-reason" label="理由" error={errors.fields.reason}>
        <textarea value={reason} maxLength={500} rows={2} onChange={(e) => setReason(e.target.value)} />
      </FormField>
    </FormModal>
  );
}

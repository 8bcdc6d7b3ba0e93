import { Alert } from 'antd';
import { useState } from 'react';
import { reportSick } from '../../api/roster-client';
import type { RosterAssignment, SickCall } from '../../api/roster-types';
import { FormField } from '../../forms/form-field';
import { FormModal } from '../../forms/form-modal';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import { messageOf } from './use-load';

interface SickCallDialogProps {
  shift: RosterAssignment;
  onDone: (call: SickCall) => void;
  onCancel: () => void;
}

/** 报病假: the shift leaves the published roster at once; supervisors are alerted to the gap (`roster.gap`). */
export function SickCallDialog({ shift, onDone, onCancel }: SickCallDialogProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      onDone(await reportSick(api, { staffCode: shift.staffCode, date: shift.date, shiftCode: shift.shiftCode, ...(note ? { note } : {}) }));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <FormModal formId="sick-dialog-form" title="报病假" busy={busy} submitLabel="确认报病假" onSubmit={() => void submit()} onCancel={onCancel}>
      <p>
        {shift.staffName ?? shift.staffCode}：{shortDate(shift.date)} {shift.shiftName ?? shift.shiftCode}。提交后该班次立即撤下，值班长会收到缺岗提醒并安排顶班。
      </p>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <FormField id="sick-note" label="说明">
        <textarea value={note} maxLength={500} rows={2} onChange={(e) => setNote(e.target.value)} />
      </FormField>
    </FormModal>
  );
}

import { Form, Input } from 'antd';
import { reportSick } from '../../api/roster-client';
import type { RosterAssignment, SickCall } from '../../api/roster-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { shortDate } from './roster-dates';

interface SickCallDialogProps {
  shift: RosterAssignment;
  onDone: (call: SickCall) => void;
  onCancel: () => void;
}

/**
 * 报病假: the shift leaves the published roster at once; supervisors are alerted to the gap (`roster.gap`). Esc and
 * 取消 close it unless the request is in flight; a click beside it does not (it would lose the note).
 */
export function SickCallDialog({ shift, onDone, onCancel }: SickCallDialogProps) {
  const [form] = Form.useForm<{ note: string }>();
  const { errors, busy, submit } = useFormSubmission(form, ['note']);
  const send = ({ note }: { note?: string }) =>
    submit(async () => {
      const text = note?.trim();
      onDone(await reportSick(api, { staffCode: shift.staffCode, date: shift.date, shiftCode: shift.shiftCode, ...(text ? { note: text } : {}) }));
    });

  return (
    <FormModal title="报病假" formId="sick-call" ownForm busy={busy} submitLabel="确认报病假" onCancel={onCancel}>
      <p>
        {shift.staffName ?? shift.staffCode}：{shortDate(shift.date)} {shift.shiftName ?? shift.shiftCode}。提交后该班次立即撤下，值班长会收到缺岗提醒并安排顶班。
      </p>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="sick-call" layout="vertical" disabled={busy} onFinish={(values) => void send(values)}>
        <Form.Item name="note" label="说明">
          <Input.TextArea maxLength={500} rows={2} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

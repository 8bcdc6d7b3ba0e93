import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { requestSwap } from '../../api/roster-client';
import type { RosterAssignment, SwapRequestBody } from '../../api/roster-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import type { RosterReference } from './use-roster-reference';
import { ViolationList, violationsOf } from './violation-list';

interface SwapValues {
  kind: 'swap' | 'cover';
  other?: string;
  date?: Dayjs;
  reason?: string;
}

/** The server's field names → this form's: both people fields are the one 人员 select here. */
const SERVER_FIELDS: Record<string, 'other' | 'reason'> = { second: 'other', replacementStaffCode: 'other', reason: 'reason' };

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
  const [form] = Form.useForm<SwapValues>();
  const kind = Form.useWatch('kind', form) ?? 'swap';
  const other = Form.useWatch('other', form);
  const date = Form.useWatch('date', form);
  const { errors, busy, submit: send } = useFormSubmission(form, SERVER_FIELDS);
  const [ruleViolations, setRuleViolations] = useState<ReturnType<typeof violationsOf>>([]);
  const people = reference.staff.filter((s) => s.active && s.code !== mine.staffCode);
  const shiftOn = (code: string | undefined, day: Dayjs | undefined) => (code && day ? assignments.find((a) => a.staffCode === code && a.date === day.format('YYYY-MM-DD')) : undefined);
  const theirs = shiftOn(other, date);
  const myShift = { staffCode: mine.staffCode, date: mine.date, shiftCode: mine.shiftCode };

  function submit(values: SwapValues) {
    setRuleViolations([]);
    const reason = values.reason?.trim();
    const their = shiftOn(values.other, values.date);
    const body: SwapRequestBody =
      values.kind === 'swap'
        ? { kind: 'swap', first: myShift, second: { staffCode: values.other!, date: their!.date, shiftCode: their!.shiftCode }, ...(reason ? { reason } : {}) }
        : { kind: 'cover', assignment: myShift, replacementStaffCode: values.other!, ...(reason ? { reason } : {}) };
    return send(
      async () => {
        await requestSwap(api, body);
        onDone(values.kind === 'swap' ? '换班申请已提交，等待值班长审批。' : '代班申请已提交，等待值班长审批。');
      },
      (error) => {
        setRuleViolations(error instanceof ApiError ? violationsOf(error.details) : []);
        return false;
      },
    );
  }

  return (
    <FormModal title="申请换班" formId="swap-request" ownForm busy={busy} submitLabel="提交申请" onCancel={onCancel}>
      <p>
        我的班次：{shortDate(mine.date)} {mine.shiftName ?? reference.shiftName(mine.shiftCode)}
      </p>
      <ServerErrorAlert errors={errors} extra={ruleViolations.length ? <ViolationList violations={ruleViolations} label="违反的规则" /> : undefined} />
      <Form<SwapValues>
        form={form}
        name="swap-request"
        layout="vertical"
        disabled={busy}
        scrollToFirstError={{ focus: true }}
        initialValues={{ kind: 'swap', date: dayjs(mine.date) }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="kind" label="申请类型">
          <Radio.Group
            options={[
              { value: 'swap', label: '换班（与他人互换）' },
              { value: 'cover', label: '代班（请他人顶替）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="other" label={kind === 'swap' ? '换班对象' : '代班人员'} rules={[{ required: true, message: '请选择人员' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择"
            options={people.map((s) => ({ value: s.code, label: `${s.name}（${s.code}）` }))}
          />
        </Form.Item>
        {kind === 'swap' ? (
          <Form.Item
            name="date"
            label="对方班次日期"
            dependencies={['other']}
            extra={theirs ? `对方当天：${theirs.shiftName ?? theirs.shiftCode}` : undefined}
            rules={[
              { required: true, message: '请选择日期' },
              ({ getFieldValue }) => ({
                validator: (_, day: Dayjs | undefined) =>
                  !getFieldValue('other') || !day || shiftOn(getFieldValue('other'), day) ? Promise.resolve() : Promise.reject(new Error('对方当天没有班次，请换一个日期')),
              }),
            ]}
          >
            <DatePicker format="YYYY-MM-DD" allowClear={false} />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label="理由">
          <Input.TextArea maxLength={500} rows={2} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

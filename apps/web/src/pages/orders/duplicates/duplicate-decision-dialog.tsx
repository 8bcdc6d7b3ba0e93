import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { isVersionConflict } from '../../../api/field-errors';
import type { DuplicateCandidate } from '../../../api/intake-types';
import { FormModal } from '../../../forms/form-modal';
import { ServerErrorAlert } from '../../../forms/server-error-alert';
import { useFormSubmission } from '../../../forms/use-form-submission';
import { candidateLabel } from './candidate-text';

/** 合并 starts from the candidate whose button was pressed; the dialog still lets the user pick another. */
export type DuplicateDecision = { kind: 'merge'; masterId: string } | { kind: 'dismiss' };

/** What the dialog sends: the master (merge only) and the merge note (optional) or dismissal reason (required). */
export interface DuplicateAnswer {
  masterId?: string;
  text: string;
}

interface DialogValues {
  masterId?: string;
  note?: string;
  reason?: string;
}

interface DialogProps {
  decision: DuplicateDecision;
  candidates: readonly DuplicateCandidate[];
  onSubmit: (answer: DuplicateAnswer) => Promise<void>;
  /** 409 ORDER_VERSION_CONFLICT on merge: the page reloads the order and says so. */
  onConflict: () => Promise<void>;
  onCancel: () => void;
}

/**
 * 合并 / 不是重复, confirmed in antd's `Modal` (focus stays inside; Esc cancels). A merge closes this order into the
 * master for good, so the master is picked by what identifies it (编号, time, place, what) from the candidates —
 * never typed as an id. A dismissal must say why (kept on the timeline); the server says so when it is missing.
 */
export function DuplicateDecisionDialog({ decision, candidates, onSubmit, onConflict, onCancel }: DialogProps) {
  const merging = decision.kind === 'merge';
  const text = merging ? 'note' : 'reason';
  const [form] = Form.useForm<DialogValues>();
  const { errors, busy, submit: send } = useFormSubmission(form, ['masterId', text]);
  const options = useMemo(() => candidates.map((c) => ({ value: c.orderId, label: candidateLabel(c) })), [candidates]);

  const submit = (values: DialogValues) =>
    send(
      () => onSubmit({ masterId: values.masterId, text: (values[text] ?? '').trim() }),
      async (error) => isVersionConflict(error) && (await onConflict(), true),
    );

  return (
    <FormModal title={merging ? '合并重复件' : '不是重复'} formId="duplicate" ownForm busy={busy} submitLabel={merging ? '确认合并' : '确认排除'} onCancel={onCancel}>
      <Form<DialogValues>
        form={form}
        name="duplicate"
        layout="vertical"
        initialValues={merging ? { masterId: decision.masterId } : {}}
        onFinish={(values) => void submit(values)}
        // The server's message goes once the field is edited (no rule here would re-check and clear it).
        onValuesChange={(changed: DialogValues) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof DialogValues, errors: [] })))}
      >
        <ServerErrorAlert errors={errors} />
        <p>
          {merging
            ? '将本工单作为重复件并入所选主工单，本工单随即结束（已合并），后续在主工单办理。'
            : '排除疑似重复提示，本工单照常办理。理由将记入办理过程。'}
        </p>
        {merging ? (
          <Form.Item name="masterId" label="主工单" rules={[{ required: true, message: '请选择要并入的主工单' }]}>
            <Select options={options} showSearch={{ optionFilterProp: 'label' }} placeholder="输入编号、地址或内容查找" virtual={false} />
          </Form.Item>
        ) : null}
        <Form.Item name={text} label={merging ? '合并说明' : '理由'} required={!merging}>
          <Input.TextArea rows={3} maxLength={500} autoFocus={!merging} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

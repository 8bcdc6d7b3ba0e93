import { Form, Input, Select } from 'antd';
import { ROLE_LABELS, ROLES } from '@app/access';
import type { Role } from '../../api/types';
import type { UnitRef } from '../../api/order-types';
import type { RosterStaff } from '../../api/roster-types';
import { FormModal } from '../../forms/form-modal';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { createUser, editUser, PASSWORD_POLICY_TEXT, resetPassword, type AdminUser } from './users-client';

/** The street's units and roster staff, for the pickers. */
export interface UserChoices {
  units: readonly UnitRef[];
  staff: readonly RosterStaff[];
  users: readonly AdminUser[];
}

interface DialogProps {
  choices: UserChoices;
  onDone: (user: AdminUser) => void;
  onCancel: () => void;
}

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  staffCode?: string | null;
  password: string;
}

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Only active units can take a new 承办人; the user's own unit stays listed so an edit does not drop it silently. */
function unitOptions(units: readonly UnitRef[], current: string | null) {
  return units.filter((u) => u.active || u.id === current).map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name}（已停用）` }));
}

/** Staff members free to link, and the one this user already is. */
function staffOptions({ staff, users }: UserChoices, userId: string | null) {
  const linkedTo = (s: RosterStaff) => users.find((u) => u.id === s.userId);
  return staff.map((s) => {
    const other = s.userId && s.userId !== userId ? linkedTo(s) : undefined;
    return { value: s.code, label: `${s.name}（${s.code}）${other ? ` — 已关联 ${other.username}` : ''}`, disabled: !!other };
  });
}

function UnitField({ choices, current }: { choices: UserChoices; current: string | null }) {
  return (
    <Form.Item noStyle dependencies={['role']}>
      {({ getFieldValue }) =>
        getFieldValue('role') === 'unit' ? (
          <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: '承办人必须属于一个承办单位' }]}>
            <Select showSearch optionFilterProp="label" options={unitOptions(choices.units, current)} placeholder="选择承办单位" />
          </Form.Item>
        ) : null
      }
    </Form.Item>
  );
}

/** 编辑用户: name, role, unit and the roster staff member this account is; saved on the version shown. */
export function EditUserDialog({ user, choices, onDone, onCancel }: DialogProps & { user: AdminUser }) {
  const [form] = Form.useForm<UserFormValues>();
  const { errors, busy, submit } = useFormSubmission(form, ['displayName', 'role', 'unitId', 'staffCode']);
  const send = (v: UserFormValues) =>
    submit(async () => {
      const unitId = v.role === 'unit' ? (v.unitId ?? null) : null;
      onDone(await editUser(api, user.id, { version: user.version, displayName: v.displayName, role: v.role, unitId, staffCode: v.staffCode ?? null }));
    });
  return (
    <FormModal title={`编辑用户 ${user.username}`} formId="edit-user" ownForm busy={busy} submitLabel="保存" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form
        form={form}
        name="edit-user"
        layout="vertical"
        disabled={busy}
        initialValues={{ displayName: user.displayName, role: user.role, unitId: user.unitId, staffCode: user.staffCode }}
        onFinish={(values) => void send(values)}
      >
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <UnitField choices={choices} current={user.unitId} />
        <Form.Item name="staffCode" label="排班人员" extra="关联后，该账号的签到、交接班和“我的班次”按此人员的排班计算。">
          <Select allowClear showSearch optionFilterProp="label" options={staffOptions(choices, user.id)} placeholder="不关联" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 新建用户: the password must meet the policy, which is shown under the field. */
export function CreateUserDialog({ choices, onDone, onCancel }: DialogProps) {
  const [form] = Form.useForm<UserFormValues>();
  const { errors, busy, submit } = useFormSubmission(form, ['username', 'displayName', 'role', 'unitId', 'password']);
  const send = (v: UserFormValues) =>
    submit(async () => {
      const created = await createUser(api, { username: v.username, displayName: v.displayName, role: v.role, unitId: v.role === 'unit' ? v.unitId : null, password: v.password });
      onDone(v.staffCode ? await editUser(api, created.id, { version: created.version, staffCode: v.staffCode }) : created);
    });
  return (
    <FormModal title="新建用户" formId="create-user" ownForm busy={busy} submitLabel="创建" onCancel={onCancel}>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="create-user" layout="vertical" disabled={busy} initialValues={{ role: 'operator' }} onFinish={(values) => void send(values)}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <UnitField choices={choices} current={null} />
        <Form.Item name="staffCode" label="排班人员">
          <Select allowClear showSearch optionFilterProp="label" options={staffOptions(choices, null)} placeholder="不关联" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" extra={PASSWORD_POLICY_TEXT} rules={[{ required: true, message: '请输入初始密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 重置密码: the user's sessions end; the new password must meet the policy. */
export function ResetPasswordDialog({ user, onDone, onCancel }: Omit<DialogProps, 'choices'> & { user: AdminUser }) {
  const [form] = Form.useForm<{ password: string }>();
  const { errors, busy, submit } = useFormSubmission(form, ['password']);
  return (
    <FormModal title={`重置 ${user.username} 的密码`} formId="reset-password" ownForm busy={busy} submitLabel="重置" onCancel={onCancel}>
      <p>重置后该用户的所有会话立即失效，需用新密码重新登录。</p>
      <ServerErrorAlert errors={errors} />
      <Form form={form} name="reset-password" layout="vertical" disabled={busy} onFinish={({ password }) => void submit(async () => onDone(await resetPassword(api, user.id, password)))}>
        <Form.Item name="password" label="新密码" extra={PASSWORD_POLICY_TEXT} rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

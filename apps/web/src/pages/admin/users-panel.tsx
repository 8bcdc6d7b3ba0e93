import { Alert, App, Button, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '@app/access';
import { rosterStaff } from '../../api/roster-client';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog, type UserChoices } from './user-dialogs';
import { adminUsers, PASSWORD_POLICY_TEXT, setUserActive, unlockUser, type AdminUser } from './users-client';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: AdminUser } | null;

async function loadChoices(signal: AbortSignal): Promise<UserChoices> {
  const [users, units, staff] = await Promise.all([adminUsers(api, signal), api.units(signal), rosterStaff(api, signal)]);
  return { users, units: units.items, staff: staff.items };
}

/**
 * 系统管理 → 用户 (DESIGN §1): accounts with their role, unit and the roster staff member each one is; create, edit
 * the link, disable/enable, unlock and reset the password. Every change is audited by the server.
 */
export function UsersPanel() {
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useApiResource('admin-users', loadChoices, { failure: '用户列表加载失败' });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const now = Date.now();

  const done = (text: string) => (user: AdminUser) => {
    setDialog(null);
    void message.success(`${user.username}：${text}`);
    reload();
  };
  async function act(user: AdminUser, run: () => Promise<AdminUser>, text: string) {
    setBusyId(user.id);
    try {
      done(text)(await run());
    } catch (e) {
      void message.error(messageOf(e));
      reload();
    } finally {
      setBusyId(null);
    }
  }
  const confirmActive = (user: AdminUser) =>
    modal.confirm({
      title: user.active ? `停用 ${user.username}？` : `启用 ${user.username}？`,
      content: user.active ? '停用后该账号的所有会话立即失效，不能再登录；其经手的工单和记录保留。' : '启用后该账号可以重新登录。',
      okText: user.active ? '停用' : '启用',
      okButtonProps: { danger: user.active },
      cancelText: '取消',
      onOk: () => act(user, () => setUserActive(api, user.id, !user.active), user.active ? '已停用' : '已启用'),
    });

  const columns: TableColumnsType<AdminUser> = [
    { key: 'username', title: '用户名', dataIndex: 'username' },
    { key: 'displayName', title: '姓名', dataIndex: 'displayName' },
    { key: 'role', title: '角色', render: (_, u) => ROLE_LABELS[u.role] ?? u.role },
    { key: 'unit', title: '承办单位', render: (_, u) => u.unitName ?? <span className="muted">—</span> },
    { key: 'staff', title: '排班人员', render: (_, u) => (u.staffCode ? `${u.staffName}（${u.staffCode}）` : <span className="muted">未关联</span>) },
    {
      key: 'state',
      title: '状态',
      render: (_, u) => (
        <Space size={4}>
          {u.active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>}
          {u.lockedUntil && Date.parse(u.lockedUntil) > now ? <Tag color="error">锁定至 {formatShort(u.lockedUntil)}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: '操作',
      render: (_, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
            编辑
          </Button>
          <Button type="link" size="small" danger={u.active} loading={busyId === u.id} onClick={() => confirmActive(u)}>
            {u.active ? '停用' : '启用'}
          </Button>
          {u.lockedUntil && Date.parse(u.lockedUntil) > now ? (
            <Button type="link" size="small" onClick={() => void act(u, () => unlockUser(api, u.id), '已解除锁定')}>
              解锁
            </Button>
          ) : null}
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user: u })}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="admin-users-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="admin-users-title">用户</h2>
        <Button type="primary" disabled={!data} onClick={() => setDialog({ kind: 'create' })}>
          新建用户
        </Button>
      </div>
      <p className="muted small">密码策略：{PASSWORD_POLICY_TEXT}15 分钟内连续 5 次登录失败将锁定账号，可在此解锁。</p>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <ListTable<AdminUser> labelledBy="admin-users-title" rowKey="id" columns={columns} rows={data?.users ?? []} loading={loading && !data} emptyText="暂无用户" />
      {data && dialog?.kind === 'create' ? <CreateUserDialog choices={data} onDone={done('已创建')} onCancel={() => setDialog(null)} /> : null}
      {data && dialog?.kind === 'edit' ? <EditUserDialog user={dialog.user} choices={data} onDone={done('已保存')} onCancel={() => setDialog(null)} /> : null}
      {dialog?.kind === 'password' ? <ResetPasswordDialog user={dialog.user} onDone={done('密码已重置')} onCancel={() => setDialog(null)} /> : null}
    </section>
  );
}

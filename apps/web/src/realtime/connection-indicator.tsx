import { useSyncExternalStore } from 'react';
import { deskSocket } from '../services';
import type { ConnectionStatus } from './desk-socket';

const LABELS: Record<ConnectionStatus, string> = {
  connected: '已连接',
  connecting: '连接中',
  reconnecting: '重连中',
  offline: '未连接',
};

/** 实时连接：已连接 / 重连中 — so an operator knows whether the live feed and alerts can be trusted. */
export function ConnectionIndicator() {
  const status = useSyncExternalStore(deskSocket.subscribeStatus, deskSocket.getStatus);
  return (
    <span className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      实时连接：{LABELS[status]}
    </span>
  );
}

import { Button, Modal } from 'antd';
import { useState } from 'react';
import { continueSession, useIdleTimeout } from './use-idle-timeout';

/**
 * The idle sign-out of the signed-in frame, with its warning a minute before: 您已 N 分钟未操作，将在 60 秒后退出登录,
 * counting down, and 继续使用. Any input (a key, the mouse) counts as activity too and closes it in every tab.
 */
export function IdleWarning() {
  const phase = useIdleTimeout();
  // The closing animation keeps showing the last figures, not an empty sentence.
  const [shown, setShown] = useState({ idleMinutes: 0, secondsLeft: 60 });
  if (phase.kind === 'warning' && (phase.idleMinutes !== shown.idleMinutes || phase.secondsLeft !== shown.secondsLeft)) {
    setShown({ idleMinutes: phase.idleMinutes, secondsLeft: phase.secondsLeft });
  }

  return (
    <Modal
      open={phase.kind === 'warning'}
      title="即将退出登录"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={continueSession} autoFocus>
          继续使用
        </Button>
      }
    >
      <p>
        您已 {shown.idleMinutes} 分钟未操作，将在 {shown.secondsLeft} 秒后退出登录
      </p>
    </Modal>
  );
}

import { Switch } from 'antd';
import { useSyncExternalStore } from 'react';
import { alarmSound } from './alarms';

/** 告警提示音 on or off, in the top bar: a setting of this workstation's user, off until they turn it on. */
export function AlarmSoundToggle() {
  const enabled = useSyncExternalStore(alarmSound.subscribe, alarmSound.isEnabled);
  return (
    <span className="alarm-sound">
      <label htmlFor="alarm-sound-switch">告警提示音</label>
      <Switch id="alarm-sound-switch" size="small" checked={enabled} onChange={(on) => alarmSound.setEnabled(on)} />
    </span>
  );
}

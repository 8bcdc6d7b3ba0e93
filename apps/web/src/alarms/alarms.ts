import { deskSocket, session } from '../services';
import { AlarmSound } from './alarm-sound';
import { AlarmStore } from './alarm-store';

/** The page's one alarm store and sound, wired to the socket and the session like the live feed. */
export const alarmStore = new AlarmStore(deskSocket, session);
export const alarmSound = new AlarmSound();
alarmStore.onArrival(() => alarmSound.beep());

import type { OnDutyPerson } from '../../api/roster-types';
import { useOnDuty } from './use-on-duty';

export interface MyShiftState {
  /** The signed-in user's entry on a published shift now; null when not on duty. */
  entry: OnDutyPerson | null;
  /** How many people are on duty now (the whole street). */
  onDutyCount: number;
  loaded: boolean;
  error: string | null;
}

/** The signed-in user's shift now, found among those on duty by `userId` (roster staff are linked to accounts). */
export function useMyShift(userId: string): MyShiftState {
  const { onDuty, error } = useOnDuty();
  return {
    entry: onDuty?.items.find((item) => item.userId === userId) ?? null,
    onDutyCount: onDuty?.items.length ?? 0,
    loaded: onDuty !== null || error !== null,
    error,
  };
}

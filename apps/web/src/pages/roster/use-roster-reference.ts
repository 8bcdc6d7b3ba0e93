import { useMemo } from 'react';
import { rosterStaff, shiftTemplates } from '../../api/roster-client';
import type { RosterStaff, ShiftTemplate } from '../../api/roster-types';
import { api } from '../../services';
import { useLoad } from './use-load';

export interface RosterReference {
  templates: ShiftTemplate[];
  staff: RosterStaff[];
  /** The viewer's own staff code, when their desk account is on the roster. */
  myCode: string | null;
  staffName: (code: string) => string;
  shiftName: (code: string) => string;
  /** Colour slot of a shift (0–5), so a new template gets a colour without a CSS change. */
  colourOf: (code: string) => number;
  error: string | null;
}

/** Shift templates and staff of the street: what every roster panel names people and shifts with. */
export function useRosterReference(userId: string, refreshKey: number): RosterReference {
  const loaded = useLoad(
    `reference:${refreshKey}`,
    async (signal) => {
      const [templates, staff] = await Promise.all([shiftTemplates(api, signal), rosterStaff(api, signal)]);
      return { templates: templates.items, staff: staff.items };
    },
    '班次模板或排班人员加载失败',
  );
  return useMemo(() => {
    const templates = loaded.data?.templates ?? [];
    const staff = loaded.data?.staff ?? [];
    const names = new Map(staff.map((s) => [s.code, s.name]));
    const shifts = new Map(templates.map((t) => [t.code, { name: t.name, slot: colourSlot(templates, t) }]));
    return {
      templates,
      staff,
      myCode: staff.find((s) => s.userId === userId)?.code ?? null,
      staffName: (code) => (names.has(code) ? `${names.get(code)}（${code}）` : code),
      shiftName: (code) => shifts.get(code)?.name ?? code,
      colourOf: (code) => shifts.get(code)?.slot ?? 5,
      error: loaded.error,
    };
  }, [loaded.data, loaded.error, userId]);
}

/** A night shift: marked so, or starting in the small hours (the demo's 夜班 00:00–08:00 is not marked). */
const isNight = (t: ShiftTemplate) => t.night ?? t.start < '06:00';

/** Night shifts take the dark slot (3); the others the light slots in start-time order (the api's order). */
function colourSlot(templates: readonly ShiftTemplate[], template: ShiftTemplate): number {
  if (isNight(template)) return 3;
  const light = [0, 1, 2, 4, 5];
  return light[templates.filter((t) => !isNight(t)).indexOf(template) % light.length];
}

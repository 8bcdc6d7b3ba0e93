import { getRoster, listRosters } from '../../api/roster-client';
import type { RosterAssignment } from '../../api/roster-types';
import { api } from '../../services';
import { shiftMonth } from './roster-dates';
import { useLoad } from './use-load';

/** The published shifts of this month and the next (what "my shifts" and swap requests look at). */
export function usePublishedAssignments(thisMonth: string, refreshKey: number) {
  return useLoad<RosterAssignment[]>(
    `published:${thisMonth}:${refreshKey}`,
    async (signal) => {
      const months = [thisMonth, shiftMonth(thisMonth, 1)];
      const lists = await Promise.all(months.map((month) => listRosters(api, month, signal)));
      const ids = lists.flatMap((list) => list.items.filter((r) => r.status === 'published').map((r) => r.id));
      const details = await Promise.all(ids.map((id) => getRoster(api, id, signal)));
      return details.flatMap((d) => d.assignments).sort((a, b) => a.date.localeCompare(b.date) || (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
    },
    '已发布排班加载失败',
  );
}

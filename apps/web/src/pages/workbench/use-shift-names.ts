import { useCallback } from 'react';
import { shiftTemplates } from '../../api/roster-client';
import { api } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';

const load = (signal: AbortSignal) => shiftTemplates(api, signal).then((list) => list.items);
const unknown = () => undefined;

/**
 * Shift names by code (早班 for its code), for events that carry only the code. Read once, and only by users who may
 * read the roster; for others the feed says 班次.
 */
export function useShiftNames(mayRead: boolean): (code: string) => string | undefined {
  const { data: templates } = useApiResource(mayRead ? 'shift-templates' : null, load, { failure: '班次名称获取失败' });
  const lookup = useCallback((code: string) => templates?.find((t) => t.code === code)?.name, [templates]);
  return templates ? lookup : unknown;
}

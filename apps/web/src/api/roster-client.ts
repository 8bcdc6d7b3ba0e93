import type { ApiClient } from './client';
import type {
  AssignmentRef,
  AttendanceRecord,
  GenerateRosterBody,
  RosterGeneration,
  Handover,
  ItemsOf,
  OnDuty,
  RosterCheck,
  RosterDetail,
  RosterStaff,
  RosterSummary,
  ShiftTemplate,
  SickCall,
  SwapRequest,
  SwapRequestBody,
} from './roster-types';

/**
 * The 排班 endpoints (libs/rostering/src/api), as functions of the one `ApiClient` so they share its token
 * renewal and error handling without growing client.ts. Every write that changes a versioned record sends the
 * `version` the user saw.
 */
const enc = encodeURIComponent;
const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])).toString();
  return search ? `?${search}` : '';
};

// ── rosters ──────────────────────────────────────────────────────────────────────────────────────────────────

export const listRosters = (api: ApiClient, month?: string, signal?: AbortSignal) =>
  api.get<ItemsOf<RosterSummary>>('/roster/rosters' + query({ month }), { signal });

export const getRoster = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<RosterDetail>(`/roster/rosters/${enc(id)}`, { signal });

export const checkRoster = (api: ApiClient, id: string) => api.get<RosterCheck>(`/roster/rosters/${enc(id)}/check`);

/** Answers at once (202) with the queued generation; follow it with `getGeneration` and `roster.generation` events. */
export const generateRoster = (api: ApiClient, body: GenerateRosterBody) => api.post<RosterGeneration>('/roster/generate', body);

export const getGeneration = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<RosterGeneration>(`/roster/generations/${enc(id)}`, { signal });

/** A queued generation is cancelled at once; a running one stops and keeps its best roster as the draft. */
export const cancelGeneration = (api: ApiClient, id: string) => api.post<RosterGeneration>(`/roster/generations/${enc(id)}/cancel`);

/** 409 ROSTER_HAS_VIOLATIONS carries `details.violations`. */
export const publishRoster = (api: ApiClient, id: string, version: number) => api.post<RosterDetail>(`/roster/rosters/${enc(id)}/publish`, { version });

export const copyRoster = (api: ApiClient, id: string) => api.post<RosterDetail>(`/roster/rosters/${enc(id)}/copy`);

export const onDuty = (api: ApiClient, signal?: AbortSignal) => api.get<OnDuty>('/roster/on-duty', { signal });

export const shiftTemplates = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<ShiftTemplate>>('/roster/templates', { signal });

export const rosterStaff = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<RosterStaff>>('/roster/staff', { signal });

// ── swaps and sick calls ─────────────────────────────────────────────────────────────────────────────────────

export const listSwaps = (api: ApiClient, status?: string, signal?: AbortSignal) =>
  api.get<ItemsOf<SwapRequest>>('/roster/swaps' + query({ status }), { signal });

/** 400 ROSTER_RULE_VIOLATION names the rule and the person the change would hurt. */
export const requestSwap = (api: ApiClient, body: SwapRequestBody) => api.post<SwapRequest>('/roster/swaps', body);

export const decideSwap = (api: ApiClient, id: string, decision: 'approve' | 'reject', version: number, note?: string) =>
  api.post<SwapRequest>(`/roster/swaps/${enc(id)}/${decision}`, { version, ...(note ? { note } : {}) });

export const listSickCalls = (api: ApiClient, status?: string, signal?: AbortSignal) =>
  api.get<ItemsOf<SickCall>>('/roster/sick-calls' + query({ status }), { signal });

export const reportSick = (api: ApiClient, body: AssignmentRef & { note?: string }) => api.post<SickCall>('/roster/sick-calls', body);

export const coverSickCall = (api: ApiClient, id: string, version: number, staffCode: string) =>
  api.post<SickCall>(`/roster/sick-calls/${enc(id)}/cover`, { version, staffCode });

// ── attendance ───────────────────────────────────────────────────────────────────────────────────────────────

/** Without `staffCode`: the signed-in user's own shift (a supervisor may name someone else). */
export const checkIn = (api: ApiClient, staffCode?: string) => api.post<AttendanceRecord>('/roster/check-in', staffCode ? { staffCode } : {});

export const checkOut = (api: ApiClient, staffCode?: string) => api.post<AttendanceRecord>('/roster/check-out', staffCode ? { staffCode } : {});

export const attendanceOf = (api: ApiClient, date: string, signal?: AbortSignal) =>
  api.get<{ date: string; items: AttendanceRecord[] }>('/roster/attendance' + query({ date }), { signal });

// ── handover ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Latest first. */
export const listHandovers = (api: ApiClient, date?: string, signal?: AbortSignal) =>
  api.get<ItemsOf<Handover>>('/roster/handovers' + query({ date }), { signal });

/** Idempotent: an existing handover of that shift is returned unchanged. */
export const prepareHandover = (api: ApiClient, date: string, shiftCode: string) => api.post<Handover>('/roster/handovers', { date, shiftCode });

export const addHandoverNote = (api: ApiClient, id: string, version: number, text: string) =>
  api.post<Handover>(`/roster/handovers/${enc(id)}/notes`, { version, text });

export const confirmHandover = (api: ApiClient, id: string, version: number, note?: string) =>
  api.post<Handover>(`/roster/handovers/${enc(id)}/confirm`, { version, ...(note ? { note } : {}) });

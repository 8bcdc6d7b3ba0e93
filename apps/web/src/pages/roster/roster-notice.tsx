import { Alert } from 'antd';
import type { RosterViolation } from '../../api/roster-types';
import { ViolationList } from './violation-list';

/** What a roster action answered: done, done with a caveat (late, early leave), or refused with the rules it broke. */
export interface RosterNoticeValue {
  tone: 'info' | 'warning' | 'error';
  text: string;
  violations?: readonly RosterViolation[];
}

const TYPES = { info: 'success', warning: 'warning', error: 'error' } as const;

/**
 * A panel's answer to the last action as an antd `Alert`. Refusals and caveats are announced at once (`alert`);
 * a plain success politely (`status`).
 */
export function RosterNotice({ notice, violationsLabel = '违反的规则' }: { notice: RosterNoticeValue | null; violationsLabel?: string }) {
  if (!notice) return null;
  const violations = notice.violations?.length ? <ViolationList violations={notice.violations} label={violationsLabel} /> : undefined;
  return <Alert className="alert" type={TYPES[notice.tone]} role={notice.tone === 'info' ? 'status' : 'alert'} showIcon title={notice.text} description={violations} />;
}

import type { KnownPersonalData } from '@app/access';
import type { OrderRow } from '../persistence/order-row.js';
import type { CitizenPii } from './citizen-pii.js';

/** The order's own caller, so free text that spells their name or number is masked however it is written. */
export function knownCitizen(row: Pick<OrderRow, 'citizen_name_enc' | 'citizen_phone_enc'>, pii: CitizenPii): KnownPersonalData {
  return { names: [pii.decrypt(row.citizen_name_enc)], phones: [pii.decrypt(row.citizen_phone_enc)] };
}

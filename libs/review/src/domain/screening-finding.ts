/**
 * What screening says about a reply, shared as-is with the web UI (which imports this file): no imports here, so
 * the UI can read it without the server's libraries.
 */
export type ScreeningRule =
  | 'evasive_phrase'
  | 'prohibited_word'
  | 'id_card_number'
  | 'third_party_phone'
  | 'no_contact_record'
  | 'type_not_addressed'
  | 'refusal_without_basis';

export interface ScreeningFinding {
  rule: ScreeningRule;
  /** The checklist item (default codes of `@app/orders`) this finding pre-fails. */
  item: string;
  /** The text that triggered it, as written in the reply; empty for a missing element. */
  matched: string;
  /** Where: the lead's reply, or a co-unit's sub-reply. */
  source: 'reply' | 'sub_reply';
  message: string;
}

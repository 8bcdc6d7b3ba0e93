/**
 * The admin's two screening word lists, shared as-is with the web UI (which imports this file): no imports here.
 * evasive: 推诿敷衍用语; prohibited: the contract's 九不准/六不许 content rules, as words the admin lists.
 */
export const PHRASE_KINDS = ['evasive', 'prohibited'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

/** What the reviewer reads on a finding from each list, so the admin's list and the finding use one name. */
export const PHRASE_KIND_LABELS: Readonly<Record<PhraseKind, string>> = {
  evasive: '推诿敷衍用语',
  prohibited: '禁用表述（九不准/六不许）',
};

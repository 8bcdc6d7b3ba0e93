import { COMMON_PASSWORD_STEMS } from './common-passwords.js';

/**
 * Password policy for a government system (MLPS 2.0 level 3, DESIGN §1): at least 10 characters from at least three
 * of four classes, not built around the username, not a common password dressed up (`Password123`, `Passw0rd!!`),
 * and none of the words anyone would guess first here: the product's name, the hotline's number, the demo password.
 */
export const PASSWORD_MIN_LENGTH = 10;

/** Words that make a password guessable on this desk in particular, matched inside the de-leeted password. */
export const PRODUCT_WORDS: readonly string[] = ['hotline', 'hotlinedesk', '12345', 'rexian', 'jiesujiban', 'gongdan'];

export interface PasswordContext {
  username?: string;
  /** Further passwords to refuse outright (the configured demo password). */
  refused?: readonly string[];
}

export function passwordPolicyProblems(password: string, context: PasswordContext | string = {}): string[] {
  const { username, refused = [] } = typeof context === 'string' ? { username: context } : context;
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`长度至少 ${PASSWORD_MIN_LENGTH} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('需包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('不能包含用户名');
  }
  if (/^\s|\s$/.test(password)) problems.push('首尾不能是空格');
  if (refused.includes(password)) problems.push('不能使用演示密码');
  else if (isCommonPassword(password)) problems.push('过于常见，容易被猜中');
  else if (containsProductWord(password)) problems.push('不能包含系统名称或热线号码');
  return problems;
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/**
 * The word a password is built on: lower case, the digits and symbols around it dropped, the rest de-leeted.
 * `P@ssw0rd!!` → `password`; `Password123` → `password`; `Qwerty#2026` → `qwerty`.
 */
export function passwordStem(password: string): string {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
  return [...core].map((c) => LEET[c] ?? c).join('').replace(/[^a-z]/g, '');
}

function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORD_STEMS.has(passwordStem(password));
}

function containsProductWord(password: string): boolean {
  const plain = [...password.toLowerCase()].map((c) => LEET[c] ?? c).join('');
  const raw = password.toLowerCase();
  return PRODUCT_WORDS.some((word) => plain.includes(word) || raw.includes(word));
}

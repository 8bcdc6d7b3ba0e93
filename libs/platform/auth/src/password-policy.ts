/**
 * Password policy for a government system (MLPS 2.0 level 3, DESIGN §1): at least 10 characters from at least three
 * of four classes, and not built around the username.
 */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordPolicyProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`长度至少 ${PASSWORD_MIN_LENGTH} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('需包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('不能包含用户名');
  }
  if (/^\s|\s$/.test(password)) problems.push('首尾不能是空格');
  return problems;
}

import { describe, expect, it } from '@jest/globals';
import { passwordPolicyProblems } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Hotline#2026', 'operator', []],
    ['abcdefghij1!', 'operator', []],
    ['ABCDEFGHIJ1!', 'operator', []],
    ['Short#1a', 'operator', ['长度至少 10 位']],
    ['abcdefghijkl', 'operator', ['需包含大写字母、小写字母、数字、符号中的至少三类']],
    ['abcdefgh1234', 'operator', ['需包含大写字母、小写字母、数字、符号中的至少三类']],
    ['Operator#2026', 'operator', ['不能包含用户名']],
    [' Hotline#2026', 'operator', ['首尾不能是空格']],
    ['短密码', 'operator', ['长度至少 10 位', '需包含大写字母、小写字母、数字、符号中的至少三类']],
  ])('%s for %s → %j', (password, username, expected) => {
    expect(passwordPolicyProblems(password, username)).toEqual(expected);
  });
});

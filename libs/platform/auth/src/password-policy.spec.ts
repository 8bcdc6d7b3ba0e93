import { describe, expect, it } from '@jest/globals';
import { passwordPolicyProblems } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Duty#Shift2026', 'operator', []],
    ['Lantern-Kite-9!', 'operator', []],
    ['KLMNOPQRST1!', 'operator', []],
    ['Short#1a', 'operator', ['长度至少 10 位']],
    ['abcdefghijkl', 'operator', ['需包含大写字母、小写字母、数字、符号中的至少三类']],
    ['abcdefgh1234', 'operator', ['需包含大写字母、小写字母、数字、符号中的至少三类', '过于常见，容易被猜中']],
    ['Operator#2026', 'operator', ['不能包含用户名']],
    [' Duty#Shift2026', 'operator', ['首尾不能是空格']],
    ['Password123', 'operator', ['过于常见，容易被猜中']],
    ['Passw0rd!!', 'operator', ['过于常见，容易被猜中']],
    ['P@ssw0rd#2026', 'operator', ['过于常见，容易被猜中']],
    ['Qwerty#2026', 'operator', ['过于常见，容易被猜中']],
    ['Woaini@1314', 'operator', ['过于常见，容易被猜中']],
    ['abcdefghij1!', 'operator', ['过于常见，容易被猜中']],
    ['Hotline#2026', 'operator', ['不能包含系统名称或热线号码']],
    ['My-H0tl1ne-Desk', 'operator', ['不能包含系统名称或热线号码']],
    ['Call12345-Now!', 'operator', ['不能包含系统名称或热线号码']],
    ['短密码', 'operator', ['长度至少 10 位', '需包含大写字母、小写字母、数字、符号中的至少三类']],
  ])('%s for %s → %j', (password, username, expected) => {
    expect(passwordPolicyProblems(password, username)).toEqual(expected);
  });

  it('when the password is the configured demo password, then it is refused whatever else it is', () => {
    expect(passwordPolicyProblems('Demo#Sunflower7', { username: 'operator', refused: ['Demo#Sunflower7'] })).toEqual(['不能使用演示密码']);
    expect(passwordPolicyProblems('Demo#Sunflower7', { username: 'operator' })).toEqual([]);
  });
});

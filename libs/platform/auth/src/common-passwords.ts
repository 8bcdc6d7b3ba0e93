/**
 * Passwords (and password stems) that appear at the top of every leaked-password list, in the lower-case,
 * de-leeted form `passwordStem` reduces a password to: `Password123`, `P@ssw0rd!!` and `passw0rd` all reduce to
 * `password`. Includes the pinyin and keyboard patterns common in China. Bundled: the desk checks offline.
 */
export const COMMON_PASSWORD_STEMS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'passport', 'passpass', 'mypassword', 'newpassword', 'secret', 'letmein', 'welcome',
  'qwerty', 'qwertyuiop', 'qwer', 'asdf', 'asdfgh', 'asdfghjkl', 'zxcv', 'zxcvbn', 'zxcvbnm', 'qazwsx', 'qazwsxedc',
  'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh', 'abcdefghi', 'abcdefghij', 'aaaaaa', 'aaaaaaaa',
  'admin', 'administrator', 'root', 'toor', 'system', 'sysadmin', 'manager', 'guest', 'user', 'test', 'tester',
  'default', 'changeme', 'login', 'access', 'master', 'super', 'superman', 'batman', 'iloveyou', 'loveyou', 'love',
  'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'football', 'baseball', 'soccer', 'hockey', 'michael',
  'jordan', 'charlie', 'freedom', 'whatever', 'trustno', 'hello', 'helloworld', 'starwars', 'computer', 'internet',
  'flower', 'summer', 'winter', 'spring', 'autumn', 'killer', 'hunter', 'ranger', 'buster', 'thomas', 'tigger',
  'ginger', 'pepper', 'cheese', 'cookie', 'chocolate', 'banana', 'orange', 'apple', 'mustang', 'ferrari', 'porsche',
  'google', 'baidu', 'tencent', 'alibaba', 'huawei', 'xiaomi', 'weixin', 'wechat', 'qq', 'taobao', 'beijing',
  'shanghai', 'china', 'zhongguo', 'woaini', 'woaiwojia', 'aini', 'nihao', 'wangyi', 'zhangwei', 'wangwei',
  'liwei', 'zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'wu', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'luo', 'gao', 'caonima', 'wocao', 'nimabi', 'shabi', 'aaa', 'qwe', 'asd', 'zxc',
  'company', 'office', 'work', 'government', 'zhengfu', 'jiedao', 'shequ', 'gongzuo', 'bangong', 'fuwu',
]);

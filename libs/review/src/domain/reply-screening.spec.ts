import { describe, expect, it } from '@jest/globals';
import { screenReply, type ScreeningInput } from './reply-screening.js';
import { suggestChecklist } from './suggested-checklist.js';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';

const CALLER = '13900001234';
const GOOD = '经核实，物业公司已清理楼道垃圾，并已责令其每日保洁。已电话告知诉求人处理结果。';

function input(overrides: Partial<ScreeningInput['reply']> = {}, rest: Partial<ScreeningInput> = {}): ScreeningInput {
  return {
    reply: { content: GOOD, contacted: true, contactedAt: '2026-06-01T02:00:00Z', contactMethod: 'phone', result: 'solved', ...overrides },
    orderType: 'complaint',
    callerPhone: CALLER,
    evasivePhrases: ['不归我们管', '自行解决'],
    prohibitedWords: ['爱找谁找谁', '领导不在'],
    ...rest,
  };
}

const CASES: { when: string; input: ScreeningInput; then: [rule: string, item: string, matched: string][] }[] = [
  { when: 'a good reply', input: input(), then: [] },
  {
    when: 'an evasive phrase is used',
    input: input({ content: `${GOOD}这个事情不归我们管。` }),
    then: [['evasive_phrase', 'wording_polite', '不归我们管']],
  },
  {
    when: 'a prohibited word is used',
    input: input({ content: `${GOOD}爱找谁找谁。` }),
    then: [['prohibited_word', 'wording_polite', '爱找谁找谁']],
  },
  {
    when: 'an ID-card number is written',
    input: input({ content: `${GOOD}经查，当事人身份证号110101199003074514。` }),
    then: [['id_card_number', 'no_third_party_pii', '110101199003074514']],
  },
  {
    when: 'an ID-card number ends in X',
    input: input({ content: `${GOOD}身份证11010119900307451X。` }),
    then: [['id_card_number', 'no_third_party_pii', '11010119900307451X']],
  },
  {
    when: 'another person’s mobile number is written',
    input: input({ content: `${GOOD}邻居电话13811112222。` }),
    then: [['third_party_phone', 'no_third_party_pii', '13811112222']],
  },
  { when: 'only the caller’s own number is written', input: input({ content: `${GOOD}已回拨${CALLER}。` }), then: [] },
  { when: 'a long order number is not a phone', input: input({ content: `${GOOD}工单号2026060112345678901。` }), then: [] },
  {
    when: 'the citizen was not contacted',
    input: input({ contacted: false, contactedAt: null, contactMethod: null }),
    then: [['no_contact_record', 'citizen_contacted', '']],
  },
  {
    when: 'a complaint is answered with no result',
    input: input({ content: '您好，您反映的问题我们收到了，谢谢。' }),
    then: [['type_not_addressed', 'result_clear', '']],
  },
  {
    when: 'a consultation gets an answer',
    input: input({ content: '您好，办理居住证需携带身份证和租房合同到社区服务站。' }, { orderType: 'consult' }),
    then: [],
  },
  {
    when: 'an unsolvable demand has no basis',
    input: input({ content: `${GOOD}`, result: 'explained_unsolvable' }),
    then: [['refusal_without_basis', 'legal_basis', '']],
  },
  {
    when: 'an unsolvable demand cites the rule',
    input: input({ content: `${GOOD}根据《北京市物业管理条例》，该事项由业主大会决定。`, result: 'explained_unsolvable' }),
    then: [],
  },
  {
    when: 'a co-unit’s sub-reply carries the evasive phrase',
    input: input({}, { subReplies: [{ content: '此事自行解决。' }] }),
    then: [['evasive_phrase', 'wording_polite', '自行解决']],
  },
];

describe('screenReply', () => {
  it.each(CASES)('when $when, then the findings are $then', ({ input: i, then }) => {
    expect(screenReply(i).map((f) => [f.rule, f.item, f.matched])).toEqual(then);
  });

  it('when a finding is made, then its message quotes the matched text in Chinese', () => {
    const [finding] = screenReply(input({ content: `${GOOD}不归我们管` }));
    expect(finding.message).toBe('推诿敷衍用语：“不归我们管”');
  });
});

describe('suggestChecklist', () => {
  it('when screening found something, then only the matching items are pre-failed, with the findings', () => {
    const findings = screenReply(input({ content: `${GOOD}不归我们管，身份证110101199003074514` }));
    const suggested = suggestChecklist(DEFAULT_REVIEW_CHECKLIST, findings);
    expect(suggested.filter((s) => s.verdict === 'fail').map((s) => s.item)).toEqual(['wording_polite', 'no_third_party_pii']);
    expect(suggested.find((s) => s.item === 'no_third_party_pii')?.findings[0].matched).toBe('110101199003074514');
    expect(suggested.find((s) => s.item === 'result_clear')).toMatchObject({ verdict: null, findings: [] });
  });
});

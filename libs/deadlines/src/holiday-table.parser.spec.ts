import { describe, expect, it } from '@jest/globals';
import { holidayTableChanges, holidayYearAfterReplace } from './holiday-table.changes.js';
import { dateOf, parseHolidayTable, type HolidayTableProblem } from './holiday-table.parser.js';

const NEW_YEAR = { date: '2027-01-01', kind: 'holiday', name: '元旦' } as const;

describe('dateOf', () => {
  it.each([
    ['2027-01-01', '2027-01-01'],
    ['2027/1/1', '2027-01-01'],
    ['2027.10.9', '2027-10-09'],
    ['2027年1月1日', '2027-01-01'],
    ['2027 年 10 月 1 日', '2027-10-01'],
    ['10月1日', '2027-10-01'],
    ['2027-10-01T00:00:00+08:00', '2027-10-01'],
    ['2027-02-30', null],
    ['2027-13-01', null],
    ['明年元旦', null],
    ['', null],
  ])('when the date is written %j, then it reads as %j', (text, expected) => {
    expect(dateOf(text, 2027)).toBe(expected);
  });
});

describe('parseHolidayTable', () => {
  const cases: { when: string; text: string; format: 'csv' | 'json'; entries: unknown[]; problems: HolidayTableProblem[] }[] = [
    {
      when: 'a CSV with the Chinese header and the notice words',
      text: '日期,类型,名称\n2027-01-01,放假,元旦\n2027年10月9日,调休上班,国庆节\n2027/10/1,休息,国庆节\n',
      format: 'csv',
      entries: [
        NEW_YEAR,
        { date: '2027-10-09', kind: 'workday', name: '国庆节' },
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      ],
      problems: [],
    },
    {
      when: 'full-width commas and digits, a BOM, blank lines and Windows line ends',
      text: '\uFEFF日期，类型，名称\r\n\r\n２０２７－０１－０１，放假，元旦\r\n',
      format: 'csv',
      entries: [NEW_YEAR],
      problems: [],
    },
    {
      when: 'tab-separated rows pasted from a spreadsheet, columns in another order, English kinds',
      text: '名称\t日期\t类型\n元旦\t2027-01-01\tholiday\n国庆节\t2027-10-09\tworkday',
      format: 'csv',
      entries: [NEW_YEAR, { date: '2027-10-09', kind: 'workday', name: '国庆节' }],
      problems: [],
    },
    {
      when: 'a quoted name holding the separator',
      text: '日期,类型,名称\n2027-01-01,放假,"元旦,新年"',
      format: 'csv',
      entries: [{ date: '2027-01-01', kind: 'holiday', name: '元旦,新年' }],
      problems: [],
    },
    {
      when: 'bad rows: unreadable date, unknown kind, missing name, weekday make-up, other year, duplicate',
      text: [
        '日期,类型,名称',
        '2027-01-01,放假,元旦',
        '明年,放假,元旦',
        '2027-01-02,调休,元旦',
        '2027-01-03,放假,',
        '2027-10-08,上班,国庆节',
        '2028-01-01,放假,元旦',
        '2027-01-01,放假,元旦',
      ].join('\n'),
      format: 'csv',
      entries: [NEW_YEAR],
      problems: [
        { row: 2, column: 'date', message: '无法识别的日期：“明年”（应为 2027-01-01 或 2027年1月1日）' },
        { row: 3, column: 'kind', message: '无法识别的类型：“调休”（应为 放假 或 调休上班）' },
        { row: 4, column: 'name', message: '请填写节日名称' },
        { row: 5, column: 'kind', message: '2027-10-08 是周一至周五，调休上班日只能是周六或周日' },
        { row: 6, column: 'date', message: '日期 2028-01-01 不在 2027 年内' },
        { row: 7, column: 'date', message: '日期 2027-01-01 重复' },
      ],
    },
    {
      when: 'a CSV without the header',
      text: '2027-01-01,放假,元旦',
      format: 'csv',
      entries: [],
      problems: [{ row: null, column: null, message: '第一行应为表头“日期,类型,名称”，缺少：日期、类型、名称' }],
    },
    {
      when: 'the JSON body of the PUT',
      text: JSON.stringify({ entries: [NEW_YEAR, { date: '2027-01-02', kind: 'holiday', name: '' }], markLoaded: true }),
      format: 'json',
      entries: [NEW_YEAR],
      problems: [{ row: 2, column: 'name', message: '请填写节日名称' }],
    },
    {
      when: 'a bare JSON list with a row that is not an object',
      text: JSON.stringify([NEW_YEAR, 'x']),
      format: 'json',
      entries: [NEW_YEAR],
      problems: [
        { row: 2, column: 'date', message: '无法识别的日期：（空）（应为 2027-01-01 或 2027年1月1日）' },
        { row: 2, column: 'kind', message: '无法识别的类型：（空）（应为 放假 或 调休上班）' },
        { row: 2, column: 'name', message: '请填写节日名称' },
      ],
    },
    {
      when: 'broken JSON',
      text: '{"entries": [',
      format: 'json',
      entries: [],
      problems: [{ row: null, column: null, message: 'JSON 格式错误，无法解析' }],
    },
    {
      when: 'nothing at all',
      text: '  \n ',
      format: 'csv',
      entries: [],
      problems: [{ row: null, column: null, message: '没有内容：请粘贴或上传节假日表' }],
    },
    {
      when: 'only the header',
      text: '日期,类型,名称',
      format: 'csv',
      entries: [],
      problems: [{ row: null, column: null, message: '表中没有数据行' }],
    },
  ];
  it.each(cases)('when $when, then the rows and problems are as expected', ({ text, format, entries, problems }) => {
    expect(parseHolidayTable(2027, text)).toEqual({ format, entries, problems });
  });
});

describe('holidayTableChanges after a replace', () => {
  it('when the admin replaces the year, then package rows not overridden stay and the old admin rows go', () => {
    const current = [
      { date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'chinese-days' },
      { date: '2027-02-06', kind: 'workday', name: '春节', source: 'chinese-days' },
      { date: '2027-05-01', kind: 'holiday', name: '劳动节', source: 'admin' },
      { date: '2027-06-01', kind: 'holiday', name: '端午节', source: 'admin' },
    ] as const;
    const entries = [
      { date: '2027-01-01', kind: 'holiday', name: '元旦节' },
      { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
    ] as const;
    const after = holidayYearAfterReplace([...current], [...entries]);
    expect(after.map((e) => e.date)).toEqual(['2027-01-01', '2027-02-06', '2027-05-01', '2027-10-01']);
    expect(holidayTableChanges([...current], after)).toEqual({
      added: [{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }],
      removed: [{ date: '2027-06-01', kind: 'holiday', name: '端午节' }],
      changed: [
        {
          date: '2027-01-01',
          before: { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          after: { date: '2027-01-01', kind: 'holiday', name: '元旦节' },
        },
      ],
      unchanged: 2,
    });
  });
});

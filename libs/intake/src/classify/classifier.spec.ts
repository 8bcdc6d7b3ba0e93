import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { loadReferenceData } from '@app/reference';
import { csvRows } from '../import/csv-rows.js';
import { decodeCsvBytes } from '../import/decode-text.js';
import { Classifier } from './classifier.js';
import { referenceFromSeed } from './reference-from-seed.js';

const seed = loadReferenceData();
const classifier = new Classifier(referenceFromSeed(seed));
const communityName = (address: string) => classifier.community(address)?.communityName ?? null;

describe('community from the address', () => {
  it.each<[string, string | null]>([
    ['黑窑厂街12号院3号楼', '黑窑厂社区'],
    ['米市胡同45号', '米市社区'],
    ['粉房琉璃街甲8号', '粉房琉璃街社区'],
    ['福州馆前街2号院', '福州馆社区'],
    ['龙泉胡同17号', '龙泉社区'],
    ['红土店胡同6号', '红土店社区'],
    ['南华里5号楼2单元', '南华里社区'],
    ['新兴里小区8号楼', '新兴里社区'],
    ['壹瓶胡同21号', '壹瓶社区'],
    ['大吉巷3号', '大吉巷社区'],
    ['陶然亭路19号院', '黑窑厂社区'],
    ['太平街北段路口', '黑窑厂社区'],
    ['太平街南段3号', '新兴里社区'],
    ['南华东街8号', '南华里社区'],
    ['黑窑厂街１２号院３号楼', '黑窑厂社区'],
    ['北京市西城区 黑窑厂街 12 号院', '黑窑厂社区'],
    ['地球某处', null],
  ])('when the address is %s, then the community is %s', (address, name) => {
    expect(communityName(address)).toBe(name);
  });

  it('when the match is found, then the entry that matched is the reason', () => {
    expect(classifier.community('南华里5号楼2单元')).toMatchObject({ entry: '南华里' });
  });

  it('when every address of the platform sample is classified, then each covered one gets its community', () => {
    const { text } = decodeCsvBytes(readFileSync('test/fixtures/upstream-export-sample.csv'));
    const [, ...rows] = [...csvRows(text)];
    const found = rows.map((r) => [r[4], communityName(r[4])] as const);
    const uncovered = found.filter(([, name]) => name === null).map(([address]) => address);
    expect(uncovered).toEqual(['地球某处']);
    const byGazetteer = (address: string) =>
      seed.communities.filter((c) => c.gazetteer.some((g) => address.normalize('NFKC').includes(g))).map((c) => c.name);
    for (const [address, name] of found) if (name) expect(byGazetteer(address)).toContain(name);
  });
});

describe('category and unit suggestion: one case per keyword rule', () => {
  const CASES: [string, string, string, string | null, string][] = [
    // [content, expected category, expected unit, address, why (keyword)]
    ['黑窑厂街附近工地夜间还在施工，电钻声音很大', '城乡建设/施工管理/夜间施工噪音', '综合行政执法队', null, '施工'],
    ['家里暖气不热，室温只有15度', '公共服务/供暖/室温不达标', '城市管理办', null, '暖气'],
    ['小区停水两天了，家里没水', '公共服务/供水/停水', '城市管理办', null, '停水'],
    ['门口垃圾无人清运，堆积很多天', '市容环境/环境卫生/垃圾清运', '城市管理办', null, '垃圾'],
    ['胡同里占道停放严重，还有人堵车位', '交通管理/停车管理/乱停车', '城市管理办', null, '占道停放'],
    ['物业不管保洁，门禁也坏了', '城乡建设/物业管理/物业服务', '城市管理办', null, '物业'],
    ['楼里电梯经常坏', '城乡建设/物业管理/电梯运行', '城市管理办', null, '电梯'],
    ['楼下商户噪音扰民，很吵', '社会秩序/噪音扰民/生活噪音', '综合行政执法队', null, '噪音'],
    ['下雨天家里漏雨，屋顶漏水', '住房/房屋管理/房屋漏雨', '城市管理办', null, '漏雨'],
    ['想咨询低保怎么申请', '民生保障/社会救助/低保', '民生保障办', null, '低保'],
    ['路口有人摆摊，占道经营', '市容环境/街面秩序/占道经营', '综合行政执法队', null, '摆摊'],
    ['楼道里堆物太多，全是杂物', '市容环境/环境卫生/楼道堆物', '米市社区居委会', '米市胡同45号', '楼道'],
  ];

  it('when the cases are listed, then every keyword rule of the street has one', () => {
    expect(new Set(CASES.map((c) => c[1]))).toEqual(new Set(seed.keywordRules.map((r) => r.category)));
  });

  it.each(CASES)('when the content is “%s”, then %s handled by %s', (content, category, unit, address, keyword) => {
    const result = classifier.classify({ address: address ?? '某处', content });
    expect(result.category).toMatchObject({ category, keywords: expect.arrayContaining([keyword]) });
    expect(result.unit).toMatchObject({ unitName: unit, rule: expect.any(String), reason: expect.any(String) });
  });

  it('when a community-handled category has no community, then no unit and the reason says why', () => {
    const result = classifier.classify({ address: '地球某处', content: '楼道里堆物太多' });
    expect(result.unit).toMatchObject({ unitId: null, rule: '市容环境/环境卫生/楼道堆物', reason: expect.stringMatching(/尚无所属社区/) });
  });

  it('when a more specific routing rule exists, then it beats the broader one (供暖 → 城市管理办 with the heating station)', () => {
    const result = classifier.classify({ address: '米市胡同45号', content: '暖气不热' });
    expect(result.unit).toMatchObject({ rule: '公共服务/供暖', coUnits: [{ name: '供暖服务站（示例）' }] });
    const broader = classifier.classify({ address: '米市胡同45号', content: 'x', category: '公共服务/供水/停水' });
    expect(broader.unit).toMatchObject({ rule: '公共服务', unitName: '城市管理办', coUnits: [] });
  });

  it('when nothing matches, then no category is suggested', () => {
    expect(classifier.classify({ address: '某处', content: '不知道说什么' }).category).toBeNull();
  });
});

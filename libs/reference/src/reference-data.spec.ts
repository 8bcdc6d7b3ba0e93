import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import {
  defaultReferenceDataPath, flattenCategories, loadReferenceData, parseReferenceData, type ReferenceData,
} from './reference-data.js';

const reference = loadReferenceData();

/** A deep copy to break on purpose. */
function copy(): ReferenceData {
  return structuredClone(reference);
}

describe('loadReferenceData', () => {
  it('when called without a path, then it finds the project copy and it validates', () => {
    expect(existsSync(defaultReferenceDataPath())).toBe(true);
    expect(defaultReferenceDataPath()).toMatch(/libs[\\/]reference[\\/]data[\\/]taoranting\.json$/);
    expect(reference.street).toEqual({ code: '110102016', name: '陶然亭街道', district: '西城区', city: '北京市', shortCode: 'TRT' });
    expect(reference.communities).toHaveLength(10);
    expect(reference.units).toHaveLength(24);
    expect(reference.contract.total).toBe(1248000);
    expect(reference.demoStaff.staff).toHaveLength(16);
    expect(reference.shiftTemplates.map((s) => s.name)).toEqual(['早班', '中班', '夜班', '行政班']);
  });

  it('when the file does not exist, then the error names the path', () => {
    expect(() => loadReferenceData('/nonexistent/taoranting.json')).toThrow('/nonexistent/taoranting.json');
  });

  it('when the contract items sum to the monthly fee, then the total is twelve months of it', () => {
    const monthly = reference.contract.items.reduce((sum, item) => sum + item.monthlyFee, 0);
    expect(monthly).toBe(104000);
    expect(monthly * 12).toBe(reference.contract.total);
  });
});

describe('parseReferenceData cross-reference checks', () => {
  it.each([
    ['a routing rule names an unknown unit', (d: ReferenceData) => { d.routing[0]!.unit = 'NOPE'; }, 'unknown unit NOPE'],
    ['a routing rule names an unknown category', (d: ReferenceData) => { d.routing[0]!.category = '城乡建设/不存在'; }, 'unknown category'],
    ['a co-unit is unknown', (d: ReferenceData) => { d.routing[7]!.coUnits = ['GHOST']; }, 'unknown unit GHOST'],
    ['a routing rule names an unknown community', (d: ReferenceData) => { d.routing[0]!.community = '999'; }, 'unknown community 999'],
    ['two rules share a category and community', (d: ReferenceData) => {
      d.routing.push({ ...d.routing[0]!, community: d.communities[0]!.code }, { ...d.routing[0]!, community: d.communities[0]!.code });
    }, 'two routing rules for'],
    ['a priority is not a whole number', (d: ReferenceData) => { d.routing[0]!.priority = 1.5; }, 'priority'],
    ['a keyword rule points nowhere', (d: ReferenceData) => { d.keywordRules[0]!.category = '其他/其他/无'; }, 'unknown category'],
    ['the duty list names an unknown category', (d: ReferenceData) => { d.communityDutyList.categories.push('住房/无'); }, 'unknown category'],
    ['a community unit has no community', (d: ReferenceData) => { d.units[10]!.communityCode = '999'; }, 'communityCode'],
    ['a screening pattern is not a regular expression', (d: ReferenceData) => { d.replyScreening.patterns['bad'] = '(['; }, 'regular expression'],
    ['two units share a code', (d: ReferenceData) => { d.units.push({ ...d.units[0]! }); }, 'duplicate unit ZHB'],
  ])('when %s, then it is rejected', (_case, breakIt, message) => {
    const data = copy();
    breakIt(data);
    expect(() => parseReferenceData(data)).toThrow(message);
  });

  it('when a category has a street-wide rule and one per community, then the file loads', () => {
    const data = copy();
    data.routing.push({ ...data.routing[0]!, community: data.communities[0]!.code, priority: 10 }, { ...data.routing[0]!, community: data.communities[1]!.code });
    expect(parseReferenceData(data).routing).toHaveLength(data.routing.length);
  });

  it('when a required section is missing, then it is rejected', () => {
    const { contract: _contract, ...rest } = copy();
    expect(() => parseReferenceData(rest)).toThrow();
  });
});

describe('flattenCategories', () => {
  const flat = flattenCategories(reference.categories);

  it('when flattened, then every node of the three levels is listed once', () => {
    expect(flat.filter((c) => c.level === 1)).toHaveLength(10);
    expect(flat.filter((c) => c.level === 2)).toHaveLength(23);
    expect(flat.filter((c) => c.level === 3)).toHaveLength(57);
    expect(new Set(flat.map((c) => c.path)).size).toBe(flat.length);
  });

  it('when flattened, then paths join the names with / and know their parent', () => {
    expect(flat).toContainEqual({
      path: '城乡建设/物业管理/物业服务', name: '物业服务', level: 3, parentPath: '城乡建设/物业管理',
      levels: ['城乡建设', '物业管理', '物业服务'],
    });
    expect(flat).toContainEqual({
      path: '公共服务/供暖', name: '供暖', level: 2, parentPath: '公共服务', levels: ['公共服务', '供暖'],
    });
    expect(flat).toContainEqual({ path: '其他', name: '其他', level: 1, parentPath: null, levels: ['其他'] });
    expect(flat.map((c) => c.path)).toContain('其他/其他/其他');
  });

  it('when flattened, then each parent comes before its children', () => {
    const seen = new Set<string>();
    for (const node of flat) {
      if (node.parentPath) expect(seen.has(node.parentPath)).toBe(true);
      seen.add(node.path);
    }
  });
});

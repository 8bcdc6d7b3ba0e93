import type { ReferenceCommunity, ReferenceData } from '@app/reference';
import { Rng } from './prng.js';

/**
 * The street's fictional residents and addresses. Built once per seed, so the same people call again (repeat callers
 * and hotspot addresses are what the statistics and the duplicate detection are about).
 */
export interface DemoResident {
  name: string;
  phone: string;
  /** Full home address including building and flat: personal data, masked in the UI. */
  homeAddress: string;
  /** The building or courtyard part of the home address. */
  building: string;
  /** Relative propensity to call: a few residents call often. */
  weight: number;
}

export interface DemoCommunity {
  code: string;
  residents: DemoResident[];
  /** Buildings and courtyards (no flat number), for cases found by grid workers. */
  buildings: string[];
  /** House numbers along the community's streets and lanes, for matters in public space. */
  streetAddresses: string[];
  /** Relative size: bigger communities call more. */
  weight: number;
}

const RESIDENTS_PER_COMMUNITY = 160;

// Common surnames, roughly by frequency; repeated entries make the frequent ones more likely.
const SURNAMES = [
  ...'王王王李李李张张张刘刘陈陈杨杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎常武乔贺',
];
const GIVEN_NAMES = [
  '建国', '秀英', '桂兰', '淑珍', '玉兰', '志强', '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳',
  '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '凤英', '德福', '振华', '国庆', '红梅', '海燕', '金凤',
  '宝山', '文华', '淑兰', '建华', '立新', '春生', '丽华', '晓东', '雪梅', '卫东', '保国', '爱民', '子涵', '浩然', '思雨',
];
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

/** Caller names the way 12345 exports show them: 张某某, 王女士, or a plain name. */
export function demoCallerName(rng: Rng): string {
  const surname = rng.pick(SURNAMES);
  const style = rng.weighted([['moumou', 4], ['title', 3.5], ['plain', 2.5]] as const);
  if (style === 'moumou') return `${surname}某某`;
  if (style === 'title') return `${surname}${rng.chance(0.55) ? '女士' : '先生'}`;
  return `${surname}${rng.pick(GIVEN_NAMES)}`;
}

/** Fictional numbers: 11-digit mobiles 1[3-9]…, or Beijing landlines 010-6xxxxxxx / 010-8xxxxxxx (older residents). */
export function demoPhone(rng: Rng): string {
  if (rng.chance(0.12)) return `010-${rng.pick(['63', '83', '63', '67'])}${digits(rng, 6)}`;
  return `${rng.pick(MOBILE_PREFIXES)}${digits(rng, 8)}`;
}

export function buildDemoPopulation(reference: ReferenceData, seed: number): DemoCommunity[] {
  return reference.communities.map((community) => {
    const rng = Rng.derive(seed, 'population', community.code);
    const buildings = buildingsOf(community, rng);
    const residents = Array.from({ length: RESIDENTS_PER_COMMUNITY }, (_, i) => {
      const building = rng.pick(buildings);
      return {
        name: demoCallerName(rng),
        phone: demoPhone(rng),
        homeAddress: `${building}${flatSuffix(rng)}`,
        building,
      // Zipf-like: resident i calls about 1/(i+1)^0.7 as often as the first; the first few are the frequent callers.
        weight: 1 / Math.pow(i + 1, 0.7),
      };
    });
    const streetAddresses = community.gazetteer.flatMap((place) =>
      Array.from({ length: 5 }, () => `${place}${rng.int(1, 60)}号`),
    );
    return { code: community.code, residents, buildings, streetAddresses, weight: rng.between(0.7, 1.4) };
  });
}

/**
 * Buildings per gazetteer place. Every address starts with the gazetteer entry verbatim, so the intake's
 * gazetteer lookup (DESIGN §5) finds the community again.
 */
function buildingsOf(community: ReferenceCommunity, rng: Rng): string[] {
  return community.gazetteer.flatMap((place) => {
    // Residential quarters (…里, …片) have numbered blocks; lanes and streets have house numbers and courtyards.
    const isQuarter = /[里片]$/.test(place);
    return Array.from({ length: rng.int(6, 10) }, () => {
      if (isQuarter) return `${place}${rng.int(1, 24)}号楼`;
      return rng.weighted([
        [`${place}${rng.int(1, 80)}号`, 4],
        [`${place}甲${rng.int(1, 40)}号`, 1],
        [`${place}${rng.int(1, 60)}号院`, 2],
        [`${place}${rng.int(1, 60)}号院${rng.int(1, 8)}号楼`, 3],
      ]);
    });
  });
}

function flatSuffix(rng: Rng): string {
  if (rng.chance(0.35)) return '';
  return `${rng.int(1, 6)}单元${rng.int(1, 6)}0${rng.int(1, 4)}`;
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

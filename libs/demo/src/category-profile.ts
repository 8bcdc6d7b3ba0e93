import type { DemoOrderType } from './demo-order-plan.js';
import type { HourProfile, SeasonProfile } from './seasonality.js';

/**
 * How citizens call about one leaf category: how often, when, in what words, and how the matter typically ends.
 * Texts may use the placeholders of `fillTemplate` ({addr}, {bldg}, {days}, {temp}, {late}, {floor}, {n}). {bldg}
 * marks a text about the building or compound rather than the caller's flat: the order's address is then the
 * building without the flat number.
 *
 * Wording rule: a text of a category that has a keyword rule must contain more of that rule's keywords than of any
 * other rule's, so that the intake's category suggestion (DESIGN §5) proposes the category the order carries.
 */
export interface CategoryProfile {
  /** Leaf path in the category tree, e.g. '城乡建设/物业管理/物业服务'. */
  path: string;
  /** Calls per day for the whole street at season factor 1. */
  rate: number;
  season?: SeasonProfile;
  hours?: HourProfile;
  /** Where the matter is: at the caller's home (flat, building, compound) or in public space. */
  where: 'home' | 'street';
  /** Probabilities of the non-normal urgencies. */
  urgency?: { urgent?: number; critical?: number };
  /** Call texts by order type; the type is drawn in proportion to the number of texts. */
  texts: Partial<Record<DemoOrderType, readonly string[]>>;
  /** Third-person texts for cases the desk's own grid workers find (主动发现); absent: never proactive. */
  proactiveTexts?: readonly string[];
  /** What the unit did, for a reply ("已…"). */
  actions: readonly string[];
  /** Why a demand cannot be met, for replies that explain instead of solving. */
  explanations?: readonly string[];
  /** Policy answers the desk gives itself for consultations (直接答复). */
  answers?: readonly string[];
  /** Slow matters (works, funding, several owners): extensions and 挂账 plans are common. */
  complex?: boolean;
  /** Matters that usually belong to an outside body, with the evidence for an upstream return (退单). */
  outsideDuty?: string;
  tags?: readonly string[];
}

const DAYS = ['两天', '三天', '好几天', '一周', '十来天', '半个月', '一个多月'] as const;
const LATE = ['晚上十点多', '晚上十一点', '夜里十二点', '凌晨一点', '晚上十点以后'] as const;

/** True when the text is about the building or compound (see CategoryProfile). */
export function isAboutBuilding(text: string): boolean {
  return text.includes('{bldg}');
}

/** Fills a text's placeholders; `pick` supplies the random choices so the result is reproducible. */
export function fillTemplate(text: string, address: string, pick: <T>(items: readonly T[]) => T): string {
  return text
    .replaceAll('{addr}', address)
    .replaceAll('{bldg}', address)
    .replaceAll('{days}', () => pick(DAYS))
    .replaceAll('{late}', () => pick(LATE))
    .replaceAll('{temp}', () => pick(['13', '14', '15', '16', '16', '17']))
    .replaceAll('{floor}', () => pick(['二', '三', '四', '五', '六']))
    .replaceAll('{n}', () => pick(['两', '三', '四', '五']));
}

/** Openings and closings by type. They carry no category keywords, so they never change the suggestion. */
const OPENINGS: Readonly<Record<DemoOrderType, readonly string[]>> = {
  complaint: ['', '', '来电人反映：', '市民来电反映，', '来电人投诉：'],
  help: ['', '来电人求助：', '市民来电称，'],
  consult: ['来电人咨询：', '市民来电咨询，', ''],
  report: ['来电人举报：', '市民来电举报，', ''],
  suggestion: ['来电人建议：', '市民来电建议，', ''],
  praise: ['来电人表扬：', ''],
  other: ['来电人反映：', ''],
};

const CLOSINGS: Readonly<Record<DemoOrderType, readonly string[]>> = {
  complaint: ['', '希望尽快处理。', '请相关部门核实处理。', '要求尽快解决并给予答复。', '来电人情绪较激动，要求尽快解决。'],
  help: ['', '请帮忙协调。', '希望尽快解决。', '请相关部门帮助解决。'],
  consult: ['', '请给予答复。', '希望工作人员回电告知。'],
  report: ['', '请相关部门依法处理。', '请尽快核查。'],
  suggestion: ['', '希望予以采纳。', '请相关部门研究。'],
  praise: ['', '希望对相关工作人员给予表扬。'],
  other: ['', '请相关部门核实。'],
};

export function composeContent(type: DemoOrderType, body: string, pick: <T>(items: readonly T[]) => T): string {
  return `${pick(OPENINGS[type])}${body}${pick(CLOSINGS[type])}`;
}

export function typeWeightsOf(profile: CategoryProfile): [DemoOrderType, number][] {
  return (Object.entries(profile.texts) as [DemoOrderType, readonly string[]][]).map(([type, list]) => [type, list.length]);
}

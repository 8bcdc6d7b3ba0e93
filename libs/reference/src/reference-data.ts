import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the project keeps its copy of the seed file, relative to the project root. */
export const REFERENCE_DATA_RELATIVE_PATH = join('libs', 'reference', 'data', 'taoranting.json');

const CATEGORY_SEPARATOR = '/';
const nonEmpty = z.string().trim().min(1);
const isoDate = z.iso.date();
const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM (24:00 allowed as an end)');

export const streetSchema = z.object({
  code: z.string().regex(/^\d{9}$/, 'expected a 9-digit street (township) code'),
  name: nonEmpty,
  district: nonEmpty,
  city: nonEmpty,
  /** Prefix of the desk's own order numbers (TRT-20261203-0007) for orders without a platform 工单编号. */
  shortCode: z.string().regex(/^[A-Z]{2,6}$/, 'expected 2–6 capital letters').optional(),
});

export const communitySchema = z.object({
  code: z.string().regex(/^\d{3}$/, 'expected a 3-digit community code'),
  name: nonEmpty,
  /** Street names and landmarks that place an address in this community (DESIGN §5). */
  gazetteer: z.array(nonEmpty).min(1),
});

export const REFERENCE_UNIT_KINDS = ['office', 'center', 'enforcement', 'community', 'property', 'utility', 'police'] as const;
export const unitSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{2,10}$/),
  name: nonEmpty,
  kind: z.enum(REFERENCE_UNIT_KINDS),
  communityCode: z.string().optional(),
});

export const categoryLevel2Schema = z.object({ name: nonEmpty, children: z.array(nonEmpty).min(1) });
export const categoryLevel1Schema = z.object({ name: nonEmpty, children: z.array(categoryLevel2Schema).min(1) });
export const categoryTreeSchema = z.array(categoryLevel1Schema).min(1);

/**
 * `unit` is a unit code, or 'community': the residents' committee of the order's community. `community` (a community
 * code) limits the rule to one community; `priority` (default 0) wins before anything else. Both optional, so
 * street files written before them still load.
 */
export const routingRuleSchema = z.object({
  category: nonEmpty,
  unit: nonEmpty,
  coUnits: z.array(nonEmpty).optional(),
  community: nonEmpty.optional(),
  priority: z.number().int().min(-100).max(100).optional(),
});

export const keywordRuleSchema = z.object({ keywords: z.array(nonEmpty).min(1), category: nonEmpty });

export const replyScreeningSchema = z.object({
  note: z.string().optional(),
  evasivePhrases: z.array(nonEmpty),
  patterns: z.record(z.string(), nonEmpty),
});

export const contractSchema = z.object({
  title: nonEmpty,
  client: nonEmpty,
  provider: nonEmpty,
  signedOn: z.array(isoDate),
  period: z.object({ start: isoDate, end: isoDate }),
  items: z.array(z.object({ no: z.number().int().positive(), name: nonEmpty, monthlyFee: z.number().nonnegative() })).min(1),
  total: z.number().nonnegative(),
  totalInWords: nonEmpty,
  billing: nonEmpty,
  payment: nonEmpty,
  tax: nonEmpty,
});

export const STAFF_SKILLS = ['intake', 'dispatch', 'review', 'statistics', 'ledger'] as const;
export const demoStaffMemberSchema = z.object({
  code: nonEmpty,
  name: nonEmpty,
  team: z.enum(['seat', 'office']),
  skills: z.array(z.enum(STAFF_SKILLS)).min(1),
  contractHoursPerMonth: z.number().positive(),
  maxHoursPerMonth: z.number().positive(),
  leave: z.array(z.object({ from: isoDate, to: isoDate, kind: nonEmpty })).optional(),
  preferences: z.object({ avoid: z.array(nonEmpty).optional() }).optional(),
  /** Shift template names this person may work; absent means any seat shift. */
  shifts: z.array(nonEmpty).optional(),
});

export const shiftTemplateSchema = z.object({
  code: nonEmpty,
  name: nonEmpty,
  start: clockTime,
  end: clockTime,
  workdaysOnly: z.boolean().optional(),
});

export const coverageDemandSchema = z.object({
  note: z.string().optional(),
  /** Keys are hour ranges 'HH-HH' (end exclusive, 24 allowed); values are seats needed. */
  hours: z.record(z.string().regex(/^\d{2}-\d{2}$/), z.number().int().nonnegative()),
  dispatchQualifiedPerHour: z.number().int().nonnegative(),
});

export const referenceDataSchema = z
  .object({
    note: z.string().optional(),
    street: streetSchema,
    communities: z.array(communitySchema).min(1),
    units: z.array(unitSchema).min(1),
    categories: categoryTreeSchema,
    routing: z.array(routingRuleSchema),
    routingNote: z.string().optional(),
    communityDutyList: z.object({ note: z.string().optional(), categories: z.array(nonEmpty) }),
    keywordRules: z.array(keywordRuleSchema),
    replyScreening: replyScreeningSchema,
    contract: contractSchema,
    demoStaff: z.object({ note: z.string().optional(), staff: z.array(demoStaffMemberSchema) }),
    shiftTemplates: z.array(shiftTemplateSchema).min(1),
    coverageDemand: coverageDemandSchema,
  })
  .superRefine((data, ctx) => {
    // The file is edited by hand; cross-references are checked here so a typo fails at load, not at dispatch time.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const allPaths = flattenCategories(data.categories).map((c) => c.path);
    const paths = new Set(allPaths);
    const unitCodes = new Set(data.units.map((u) => u.code));
    const communityCodes = new Set(data.communities.map((c) => c.code));

    duplicatesOf(data.communities.map((c) => c.code)).forEach((code) => issue(['communities'], `duplicate community ${code}`));
    duplicatesOf(data.units.map((u) => u.code)).forEach((code) => issue(['units'], `duplicate unit ${code}`));
    duplicatesOf(allPaths).forEach((p) => issue(['categories'], `duplicate category ${p}`));
    data.units.forEach((unit, i) => {
      if (unit.kind === 'community' && !(unit.communityCode && communityCodes.has(unit.communityCode))) {
        issue(['units', i, 'communityCode'], `community unit ${unit.code} needs a known communityCode`);
      }
    });
    data.routing.forEach((rule, i) => {
      if (!paths.has(rule.category)) issue(['routing', i, 'category'], `unknown category ${rule.category}`);
      if (rule.unit !== 'community' && !unitCodes.has(rule.unit)) issue(['routing', i, 'unit'], `unknown unit ${rule.unit}`);
      rule.coUnits?.forEach((code, j) => {
        if (!unitCodes.has(code)) issue(['routing', i, 'coUnits', j], `unknown unit ${code}`);
      });
      if (rule.community && !communityCodes.has(rule.community)) issue(['routing', i, 'community'], `unknown community ${rule.community}`);
    });
    duplicatesOf(data.routing.map((r) => (r.community ? `${r.category} @ ${r.community}` : r.category))).forEach((p) => issue(['routing'], `two routing rules for ${p}`));
    data.communityDutyList.categories.forEach((p, i) => {
      if (!paths.has(p)) issue(['communityDutyList', 'categories', i], `unknown category ${p}`);
    });
    data.keywordRules.forEach((rule, i) => {
      if (!paths.has(rule.category)) issue(['keywordRules', i, 'category'], `unknown category ${rule.category}`);
    });
    Object.entries(data.replyScreening.patterns).forEach(([name, source]) => {
      try {
        new RegExp(source, 'u');
      } catch {
        issue(['replyScreening', 'patterns', name], `not a valid regular expression: ${source}`);
      }
    });
    if (data.contract.period.start > data.contract.period.end) issue(['contract', 'period'], 'period ends before it starts');
  });

export type ReferenceData = z.infer<typeof referenceDataSchema>;
export type ReferenceStreet = z.infer<typeof streetSchema>;
export type ReferenceCommunity = z.infer<typeof communitySchema>;
export type ReferenceUnit = z.infer<typeof unitSchema>;
export type ReferenceUnitKind = (typeof REFERENCE_UNIT_KINDS)[number];
export type ReferenceCategoryTree = z.infer<typeof categoryTreeSchema>;
export type ReferenceRoutingRule = z.infer<typeof routingRuleSchema>;
export type ReferenceKeywordRule = z.infer<typeof keywordRuleSchema>;
export type ReferenceReplyScreening = z.infer<typeof replyScreeningSchema>;
export type ReferenceContract = z.infer<typeof contractSchema>;
export type ReferenceStaffMember = z.infer<typeof demoStaffMemberSchema>;
export type ReferenceShiftTemplate = z.infer<typeof shiftTemplateSchema>;
export type ReferenceCoverageDemand = z.infer<typeof coverageDemandSchema>;

/** One node of the category tree, at any of its three levels. */
export interface FlatCategory {
  /** Names joined with '/', e.g. '城乡建设/物业管理/物业服务'. */
  path: string;
  name: string;
  level: 1 | 2 | 3;
  /** Path of the parent node; null at level 1. */
  parentPath: string | null;
  /** The names from level 1 down to this node. */
  levels: string[];
}

/** Flattens the three-level tree in pre-order (each parent before its children), keeping the file's order. */
export function flattenCategories(tree: ReferenceCategoryTree): FlatCategory[] {
  const flat: FlatCategory[] = [];
  for (const l1 of tree) {
    flat.push({ path: l1.name, name: l1.name, level: 1, parentPath: null, levels: [l1.name] });
    for (const l2 of l1.children) {
      const path2 = joinCategoryPath([l1.name, l2.name]);
      flat.push({ path: path2, name: l2.name, level: 2, parentPath: l1.name, levels: [l1.name, l2.name] });
      for (const l3 of l2.children) {
        const levels = [l1.name, l2.name, l3];
        flat.push({ path: joinCategoryPath(levels), name: l3, level: 3, parentPath: path2, levels });
      }
    }
  }
  return flat;
}

export function joinCategoryPath(levels: readonly string[]): string {
  return levels.join(CATEGORY_SEPARATOR);
}

export function splitCategoryPath(path: string): string[] {
  return path.split(CATEGORY_SEPARATOR);
}

/** Validates parsed JSON; throws a ZodError listing every problem. */
export function parseReferenceData(json: unknown): ReferenceData {
  return referenceDataSchema.parse(json);
}

/** Reads and validates the seed file; without a path, finds the project's copy (see `defaultReferenceDataPath`). */
export function loadReferenceData(path: string = defaultReferenceDataPath()): ReferenceData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read reference data from ${path}: ${(error as Error).message}`, { cause: error });
  }
  const result = referenceDataSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid reference data in ${path}:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return result.data;
}

/**
 * The project's copy of the seed file. This module runs from source (Jest, tsx) and from compiled output nested
 * under `dist/apps/<app>/…`, so it walks up from its own location until it finds the file, then tries the cwd.
 */
export function defaultReferenceDataPath(): string {
  const candidates = [...ancestorsOf(dirname(fileURLToPath(import.meta.url))), ...ancestorsOf(process.cwd())];
  for (const dir of candidates) {
    const candidate = join(dir, REFERENCE_DATA_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
  }
  return resolve(process.cwd(), REFERENCE_DATA_RELATIVE_PATH);
}

function ancestorsOf(start: string): string[] {
  const dirs: string[] = [];
  let dir = resolve(start);
  for (;;) {
    dirs.push(dir);
    const parent = dirname(dir);
    if (parent === dir) return dirs;
    dir = parent;
  }
}

function duplicatesOf(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}

import { describe, expect, it } from '@jest/globals';
import { flattenCategories, loadReferenceData } from '@app/reference';
import { ALL_CATEGORY_PROFILES, profilesForReference } from './category-catalog.js';
import { fillTemplate } from './category-profile.js';
import { winningKeywordRule } from './keyword-rules.test-helper.js';

const reference = loadReferenceData();
const leaves = flattenCategories(reference.categories).filter((c) => c.level === 3).map((c) => c.path);
const first = <T>(items: readonly T[]) => items[0]!;

describe('category catalog', () => {
  it('when matched against the seed tree, then every leaf has exactly one profile and no profile is orphaned', () => {
    const paths = ALL_CATEGORY_PROFILES.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual([...leaves].sort());
    expect(profilesForReference(reference)).toHaveLength(leaves.length);
  });

  it('when the admin removes a leaf, then its profile is skipped', () => {
    const edited = structuredClone(reference);
    edited.categories[0]!.children[0]!.children = ['物业服务'];
    expect(profilesForReference(edited).map((p) => p.path)).not.toContain('城乡建设/物业管理/电梯运行');
  });

  it('when a category has a keyword rule, then each of its texts leads the suggestion to it', () => {
    for (const rule of reference.keywordRules) {
      const profile = ALL_CATEGORY_PROFILES.find((p) => p.path === rule.category)!;
      const texts = [...Object.values(profile.texts).flat(), ...(profile.proactiveTexts ?? [])];
      for (const text of texts) {
        const filled = fillTemplate(text, '米市胡同1号', first);
        expect({ filled, suggested: winningKeywordRule(reference.keywordRules, filled) }).toEqual({ filled, suggested: rule.category });
      }
    }
  });

  it('when a profile is read, then it can produce a call and a reply', () => {
    for (const profile of ALL_CATEGORY_PROFILES) {
      expect(Object.values(profile.texts).some((list) => list.length > 0)).toBe(true);
      expect(profile.actions.length).toBeGreaterThan(0);
      expect(profile.rate).toBeGreaterThan(0);
      if (profile.texts.consult === undefined) continue;
      // Consultations the desk cannot answer are dispatched instead; both must be possible to script.
      expect(profile.answers !== undefined || profile.actions.length > 0).toBe(true);
    }
  });
});

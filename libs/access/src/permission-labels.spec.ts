import { describe, expect, it } from '@jest/globals';
import { PERMISSION_LABELS } from './permission-labels.js';
import { PERMISSIONS } from './permissions.js';

describe('permission labels', () => {
  it('when a permission exists, then it has a distinct Chinese name', () => {
    const labels = PERMISSIONS.map((p) => PERMISSION_LABELS[p]);
    expect(labels.every((l) => /^[\u4e00-\u9fa5]/.test(l))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

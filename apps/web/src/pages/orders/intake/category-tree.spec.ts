import { describe, expect, it } from '@jest/globals';
import type { CategoryRef } from '../../../api/order-types';
import { categoryMatches, categoryTree } from './category-tree';

const ref = (path: string, active = true): CategoryRef => {
  const parts = path.split('/');
  return { path, name: parts.at(-1)!, level: parts.length, parentPath: parts.length > 1 ? parts.slice(0, -1).join('/') : null, active };
};

describe('the 问题分类 tree', () => {
  it('when the directory lists three levels, then only leaves are selectable and each node carries its path in words', () => {
    const tree = categoryTree([ref('城乡建设'), ref('城乡建设/物业管理'), ref('城乡建设/物业管理/物业服务'), ref('城乡建设/物业管理/维修基金')]);
    expect(tree).toEqual([
      {
        value: '城乡建设', title: '城乡建设', path: '城乡建设', selectable: false,
        children: [
          {
            value: '城乡建设/物业管理', title: '物业管理', path: '城乡建设 › 物业管理', selectable: false,
            children: [
              { value: '城乡建设/物业管理/物业服务', title: '物业服务', path: '城乡建设 › 物业管理 › 物业服务', selectable: true },
              { value: '城乡建设/物业管理/维修基金', title: '维修基金', path: '城乡建设 › 物业管理 › 维修基金', selectable: true },
            ],
          },
        ],
      },
    ]);
  });

  it('when a branch has no active leaf left, then it is not offered', () => {
    const tree = categoryTree([ref('市容环境'), ref('市容环境/环境卫生'), ref('市容环境/环境卫生/楼道堆物', false), ref('公共服务'), ref('公共服务/供暖'), ref('公共服务/供暖/室温不达标')]);
    expect(tree.map((n) => n.path)).toEqual(['公共服务']);
  });

  it('matches the typed text anywhere in the value path', () => {
    expect(categoryMatches('物业', '城乡建设/物业管理/物业服务')).toBe(true);
    expect(categoryMatches('城乡建设/物业', '城乡建设/物业管理')).toBe(true);
    expect(categoryMatches('供暖', '城乡建设/物业管理')).toBe(false);
  });
});

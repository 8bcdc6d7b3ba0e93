import { TreeSelect } from 'antd';
import type { CategoryRef } from '../../../api/order-types';
// The intake form's tree (leaves only selectable, empty branches dropped): one picker shape for both forms.
import { categoryTree } from '../intake/category-tree';

interface CategorySelectProps {
  categories: readonly CategoryRef[];
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/** 问题分类 over the three-level tree; typing matches any level of the path (物业 finds 城乡建设/物业管理/…). */
export function CategorySelect({ categories, ...control }: CategorySelectProps) {
  return (
    <TreeSelect<string>
      {...control}
      treeData={categoryTree(categories)}
      treeNodeLabelProp="path"
      showSearch={{ treeNodeFilterProp: 'value' }}
      placeholder="请选择三级分类，可输入关键字查找"
      popupMatchSelectWidth={false}
      notFoundContent={categories.length ? '没有匹配的分类' : '分类加载中或加载失败'}
      virtual={false}
    />
  );
}

import { Col, Form, Input, Row, Select, TreeSelect } from 'antd';
import type { KeyboardEvent } from 'react';
import { useMemo } from 'react';
import { ORDER_TYPE_LABELS, ORDER_TYPES, URGENCIES, URGENCY_LABELS } from '@app/orders/domain/order-status';
import type { Directory } from '../use-directory';
import { categoryMatches, categoryTree } from './category-tree';
import { INTAKE_RULES } from './intake-rules';

const TYPE_OPTIONS = ORDER_TYPES.map((t) => ({ value: t, label: ORDER_TYPE_LABELS[t] }));
const URGENCY_OPTIONS = URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }));

/**
 * What the operator asks in the order of a call — who (phone, name), where, what, then how to file it — so Tab walks
 * the conversation. The DOM order is the tab order: no `tabIndex` juggling. Lists are short, so `virtual={false}`:
 * every option is a real element with its role, for screen readers (and tests) alike.
 */
export function IntakeCallFields({ directory }: { directory: Directory }) {
  const form = Form.useFormInstance();
  const channel = Form.useWatch('channel', form);
  const categories = useMemo(() => categoryTree(directory.categories), [directory.categories]);
  const communities = useMemo(
    () => directory.communities.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name })),
    [directory.communities],
  );

  // The content is several lines, so plain Enter is a new line there; Ctrl+Enter (⌘+Enter) submits, as in mail.
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      form.submit();
    }
  };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="citizenPhone" label="联系电话" rules={INTAKE_RULES.citizenPhone} dependencies={['channel']} required={channel !== 'proactive'}>
            <Input type="tel" autoComplete="off" maxLength={40} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="citizenName" label="诉求人姓名">
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label="诉求地址" rules={INTAKE_RULES.address} required>
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label="诉求内容" rules={INTAKE_RULES.content} required extra="Ctrl+Enter 提交">
        <Input.TextArea rows={5} maxLength={5000} showCount onKeyDown={submitOnCtrlEnter} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="type" label="诉求类型" rules={INTAKE_RULES.type} required>
            <Select options={TYPE_OPTIONS} placeholder="请选择" virtual={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="category" label="问题分类" extra="三级分类，可输入关键字查找">
            <TreeSelect
              treeData={categories}
              treeNodeLabelProp="path"
              showSearch={{ filterTreeNode: (input, node) => categoryMatches(input, node.value) }}
              virtual={false}
              allowClear
              placeholder="输入关键字，如：物业、供暖"
              notFoundContent="没有匹配的分类"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="communityId" label="所属社区" extra="不选则按地址自动识别">
            <Select
              options={communities}
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder="按地址自动识别"
              notFoundContent="没有匹配的社区"
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="urgency" label="紧急程度" required>
            <Select options={URGENCY_OPTIONS} virtual={false} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilterQuery } from '../../api/audit-client';
import { fromBeijingInput } from '../../lib/beijing-input';

interface FilterValues {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The picker shows Beijing wall-clock time; the api gets it with its +08:00 offset. */
const beijing = (value: Dayjs | null | undefined) => (value ? fromBeijingInput(value.format('YYYY-MM-DDTHH:mm')) : undefined);

function toQuery(values: FilterValues): AuditFilterQuery {
  const trim = (v?: string) => v?.trim() || undefined;
  return {
    actor: trim(values.actor),
    entityType: trim(values.entityType),
    entityId: trim(values.entityId),
    action: trim(values.action),
    from: beijing(values.range?.[0]),
    to: beijing(values.range?.[1]),
  };
}

/** 操作人 (part of the name), 对象类型 + 对象编号, 操作 (prefix: `order.` finds every order action), 时间范围. */
export function AuditFilterBar({ onSearch }: { onSearch: (filter: AuditFilterQuery) => void }) {
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form form={form} layout="inline" className="filters__row" onFinish={(values) => onSearch(toQuery(values))} aria-label="审计筛选">
      <Form.Item label="操作人" name="actor">
        <Input allowClear placeholder="用户名或姓名的一部分" maxLength={64} />
      </Form.Item>
      <Form.Item label="对象类型" name="entityType">
        <Input allowClear placeholder="如 order、unit" maxLength={64} />
      </Form.Item>
      <Form.Item label="对象编号" name="entityId">
        <Input allowClear maxLength={64} />
      </Form.Item>
      <Form.Item label="操作" name="action">
        <Input allowClear placeholder="前缀，如 order." maxLength={64} />
      </Form.Item>
      <Form.Item label="时间范围" name="range">
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={['开始时间', '结束时间']} aria-label="时间范围（北京时间）" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { ASSESSMENT_SCOPE_LABELS, ASSESSMENT_SCOPES, CHANNEL_LABELS, CHANNELS } from '@app/orders/domain/order-status';
import { INTAKE_RULES } from './intake-rules';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
const ASSESSMENT_OPTIONS = ASSESSMENT_SCOPES.map((a) => ({ value: a, label: ASSESSMENT_SCOPE_LABELS[a] }));
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * What a hotline call seldom changes — the channel, the time the call came in (now), the platform's number and due
 * time, the assessment scope, tags — kept after the call's own fields so Tab reaches them last.
 */
export function IntakeMoreFields() {
  return (
    <fieldset className="intake__more">
      <legend>其他信息</legend>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="channel" label="来源渠道" required>
            <Select options={CHANNEL_OPTIONS} virtual={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="receivedAt" label="来电时间" rules={INTAKE_RULES.receivedAt} required extra="北京时间">
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="upstreamNo" label="工单编号" rules={INTAKE_RULES.upstreamNo} extra="平台工单编号；手工录入的可不填">
            <Input autoComplete="off" maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="upstreamDueAt"
            label="办理时限"
            rules={INTAKE_RULES.upstreamDueAt}
            dependencies={['receivedAt']}
            extra="平台给出的时限（北京时间）"
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="assessment" label="考核口径">
            <Select options={ASSESSMENT_OPTIONS} virtual={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          <Form.Item name="tags" label="标签" extra="多个标签用逗号或空格分隔">
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}

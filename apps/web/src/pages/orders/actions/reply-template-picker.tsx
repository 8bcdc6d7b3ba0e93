import { App, Form, Select } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { api } from '../../../services';
import { useReplyTemplates } from './use-reply-templates';

interface ReplyTemplatePickerProps {
  orderId: string;
  category: string | null;
  /** The form field the rendered text goes into (the reply's content). */
  target: string;
  id: string;
}

/**
 * 常用答复: choosing one fills it from the order on the server (`POST /api/reply-templates/:id/render`) and puts the
 * text into the reply, which stays editable. Text the user typed is replaced only after they agree; placeholders
 * the order has no value for stay visible in the text and are named, so no reply goes out with a silent gap.
 */
export function ReplyTemplatePicker({ orderId, category, target, id }: ReplyTemplatePickerProps) {
  const form = Form.useFormInstance();
  const { modal } = App.useApp();
  const { templates, loading, failed } = useReplyTemplates(category, true);
  const [chosen, setChosen] = useState<string | undefined>();
  const [rendering, setRendering] = useState(false);
  const [gaps, setGaps] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // The last text a template put there: replacing it again needs no question.
  const filled = useRef('');

  async function choose(templateId: string) {
    setChosen(templateId);
    setError(null);
    setRendering(true);
    try {
      const rendered = await api.renderReplyTemplate(templateId, orderId);
      const fill = () => {
        form.setFieldValue(target, rendered.text);
        filled.current = rendered.text;
        setGaps([...rendered.missing, ...rendered.unknown]);
        form.focusField(target);
      };
      const typed = String(form.getFieldValue(target) ?? '').trim();
      if (typed && typed !== filled.current.trim()) {
        modal.confirm({
          title: '替换已填写的回复内容？',
          content: '选用常用答复会替换回复内容中已填写的文字。',
          okText: '替换',
          cancelText: '保留原文',
          onOk: fill,
        });
      } else fill();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '常用答复填充失败，请稍后重试');
    } finally {
      setRendering(false);
    }
  }

  const extra = gaps.length
    ? `工单中没有 ${gaps.map((name) => `{{${name}}}`).join('、')} 的信息，请在回复内容中手动补充`
    : '选用后填入回复内容，仍可修改';
  const placeholder = failed ? '常用答复加载失败' : !loading && templates.length === 0 ? '本街道暂无适用的常用答复' : '选择常用答复';
  return (
    <Form.Item label="常用答复" htmlFor={id} extra={extra} validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
      <Select<string>
        id={id}
        value={chosen}
        options={templates.map((template) => ({ value: template.id, label: template.title }))}
        placeholder={placeholder}
        disabled={failed || (!loading && templates.length === 0)}
        loading={loading || rendering}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
        onChange={(value) => void choose(value)}
      />
    </Form.Item>
  );
}

import { Form, type FormInstance } from 'antd';
import { checkDuplicates, previewClassification } from '../../../api/intake-client';
import type { ClassifyPreview, ClassifyPreviewBody, DuplicateCheckBody, DuplicateCheckResult } from '../../../api/intake-types';
import { api } from '../../../services';
import { classifyBody, duplicateCheckBody } from './intake-assist-bodies';
import type { IntakeFormValues } from './intake-form-values';
import { useDebouncedRequest, type DebouncedAnswer } from './use-debounced-request';

const classify = (body: ClassifyPreviewBody, signal: AbortSignal) => previewClassification(api, body, signal);
const check = (body: DuplicateCheckBody, signal: AbortSignal) => checkDuplicates(api, body, signal);

export interface IntakeAssist {
  suggestions: DebouncedAnswer<ClassifyPreview>;
  duplicates: DebouncedAnswer<DuplicateCheckResult>;
}

/**
 * Help while the citizen is still on the line (issue 10): classification suggestions from address and content, and
 * earlier orders this call may repeat from phone, address and content — both asked again whenever typing pauses.
 */
export function useIntakeAssist(form: FormInstance<IntakeFormValues>): IntakeAssist {
  const typed = {
    citizenPhone: Form.useWatch('citizenPhone', form),
    address: Form.useWatch('address', form),
    content: Form.useWatch('content', form),
    category: Form.useWatch('category', form),
    receivedAt: Form.useWatch('receivedAt', form),
  };
  return {
    suggestions: useDebouncedRequest(classifyBody(typed), classify),
    duplicates: useDebouncedRequest(duplicateCheckBody(typed), check),
  };
}

import { Button, Modal } from 'antd';
import type { FormEvent, ReactNode } from 'react';

interface FormModalProps {
  /** Also the dialog's accessible name (antd points `aria-labelledby` at the title). */
  title: string;
  /** The `<form>`'s id, which the footer's submit button names (the footer is outside the form). */
  formId: string;
  busy: boolean;
  submitLabel: string;
  /** e.g. while attachments are still uploading. */
  submitDisabled?: boolean;
  /** The submit's keyboard shortcut (e.g. Ctrl+Enter), named in the button's title; the caller listens for it. */
  submitShortcut?: string;
  /**
   * The children are the form themselves — an antd `Form` named `formId`, which validates before it submits — so
   * no plain `<form>` is put around them (forms cannot nest). `onSubmit` is then not called: the form's own is.
   */
  ownForm?: boolean;
  onSubmit?: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * antd's `Modal` around one form: Esc and 取消 cancel unless a request is in flight; a click on the mask does not
 * (it would throw away what was typed). The parent renders it only while open, so it mounts opened.
 */
export function FormModal({ title, formId, busy, submitLabel, submitDisabled, submitShortcut, ownForm, onSubmit, onCancel, children }: FormModalProps) {
  const cancel = () => {
    if (!busy) onCancel();
  };
  return (
    <Modal
      open
      title={title}
      onCancel={cancel}
      maskClosable={false}
      keyboard={!busy}
      closable={!busy}
      footer={[
        <Button key="cancel" onClick={cancel} disabled={busy}>
          取消
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={formId}
          loading={busy}
          disabled={submitDisabled}
          title={submitShortcut ? `${submitLabel}（${submitShortcut}）` : undefined}
          aria-keyshortcuts={submitShortcut}
        >
          {submitLabel}
        </Button>,
      ]}
    >
      {ownForm ? (
        children
      ) : (
        <form
          id={formId}
          noValidate
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            if (!busy && !submitDisabled) onSubmit?.();
          }}
        >
          {children}
        </form>
      )}
    </Modal>
  );
}

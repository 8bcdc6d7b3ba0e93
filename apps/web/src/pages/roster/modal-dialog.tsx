import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface ModalDialogProps {
  id: string;
  title: string;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal `<dialog>` with one form (focus stays inside; Esc cancels), as the order action dialogs do. */
export function ModalDialog({ id, title, busy, submitLabel, onSubmit, onCancel, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        {children}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? '正在提交…' : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

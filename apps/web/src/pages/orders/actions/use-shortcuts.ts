import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** `Alt+S`, `Ctrl+Enter`: modifiers then one letter or Enter. Ctrl also matches ⌘ (a Mac's Ctrl+Enter). */
  keys: string;
  run: () => void;
  /** Also while the focus is in a text field: Ctrl+Enter submits what is being typed; Alt+S there is typing. */
  whileTyping?: boolean;
}

interface Combo {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  /** `KeyS`, `Enter`: the physical key, so Alt+S works on a Mac (where Alt+S types ß) and in any layout. */
  code: string;
}

function parse(keys: string): Combo {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  return {
    alt: parts.includes('Alt'),
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
  };
}

function matches(combo: Combo, event: KeyboardEvent): boolean {
  const code = event.code === 'NumpadEnter' ? 'Enter' : event.code;
  return (
    code === combo.code &&
    event.altKey === combo.alt &&
    (event.ctrlKey || event.metaKey) === combo.ctrl &&
    event.shiftKey === combo.shift
  );
}

/** Text fields, selects and comboboxes: where a key press is someone typing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type);
  return target.getAttribute('role') === 'combobox';
}

/**
 * Keyboard shortcuts for the page while `enabled`. A shortcut without `whileTyping` is ignored in text fields and
 * behind an open dialog (it belongs to the page, not to the dialog in front of it); none fires while an input
 * method is composing Chinese text, where Enter confirms the characters.
 */
export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.repeat || event.defaultPrevented) return;
      const target = event.target;
      const pageOnly = isTyping(target) || (target instanceof Element && target.closest('[role="dialog"]') !== null);
      const hit = latest.current.find((shortcut) => matches(parse(shortcut.keys), event) && (shortcut.whileTyping || !pageOnly));
      if (!hit) return;
      event.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

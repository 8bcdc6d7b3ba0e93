import type { KeyboardEvent } from 'react';

export interface RosterTab {
  id: string;
  label: string;
}

interface RosterTabsProps {
  tabs: readonly RosterTab[];
  current: string;
  onChange: (id: string) => void;
}

/** WAI-ARIA tabs: arrow keys move between them, only the current one is in the tab order. */
export function RosterTabs({ tabs, current, onChange }: RosterTabsProps) {
  function onKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onChange(next.id);
    document.getElementById(`roster-tab-${next.id}`)?.focus();
  }

  return (
    <div className="roster-tabs" role="tablist" aria-label="排班">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          id={`roster-tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          aria-controls={`roster-panel-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          className={`roster-tabs__tab${tab.id === current ? ' roster-tabs__tab--current' : ''}`}
          onClick={() => onChange(tab.id)}
          onKeyDown={(event) => onKey(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

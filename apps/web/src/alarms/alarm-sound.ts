const SETTING_KEY = 'hotline.desk.alarmSound';
/** A burst of alarms sounds once. */
const QUIET_MS = 3000;

/**
 * The optional alarm tone (a user setting kept in localStorage, off by default): two short notes made with WebAudio,
 * so there is no audio file to serve. Browsers start audio only after the user has interacted with the page; turning
 * the setting on is such an interaction, and any later click re-arms it after a reload.
 */
export class AlarmSound {
  private enabled = localStorage.getItem(SETTING_KEY) === 'on';
  private context: AudioContext | null = null;
  private cooling = false;
  private readonly listeners = new Set<() => void>();

  constructor() {
    const arm = () => {
      if (this.enabled) void this.audio()?.resume();
    };
    document.addEventListener('pointerdown', arm, { capture: true });
    document.addEventListener('keydown', arm, { capture: true });
  }

  isEnabled = (): boolean => this.enabled;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    localStorage.setItem(SETTING_KEY, enabled ? 'on' : 'off');
    for (const listener of this.listeners) listener();
    // Turning it on plays the tone once: the user hears what to listen for (and the gesture unlocks audio).
    if (enabled) this.play();
  }

  beep(): void {
    if (!this.enabled || this.cooling) return;
    this.cooling = true;
    window.setTimeout(() => (this.cooling = false), QUIET_MS);
    this.play();
  }

  private play(): void {
    const context = this.audio();
    if (!context) return;
    void context.resume();
    const start = context.currentTime + 0.02;
    [880, 660].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + i * 0.22;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.2);
    });
  }

  /** null where the browser has no WebAudio: the notice still shows, silently. */
  private audio(): AudioContext | null {
    if (!this.context && typeof AudioContext !== 'undefined') this.context = new AudioContext();
    return this.context;
  }
}

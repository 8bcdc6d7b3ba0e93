import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { deskTheme } from './desk-theme';
import './dayjs-setup';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Follows the system's "reduce motion" setting, also when it changes while the desk is open. */
function usePrefersReducedMotion(): boolean {
  const query = useMemo(() => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(REDUCED_MOTION) : undefined), []);
  const [reduced, setReduced] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return reduced;
}

/**
 * antd for the whole desk: Chinese texts, the desk's theme, and `App` so `App.useApp()` gives modal, message and
 * notification that carry both. `autoInsertSpace: false` keeps 「提交」 as written — antd would render 「提 交」,
 * which screen readers spell out and `getByRole('button', { name: '提交' })` does not find. Seats who set their
 * system to reduce motion get dialogs and menus without animation (the browser tests run that way too, so a click
 * never lands on a dialog still zooming in).
 */
export function UiKitRoot({ children }: { children: ReactNode }) {
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => (reducedMotion ? { ...deskTheme, token: { ...deskTheme.token, motion: false } } : deskTheme), [reducedMotion]);
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

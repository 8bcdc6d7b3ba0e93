import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { deskTheme } from './desk-theme';
import './dayjs-setup';

/**
 * antd for the whole desk: Chinese texts, the desk's theme, and `App` so `App.useApp()` gives modal, message and
 * notification that carry both. `autoInsertSpace: false` keeps 「提交」 as written — antd would render 「提 交」,
 * which screen readers spell out and `getByRole('button', { name: '提交' })` does not find.
 */
export function UiKitRoot({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={deskTheme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

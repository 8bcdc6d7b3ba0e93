import type { ThemeConfig } from 'antd';

/**
 * The desk's look in antd tokens: the same blue header and accents, greys and status colours as the custom
 * properties at the top of `styles.css` (keep the two in step), square-ish corners and the Chinese font stack.
 */
export const deskTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4e89',
    colorInfo: '#1d4e89',
    colorLink: '#1d4e89',
    colorSuccess: '#1e7b34',
    colorWarning: '#9a5b00',
    colorError: '#b3261e',
    colorText: '#1f2933',
    colorTextSecondary: '#5f6b7a',
    colorBorder: '#d8dee6',
    colorBgLayout: '#f2f4f7',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Hiragino Sans GB', system-ui, sans-serif",
  },
};

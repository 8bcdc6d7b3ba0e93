import type { IRunOptions } from 'docx';

/**
 * Fonts of the Word file. It is meant to be edited in Word or WPS on office PCs, which always have 宋体 and 黑体
 * (Windows, and WPS on any system; Word for Mac and LibreOffice map both names to their own Song/Hei faces), so the
 * body is set in 宋体 and headings in 黑体 as in most government documents, with Times New Roman/Arial for Latin
 * letters and digits. The embedded Noto Sans SC is used for the PDF only: naming it here would make Word substitute a
 * font of its own choice on machines that lack it, and embedding it would add 10 MB to every file.
 */
export const DOCX_FONT = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman', hint: 'eastAsia' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial', hint: 'eastAsia' },
} satisfies Record<string, NonNullable<IRunOptions['font']>>;

/** Sizes in half-points, named by the Chinese type sizes (号) offices use. */
export const DOCX_SIZE = {
  title: 36, // 小二
  subtitle: 28, // 四号
  heading1: 32, // 三号
  heading2: 28, // 四号
  heading3: 24, // 小四
  body: 24, // 小四
  table: 21, // 五号
  caption: 21, // 五号
  footer: 18, // 小五
} as const;

export const DOCX_COLOR = { text: '1F2933', muted: '5F6B7A', rule: 'B8C2CC', headerFill: 'E4EAF1', totalsFill: 'E9EEF4', accent: '1D4E89' } as const;

/** A4 in twips (1/20 pt) with 2.5 cm top and bottom margins and 2.2 cm at the sides. */
export const DOCX_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1418, bottom: 1418, left: 1247, right: 1247, header: 851, footer: 851 },
} as const;

export const DOCX_CONTENT_WIDTH = DOCX_PAGE.width - DOCX_PAGE.margin.left - DOCX_PAGE.margin.right;

/** Chart images are inserted at the text width, in pixels at 96 dpi (the unit `ImageRun` takes). */
export const DOCX_CHART_WIDTH_PX = Math.floor((DOCX_CONTENT_WIDTH / 1440) * 96);

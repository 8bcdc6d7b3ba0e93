import { cjkFontBuffer } from './cjk-font.js';

/**
 * The PDF's page and type settings in one place. A4 portrait (595.28 × 841.89 pt) with about 22 mm side margins;
 * the bottom margin leaves room for the page number, the top one for the running title.
 */
export const PDF_PAGE = { size: 'A4', margins: { top: 66, bottom: 62, left: 62, right: 62 } } as const;

export const PDF_FONT = { regular: 'cjk-regular', bold: 'cjk-bold' } as const;

export const PDF_COLOR = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#b8c2cc',
  headerFill: '#e4eaf1',
  zebraFill: '#f5f7fa',
  totalsFill: '#e9eef4',
  accent: '#1d4e89',
} as const;

/** Font size (pt), extra space between lines and space before/after, per kind of text. */
export const PDF_TEXT = {
  title: { size: 18, lineGap: 4 },
  subtitle: { size: 13, lineGap: 3 },
  meta: { size: 10.5, lineGap: 3 },
  heading: { 1: { size: 15, before: 16, after: 8 }, 2: { size: 13, before: 12, after: 6 }, 3: { size: 11.5, before: 10, after: 4 } },
  body: { size: 10.5, lineGap: 5, after: 8 },
  table: { size: 9, lineGap: 2, padX: 4, padY: 4 },
  caption: { size: 9.5, lineGap: 2 },
  pageNumber: { size: 9 },
} as const;

/** The two CJK faces the PDF embeds (subset, Identity-H, so `pdftotext` reads the Chinese back). */
export function registerPdfFonts(pdf: PDFKit.PDFDocument): void {
  pdf.registerFont(PDF_FONT.regular, cjkFontBuffer('regular'));
  pdf.registerFont(PDF_FONT.bold, cjkFontBuffer('bold'));
}

export function contentWidth(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

/** The lowest y text may reach on the current page. */
export function bottomOf(pdf: PDFKit.PDFDocument): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > bottomOf(pdf)) pdf.addPage();
}

import type { TableBlock } from '../../domain/report-document.js';
import { formatCell, isNumericFormat } from './number-format.js';
import { bottomOf, contentWidth, ensureSpace, PDF_COLOR, PDF_FONT, PDF_TEXT } from './pdf-style.js';

type RowKind = 'header' | 'body' | 'zebra' | 'totals';
type Align = 'left' | 'center' | 'right';

interface Layout {
  x: number;
  widths: number[];
  aligns: Align[];
}

const { size, lineGap, padX, padY } = PDF_TEXT.table;

/**
 * A table drawn by hand: cells wrap (CJK text breaks between characters), numbers are right-aligned, a row never
 * splits across pages and the header row is repeated at the top of every page the table continues on.
 */
export function drawPdfTable(pdf: PDFKit.PDFDocument, table: TableBlock): void {
  const x = pdf.page.margins.left;
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const layout: Layout = {
    x,
    widths: table.columns.map((c) => (contentWidth(pdf) * (c.width ?? 1)) / total),
    aligns: table.columns.map((c) => (isNumericFormat(c.format) ? 'right' : 'left')),
  };
  const header = table.columns.map((c) => c.title);
  const cells = (row: (string | number | null)[]) => table.columns.map((c, i) => formatCell(row[i], c.format));
  const rows = table.rows.map(cells);

  // Keep the caption, the header and the first row together.
  const captionHeight = table.caption ? captionHeightOf(pdf, table.caption) : 0;
  const first = rows[0] ?? (table.totals ? cells(table.totals) : null);
  ensureSpace(pdf, captionHeight + rowHeight(pdf, header, layout, 'header') + (first ? rowHeight(pdf, first, layout, 'body') : 0));
  if (table.caption) drawCaption(pdf, table.caption);

  drawRow(pdf, header, layout, 'header');
  const draw = (row: string[], kind: RowKind) => {
    const height = rowHeight(pdf, row, layout, kind);
    if (pdf.y + height > bottomOf(pdf)) {
      pdf.addPage();
      drawRow(pdf, header, layout, 'header');
    }
    drawRow(pdf, row, layout, kind, height);
  };
  rows.forEach((row, i) => draw(row, i % 2 === 1 ? 'zebra' : 'body'));
  if (table.totals) draw(cells(table.totals), 'totals');

  pdf.x = x;
  pdf.y += PDF_TEXT.body.after + 4;
}

function setRowFont(pdf: PDFKit.PDFDocument, kind: RowKind): void {
  pdf.font(kind === 'header' || kind === 'totals' ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
}

function rowHeight(pdf: PDFKit.PDFDocument, row: string[], layout: Layout, kind: RowKind): number {
  setRowFont(pdf, kind);
  const tallest = Math.max(...row.map((text, i) => pdf.heightOfString(text || ' ', { width: layout.widths[i]! - 2 * padX, lineGap })));
  return tallest + 2 * padY;
}

function drawRow(pdf: PDFKit.PDFDocument, row: string[], layout: Layout, kind: RowKind, height = rowHeight(pdf, row, layout, kind)): void {
  const top = pdf.y;
  const fill = kind === 'header' ? PDF_COLOR.headerFill : kind === 'zebra' ? PDF_COLOR.zebraFill : kind === 'totals' ? PDF_COLOR.totalsFill : null;
  const rowWidth = layout.widths.reduce((a, b) => a + b, 0);
  if (fill) pdf.rect(layout.x, top, rowWidth, height).fill(fill);

  setRowFont(pdf, kind);
  pdf.fillColor(PDF_COLOR.text);
  let x = layout.x;
  row.forEach((text, i) => {
    const width = layout.widths[i]!;
    pdf.text(text, x + padX, top + padY, { width: width - 2 * padX, lineGap, align: kind === 'header' ? 'center' : layout.aligns[i] });
    x += width;
  });

  // Ruled grid: thin lines around every cell, a heavier one above the totals.
  pdf.lineWidth(0.5).strokeColor(PDF_COLOR.rule);
  x = layout.x;
  for (const width of layout.widths) {
    pdf.rect(x, top, width, height).stroke();
    x += width;
  }
  if (kind === 'totals') pdf.lineWidth(1.2).strokeColor(PDF_COLOR.muted).moveTo(layout.x, top).lineTo(layout.x + rowWidth, top).stroke();
  pdf.x = layout.x;
  pdf.y = top + height;
}

function captionHeightOf(pdf: PDFKit.PDFDocument, caption: string): number {
  pdf.font(PDF_FONT.bold).fontSize(PDF_TEXT.caption.size + 0.5);
  return pdf.heightOfString(caption, { width: contentWidth(pdf), lineGap: PDF_TEXT.caption.lineGap }) + 6;
}

function drawCaption(pdf: PDFKit.PDFDocument, caption: string): void {
  pdf.font(PDF_FONT.bold).fontSize(PDF_TEXT.caption.size + 0.5).fillColor(PDF_COLOR.text);
  pdf.text(caption, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf), align: 'center', lineGap: PDF_TEXT.caption.lineGap });
  pdf.y += 6;
}

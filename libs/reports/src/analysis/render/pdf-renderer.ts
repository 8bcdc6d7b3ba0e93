import PDFDocument from 'pdfkit';
import type { BulletsBlock, ChartBlock, HeadingBlock, ReportDocument } from '../../domain/report-document.js';
import { renderDocumentCharts, type RenderedChart } from './chart-renderer.js';
import { drawPdfTable } from './pdf-table.js';
import { bottomOf, contentWidth, ensureSpace, PDF_COLOR, PDF_FONT, PDF_PAGE, PDF_TEXT, registerPdfFonts } from './pdf-style.js';

/** The smallest a chart may be drawn (of its full text width) to fit the rest of a page. */
const CHART_MIN_SCALE = 0.75;

/** Text written after the last page is laid out: "第 X 页 共 Y 页". */
export function pageNumberText(page: number, pages: number): string {
  return `第 ${page} 页 共 ${pages} 页`;
}

/**
 * The report as a PDF (pdfkit): A4 portrait, the CJK font embedded as a subset so the Chinese can be searched and
 * copied, headings in the bookmarks pane, tables drawn by hand, charts as the PNGs of `chart-renderer`, page numbers
 * in the footer. The layout mirrors the Word file made by `renderDocx`.
 */
export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const charts = await renderDocumentCharts(doc.blocks);
  const pdf = new PDFDocument({
    size: PDF_PAGE.size,
    margins: { ...PDF_PAGE.margins },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.subtitle ?? doc.title, Creator: '12345 市民热线工单系统' },
  });
  const done = collect(pdf);
  registerPdfFonts(pdf);

  writeTitle(pdf, doc);
  const outline = new Outline(pdf);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        writeHeading(pdf, block);
        outline.add(block);
        break;
      case 'paragraph':
        writeParagraph(pdf, block.text);
        break;
      case 'bullets':
        writeBullets(pdf, block);
        break;
      case 'table':
        drawPdfTable(pdf, block);
        break;
      case 'chart':
        writeChart(pdf, block, charts.get(block)!);
        break;
    }
  }
  if (doc.footer?.length) writeFooterLines(pdf, doc.footer);
  writePageFurniture(pdf, doc.title);
  pdf.end();
  return done;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

function body(pdf: PDFKit.PDFDocument, font: string = PDF_FONT.regular, size: number = PDF_TEXT.body.size): PDFKit.PDFDocument {
  return pdf.font(font).fontSize(size).fillColor(PDF_COLOR.text);
}

function writeTitle(pdf: PDFKit.PDFDocument, doc: ReportDocument): void {
  const left = pdf.page.margins.left;
  const width = contentWidth(pdf);
  pdf.y += 12;
  body(pdf, PDF_FONT.bold, PDF_TEXT.title.size).text(doc.title, left, pdf.y, { width, align: 'center', lineGap: PDF_TEXT.title.lineGap });
  if (doc.subtitle) {
    pdf.y += 4;
    body(pdf, PDF_FONT.regular, PDF_TEXT.subtitle.size).text(doc.subtitle, { width, align: 'center', lineGap: PDF_TEXT.subtitle.lineGap });
  }
  pdf.y += 10;
  body(pdf, PDF_FONT.regular, PDF_TEXT.meta.size).fillColor(PDF_COLOR.muted);
  for (const { label, value } of doc.meta) pdf.text(`${label}：${value}`, left, pdf.y, { width, align: 'center', lineGap: PDF_TEXT.meta.lineGap });
  pdf.y += 8;
  pdf.lineWidth(1).strokeColor(PDF_COLOR.accent).moveTo(left, pdf.y).lineTo(left + width, pdf.y).stroke();
  pdf.y += 12;
}

function writeHeading(pdf: PDFKit.PDFDocument, block: HeadingBlock): void {
  const style = PDF_TEXT.heading[block.level];
  body(pdf, PDF_FONT.bold, style.size);
  const height = pdf.heightOfString(block.text, { width: contentWidth(pdf) });
  // A heading never ends a page: keep room for it and about three lines of what follows.
  ensureSpace(pdf, style.before + height + style.after + 3 * (PDF_TEXT.body.size + PDF_TEXT.body.lineGap + 3));
  if (pdf.y > pdf.page.margins.top) pdf.y += style.before;
  pdf.text(block.text, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
  pdf.y += style.after;
}

function writeParagraph(pdf: PDFKit.PDFDocument, text: string): void {
  // Chinese paragraphs open with a two-character indent; pdfkit's UAX #14 line breaker wraps between ideographs.
  body(pdf).text(text, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf), lineGap: PDF_TEXT.body.lineGap, indent: 2 * PDF_TEXT.body.size, align: 'justify' });
  pdf.y += PDF_TEXT.body.after;
}

function writeBullets(pdf: PDFKit.PDFDocument, block: BulletsBlock): void {
  const left = pdf.page.margins.left;
  const indent = 1.6 * PDF_TEXT.body.size;
  const width = contentWidth(pdf) - indent;
  body(pdf);
  for (const item of block.items) {
    const height = pdf.heightOfString(item, { width, lineGap: PDF_TEXT.body.lineGap });
    ensureSpace(pdf, Math.min(height, 3 * (PDF_TEXT.body.size + PDF_TEXT.body.lineGap + 3)));
    const top = pdf.y;
    pdf.text('•', left + 0.5 * PDF_TEXT.body.size, top, { lineBreak: false });
    pdf.text(item, left + indent, top, { width, lineGap: PDF_TEXT.body.lineGap });
    pdf.y += 3;
  }
  pdf.x = left;
  pdf.y += PDF_TEXT.body.after - 3;
}

function writeChart(pdf: PDFKit.PDFDocument, block: ChartBlock, { png, size }: RenderedChart): void {
  const left = pdf.page.margins.left;
  const width = contentWidth(pdf);
  const fullHeight = (width * size.height) / size.width;
  body(pdf, PDF_FONT.bold, PDF_TEXT.caption.size + 0.5);
  const titleHeight = pdf.heightOfString(block.title, { width }) + 8;
  pdf.font(PDF_FONT.regular).fontSize(PDF_TEXT.caption.size);
  const captionHeight = block.caption ? pdf.heightOfString(block.caption, { width, lineGap: PDF_TEXT.caption.lineGap }) + 4 : 0;
  // Rather than leave a third of a page blank, a chart shrinks (down to CHART_MIN_SCALE) to fit what is left.
  const room = bottomOf(pdf) - pdf.y - titleHeight - captionHeight - 6;
  if (room < fullHeight * CHART_MIN_SCALE) pdf.addPage();
  const imageHeight = Math.min(fullHeight, bottomOf(pdf) - pdf.y - titleHeight - captionHeight - 6);
  const imageWidth = (imageHeight * size.width) / size.height;

  body(pdf, PDF_FONT.bold, PDF_TEXT.caption.size + 0.5).text(block.title, left, pdf.y + 4, { width, align: 'center' });
  const top = pdf.y + 4;
  pdf.image(png, left + (width - imageWidth) / 2, top, { width: imageWidth, height: imageHeight });
  pdf.y = top + imageHeight + 4;
  if (block.caption) {
    pdf.font(PDF_FONT.regular).fontSize(PDF_TEXT.caption.size).fillColor(PDF_COLOR.muted);
    pdf.text(block.caption, left, pdf.y, { width, align: 'center', lineGap: PDF_TEXT.caption.lineGap });
  }
  pdf.x = left;
  pdf.y += PDF_TEXT.body.after + 4;
}

/** Signature and seal lines of a confirmation: kept together on one page. */
function writeFooterLines(pdf: PDFKit.PDFDocument, lines: string[]): void {
  const lineHeight = PDF_TEXT.body.size + 16;
  ensureSpace(pdf, 20 + lines.length * lineHeight);
  pdf.y += 20;
  body(pdf);
  for (const line of lines) {
    pdf.text(line, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
    pdf.y += 16 - PDF_TEXT.body.lineGap;
  }
}

/** Running title (from page 2) and "第 X 页 共 Y 页" on every page, written once the page count is known. */
function writePageFurniture(pdf: PDFKit.PDFDocument, title: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { margins, width, height } = pdf.page;
    const saved = margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a new page.
    margins.bottom = 0;
    const textWidth = width - margins.left - margins.right;
    pdf.font(PDF_FONT.regular).fontSize(PDF_TEXT.pageNumber.size).fillColor(PDF_COLOR.muted);
    if (i > start) {
      pdf.text(title, margins.left, margins.top - 30, { width: textWidth, align: 'right', lineBreak: false, ellipsis: true, height: PDF_TEXT.pageNumber.size * 1.5 });
      pdf.lineWidth(0.5).strokeColor(PDF_COLOR.rule).moveTo(margins.left, margins.top - 16).lineTo(width - margins.right, margins.top - 16).stroke();
    }
    pdf.text(pageNumberText(i - start + 1, count), margins.left, height - saved + 24, { width: textWidth, align: 'center', lineBreak: false });
    margins.bottom = saved;
  }
}

/** Headings as nested PDF bookmarks, so the reader's navigation pane shows the report's structure. */
class Outline {
  private readonly parents: PDFKit.PDFOutline[];

  constructor(pdf: PDFKit.PDFDocument) {
    this.parents = [pdf.outline];
  }

  add(heading: HeadingBlock): void {
    const depth = Math.min(heading.level - 1, this.parents.length - 1);
    const item = this.parents[depth]!.addItem(heading.text);
    this.parents.length = depth + 1;
    this.parents.push(item);
  }
}


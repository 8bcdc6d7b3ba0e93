import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, Paragraph, TextRun, type IStylesOptions } from 'docx';
import type { ChartBlock, ReportDocument } from '../../domain/report-document.js';
import { renderDocumentCharts, type RenderedChart } from './chart-renderer.js';
import { docxTable } from './docx-table.js';
import { DOCX_CHART_WIDTH_PX, DOCX_COLOR, DOCX_FONT, DOCX_PAGE, DOCX_SIZE } from './docx-style.js';

const BULLETS = 'report-bullets';
const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The report as an editable Word file (docx): A4, headings in Word's own heading styles (navigation pane, table of
 * contents), paragraphs and lists as text, tables as Word tables, charts as PNG pictures with their title and caption
 * as text, "第 X 页 共 Y 页" as page fields in the footer. Mirrors the PDF made by `renderPdf`.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const charts = await renderDocumentCharts(doc.blocks);
  const children: ConstructorParameters<typeof Document>[0]['sections'][number]['children'][number][] = [...titleBlock(doc)];

  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADING_LEVELS[block.level], children: [new TextRun(block.text)] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ indent: { firstLineChars: 200, firstLine: 2 * DOCX_SIZE.body * 10 }, children: [new TextRun(block.text)] }));
        break;
      case 'bullets':
        children.push(...block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] })));
        break;
      case 'table':
        children.push(...docxTable(block));
        break;
      case 'chart':
        children.push(...chartBlock(block, charts.get(block)!));
        break;
    }
  }
  for (const [i, line] of (doc.footer ?? []).entries()) {
    children.push(new Paragraph({ keepNext: true, keepLines: true, spacing: { before: i === 0 ? 480 : 240 }, children: [new TextRun(line)] }));
  }

  const document = new Document({
    title: doc.title,
    subject: doc.subtitle,
    creator: '12345 市民热线工单系统',
    styles: STYLES,
    numbering: {
      config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 480, hanging: 280 } } } }] }],
    },
    sections: [
      {
        properties: { page: { size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height }, margin: DOCX_PAGE.margin } },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: doc.subtitle ? 80 : 240 },
      children: [new TextRun({ text: doc.title, bold: true, font: DOCX_FONT.heading, size: DOCX_SIZE.title })],
    }),
  ];
  if (doc.subtitle) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, size: DOCX_SIZE.subtitle })] }));
  doc.meta.forEach(({ label, value }, i) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40 },
        border: i === doc.meta.length - 1 ? { bottom: { style: 'single', size: 8, color: DOCX_COLOR.accent, space: 8 } } : undefined,
        children: [new TextRun({ text: `${label}：${value}`, color: DOCX_COLOR.muted, size: DOCX_SIZE.caption })],
      }),
    ),
  );
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

function chartBlock(block: ChartBlock, { png, size }: RenderedChart): Paragraph[] {
  const width = DOCX_CHART_WIDTH_PX;
  const height = Math.round((width * size.height) / size.width);
  const out = [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: block.title, bold: true, size: DOCX_SIZE.caption })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: block.caption !== undefined,
      spacing: { after: block.caption ? 40 : 200 },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: block.title, title: block.title, description: block.caption ?? block.title } })],
    }),
  ];
  if (block.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: block.caption, color: DOCX_COLOR.muted, size: DOCX_SIZE.caption })] }));
  return out;
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: DOCX_SIZE.footer, color: DOCX_COLOR.muted })],
      }),
    ],
  });
}

const heading = (size: number, before: number, after: number) => ({
  run: { font: DOCX_FONT.heading, size, bold: true, color: DOCX_COLOR.text },
  paragraph: { keepNext: true, keepLines: true, spacing: { before, after, line: 360 } },
});

/** Word's own Title and Heading 1–3 styles, restyled, so the navigation pane and a generated contents work. */
const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: DOCX_FONT.body, size: DOCX_SIZE.body, color: DOCX_COLOR.text }, paragraph: { spacing: { line: 360, after: 120 }, alignment: AlignmentType.JUSTIFIED } },
    title: { run: { font: DOCX_FONT.heading, size: DOCX_SIZE.title, bold: true, color: DOCX_COLOR.text } },
    heading1: heading(DOCX_SIZE.heading1, 360, 160),
    heading2: heading(DOCX_SIZE.heading2, 240, 120),
    heading3: heading(DOCX_SIZE.heading3, 200, 80),
  },
};

import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { TableBlock } from '../../domain/report-document.js';
import { DOCX_COLOR, DOCX_CONTENT_WIDTH, DOCX_FONT, DOCX_SIZE } from './docx-style.js';
import { formatCell, isNumericFormat } from './number-format.js';

type RowKind = 'header' | 'body' | 'totals';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLOR.rule };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

/**
 * A table as a real Word table: fixed column widths from the relative widths, a header row Word repeats on every
 * page, rows that do not split across pages, numbers right-aligned and already formatted, the totals row in bold.
 */
export function docxTable(table: TableBlock): (Paragraph | Table)[] {
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = table.columns.map((c) => Math.floor((DOCX_CONTENT_WIDTH * (c.width ?? 1)) / total));
  const aligns = table.columns.map((c) => (isNumericFormat(c.format) ? AlignmentType.RIGHT : AlignmentType.LEFT));
  const cells = (row: (string | number | null)[]) => table.columns.map((c, i) => formatCell(row[i], c.format));

  const row = (texts: string[], kind: RowKind) =>
    new TableRow({
      // Only the header row carries the flag: docx writes w:val="off" for false, which some readers treat as on.
      tableHeader: kind === 'header' ? true : undefined,
      cantSplit: true,
      children: texts.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            shading: kind === 'body' ? undefined : { type: ShadingType.CLEAR, color: 'auto', fill: kind === 'header' ? DOCX_COLOR.headerFill : DOCX_COLOR.totalsFill },
            children: [
              new Paragraph({
                alignment: kind === 'header' ? AlignmentType.CENTER : aligns[i],
                children: [new TextRun({ text, bold: kind !== 'body', font: DOCX_FONT.body, size: DOCX_SIZE.table })],
              }),
            ],
          }),
      ),
    });

  const rows = [row(table.columns.map((c) => c.title), 'header'), ...table.rows.map((r) => row(cells(r), 'body'))];
  if (table.totals) rows.push(row(cells(table.totals), 'totals'));
  const out: (Paragraph | Table)[] = [];
  if (table.caption) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 80 }, children: [new TextRun({ text: table.caption, bold: true, font: DOCX_FONT.body, size: DOCX_SIZE.caption })] }));
  }
  out.push(
    new Table({
      rows,
      width: { size: DOCX_CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
    }),
  );
  // Word glues the next paragraph to a table unless something separates them.
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

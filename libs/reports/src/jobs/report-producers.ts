import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AnalysisReportBuilder } from '../analysis/content/index.js';
import { renderDocx, renderPdf } from '../analysis/render/index.js';
import type { ReportDocument } from '../domain/report-document.js';
import type { ReportKind } from '../domain/report-kind.js';
import type { ReportRunContext } from '../domain/report-run.js';
import { FeeConfirmationBuilder } from '../fee/index.js';
import { LedgerWriter } from '../ledger/index.js';
import type { ProducedFile } from '../store/report-run.record.js';

/**
 * Turns a run into its files in a scratch directory: the ledger as a streamed workbook, the two documents as one
 * content model rendered twice (.docx to edit, PDF to file), so both say exactly the same.
 */
@Injectable()
export class ReportProducers {
  constructor(
    private readonly ledger: LedgerWriter,
    private readonly analysis: AnalysisReportBuilder,
    private readonly fee: FeeConfirmationBuilder,
  ) {}

  async produce(kind: ReportKind, ctx: ReportRunContext, dir: string, baseName: string): Promise<ProducedFile[]> {
    if (kind === 'monthly-ledger') {
      const path = join(dir, 'ledger.xlsx');
      await this.ledger.write(ctx, path);
      return [{ format: 'xlsx', fileName: `${baseName}.xlsx`, path }];
    }
    const builder = kind === 'analysis-report' ? this.analysis : this.fee;
    // One bar for the whole run: reading the figures is the first 80%, typesetting the rest.
    const reading: ReportRunContext = { ...ctx, progress: (done, total, message) => ctx.progress(total ? Math.floor((done / total) * 80) : 0, 100, message) };
    const doc = await builder.build(reading);
    return renderBoth(doc, dir, baseName, ctx);
  }
}

async function renderBoth(doc: ReportDocument, dir: string, baseName: string, ctx: ReportRunContext): Promise<ProducedFile[]> {
  const docx = join(dir, 'report.docx');
  const pdf = join(dir, 'report.pdf');
  await ctx.progress(80, 100, '正在排版 Word 文档');
  await writeFile(docx, await renderDocx(doc));
  await ctx.progress(90, 100, '正在生成 PDF');
  await writeFile(pdf, await renderPdf(doc));
  await ctx.progress(100, 100);
  return [
    { format: 'docx', fileName: `${baseName}.docx`, path: docx },
    { format: 'pdf', fileName: `${baseName}.pdf`, path: pdf },
  ];
}

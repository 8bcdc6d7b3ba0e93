import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageNumberText, renderPdf } from './pdf-renderer.js';
import { PDF_PAGE } from './pdf-style.js';
import { SAMPLE_COMMUNITIES, SAMPLE_LONG_PARAGRAPH, sampleReportDocument } from './testing/sample-report-document.js';

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const doc = sampleReportDocument();
let dir: string;
let pdf: Buffer;
/** `pdftotext -layout` output, one entry per page. */
let pages: string[];
let words: Word[];
let size: { width: number; height: number };

beforeAll(async () => {
  pdf = await renderPdf(doc);
  dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox)!;
  size = { width: Number(width), height: Number(height) };
  words = bbox.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: i + 1,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!,
    })),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pageOf = (text: string) => pages.findIndex((p) => p.includes(text)) + 1;
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('PDF renderer (pdfkit with the embedded CJK font)', () => {
  it('when the sample is rendered, then it is an A4 PDF of several pages and a modest size', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(1);
    expect(size.width).toBeCloseTo(595.28, 1);
    expect(size.height).toBeCloseTo(841.89, 1);
    // Four 1280 × 720 charts and two font subsets.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('when the text is extracted, then the title, every heading and the meta lines read back as Chinese', () => {
    const all = pages.join('\n');
    expect(all).toContain('市民热线民意分析报告');
    for (const block of doc.blocks) if (block.kind === 'heading') expect(all).toContain(block.text);
    expect(all).toContain('统计周期：2026年10月21日至2026年11月20日');
    expect(all).toContain('近十二个月受理量趋势');
  });

  it('when the table breaks across pages, then its later rows are on a later page under a repeated header', () => {
    const first = pageOf(SAMPLE_COMMUNITIES[0]!);
    const last = pageOf(SAMPLE_COMMUNITIES.at(-1)!);
    expect(first).toBeGreaterThan(1);
    expect(last).toBeGreaterThan(first);
    expect(pages[last - 1]).toContain('服务费用（元）');
    expect(pages[last - 1]).toMatch(/红土店第48网格\s+49\s+89\.0%\s+12,773\.50/);
    expect(pages[last - 1]).toMatch(/未归属网格\s+—\s+—\s+—/);
  });

  it('when the totals row is printed, then its numbers are formatted', () => {
    expect(pages.join('\n')).toMatch(/合计\s+3,120\s+85\.3%\s+1,248,000\.00/);
  });

  it('when a 300-character paragraph has no spaces, then it wraps over several lines and loses no character', () => {
    const page = pageOf(SAMPLE_LONG_PARAGRAPH.slice(0, 12));
    expect(squeeze(pages[page - 1]!)).toContain(SAMPLE_LONG_PARAGRAPH);
    const lines = words.filter((w) => w.page === page && SAMPLE_LONG_PARAGRAPH.includes(w.text) && w.text.length > 5);
    expect(new Set(lines.map((w) => Math.round(w.yMin))).size).toBeGreaterThanOrEqual(6);
  });

  it('when any page is inspected, then no text crosses the margins except the running title and the page number', () => {
    const { left, right, top, bottom } = PDF_PAGE.margins;
    const outside = words.filter((w) => w.xMin < left - 0.5 || w.xMax > size.width - right + 0.5);
    expect(outside).toEqual([]);
    // Above the top margin only the running title (from page 2), below the bottom one only "第 X 页 共 Y 页".
    const furniture = new Map<number, string>();
    for (const w of words.filter((w) => w.yMin < top - 2 || w.yMax > size.height - bottom + 2)) furniture.set(w.page, (furniture.get(w.page) ?? '') + w.text);
    pages.forEach((_, i) => expect(furniture.get(i + 1)).toBe(squeeze((i > 0 ? doc.title : '') + pageNumberText(i + 1, pages.length))));
  });

  it('when the footer lines are printed, then they close the last page', () => {
    expect(pages.at(-1)).toContain('甲方（盖章）：陶然亭街道办事处');
    expect(squeeze(pages.at(-1)!)).toContain(squeeze(pageNumberText(pages.length, pages.length)));
  });
});

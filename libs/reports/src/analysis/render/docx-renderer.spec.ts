import { beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { renderDocx } from './docx-renderer.js';
import { SAMPLE_COMMUNITIES, SAMPLE_LONG_PARAGRAPH, sampleReportDocument } from './testing/sample-report-document.js';

const doc = sampleReportDocument();
let docx: Buffer;
let text: string;
let html: string;
let zip: JSZip;

beforeAll(async () => {
  docx = await renderDocx(doc);
  text = (await mammoth.extractRawText({ buffer: docx })).value;
  html = (await mammoth.convertToHtml({ buffer: docx })).value;
  zip = await JSZip.loadAsync(docx);
});

const xmlOf = async (name: string) => (await zip.file(name)?.async('string')) ?? '';

describe('Word renderer (docx)', () => {
  it('when the sample is rendered, then it is a docx of a modest size with A4 pages', async () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.length).toBeLessThan(400_000);
    expect(await xmlOf('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('when the text is read back, then the title, headings, paragraphs, bullets and cells are editable Chinese text', () => {
    expect(text).toContain(doc.title);
    for (const block of doc.blocks) if (block.kind === 'heading') expect(text).toContain(block.text);
    expect(text).toContain(SAMPLE_LONG_PARAGRAPH);
    expect(text).toContain('超期工单 12 件，均已督办。');
    expect(text).toContain(SAMPLE_COMMUNITIES.at(-1)!);
    expect(text).toContain('12,773.50');
    expect(text).toContain('甲方（盖章）：陶然亭街道办事处');
  });

  it.each([
    ['h1', '一、总体情况'],
    ['h2', '（一）诉求类型分布'],
    ['h3', '1. 网格工单与费用'],
  ])('when headings are converted, then they are real Word headings (<%s>%s)', (tag, heading) => {
    expect(html).toContain(`<${tag}>${heading}</${tag}>`);
  });

  it('when the table is converted, then the header repeats, numbers are formatted and the totals row is bold', async () => {
    expect(html).toMatch(/<tr><td><p><strong>合计<\/strong><\/p><\/td><td><p><strong>3,120<\/strong><\/p><\/td><td><p><strong>85\.3%<\/strong><\/p><\/td><td><p><strong>1,248,000\.00<\/strong><\/p><\/td><\/tr>/);
    // One header row, marked so Word repeats it on every page the table continues on.
    expect(html).toMatch(/<thead><tr>(?:(?!<tr>).)*<\/tr><\/thead><tbody>/);
    const body = await xmlOf('word/document.xml');
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(body).toContain('<w:jc w:val="right"/>');
  });

  it('when the charts are embedded, then each is a PNG picture with its title as text', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(doc.blocks.filter((b) => b.kind === 'chart').length);
    expect(media.every((name) => name.endsWith('.png'))).toBe(true);
    expect(text).toContain('诉求类型占比');
    expect(text).toContain('供暖和停车管理居前两位。');
  });

  it('when the footer is read, then it numbers pages as 第 X 页 共 Y 页 with fields', async () => {
    const footer = await xmlOf(Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name))!);
    expect(footer).toMatch(/第 .*PAGE.* 页 共 .*NUMPAGES.* 页/s);
  });

  it('when the runs are set, then Chinese text uses an East Asian font and Latin text a Western one', async () => {
    const styles = await xmlOf('word/styles.xml');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
  });
});

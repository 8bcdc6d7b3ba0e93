import { describe, expect, it } from '@jest/globals';
import { extensionOf, sniffFileType } from './sniff-file-type.js';

const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((n) => Buffer.from(n))]);

describe('sniffFileType', () => {
  it.each([
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['a WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), 'webp'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['a Word document', zip('[Content_Types].xml', 'word/document.xml'), 'docx'],
    ['a workbook', zip('[Content_Types].xml', 'xl/workbook.xml'), 'xlsx'],
    ['UTF-8 text in Chinese', Buffer.from('现场照片说明：\r\n已整改。\t完毕\n'), 'txt'],
  ])('when the bytes are %s, then %s', (_when, data, kind) => {
    expect(sniffFileType(data)).toBe(kind);
  });

  it.each([
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0])])],
    ['a plain ZIP', zip('notes.txt')],
    ['GBK bytes (not UTF-8)', Buffer.from([0xc4, 0xe3, 0xba, 0xc3])],
    ['text with a NUL byte', Buffer.from('abc\u0000def')],
    ['nothing', Buffer.alloc(0)],
  ])('when the bytes are %s, then it is refused', (_when, data) => {
    expect(sniffFileType(data)).toBeNull();
  });

  it('reads extensions case-insensitively and ignores dot-files', () => {
    expect(extensionOf('现场.JPG')).toBe('jpg');
    expect(extensionOf('.env')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});

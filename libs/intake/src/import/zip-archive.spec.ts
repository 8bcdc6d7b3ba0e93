import { describe, expect, it } from '@jest/globals';
import { zipOf } from './xlsx.fixtures.js';
import { entryChunks, zipDirectory, type ZipEntry } from './zip-archive.js';

async function read(zip: Buffer, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(zip, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The bytes of a zip with one entry, then changed by `damage`. */
function damaged(damage: (zip: Buffer) => Buffer, entry: Parameters<typeof zipOf>[0][0] = { name: 'a.xml', data: 'x'.repeat(1000) }): Buffer {
  return damage(zipOf([entry]));
}

describe('zipDirectory', () => {
  it('when the archive is well formed, then each entry has its name, method and declared sizes, before anything is inflated', () => {
    const zip = zipOf([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: '中文.txt', data: 'stored', store: true },
    ]);
    expect(zipDirectory(zip)).toEqual([
      expect.objectContaining({ name: 'xl/workbook.xml', method: 8, size: 11 }),
      expect.objectContaining({ name: '中文.txt', method: 0, size: 6, compressedSize: 6 }),
    ]);
  });

  it.each<[string, Buffer, RegExp]>([
    ['is not a zip at all', Buffer.from('PK\x03\x04 and then nothing'), /no end of central directory/],
    ['is cut short (the directory is at the end)', damaged((z) => z.subarray(0, z.length - 30)), /no end of central directory/],
    ['has a directory pointing outside the file', damaged((z) => (z.writeUInt32LE(0x7fffffff, z.length - 6), z)), /outside the file/],
    ['has zip64 markers', damaged((z) => (z.writeUInt16LE(0xffff, z.length - 12), z)), /zip64/],
  ])('when the archive %s, then it is refused', (_name, zip, message) => {
    expect(() => zipDirectory(zip)).toThrow(message);
  });
});

describe('entryChunks', () => {
  it.each<[string, boolean]>([
    ['deflated', false],
    ['stored', true],
  ])('when an entry is %s, then its bytes come back exactly', async (_name, store) => {
    const data = Buffer.from('<sheetData>'.repeat(5000) + '诉求内容');
    const zip = zipOf([{ name: 'a.xml', data, store }]);
    expect(Buffer.compare(await read(zip, zipDirectory(zip)[0]), data)).toBe(0);
  });

  it('when the directory declares less than the entry inflates to (a lying zip bomb), then reading stops at the declared size', async () => {
    const zip = zipOf([{ name: 'bomb.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x41), declaredSize: 1024 }]);
    expect(zip.length).toBeLessThan(100_000);
    let read = 0;
    await expect(
      (async () => {
        for await (const chunk of entryChunks(zip, zipDirectory(zip)[0])) read += chunk.length;
      })(),
    ).rejects.toThrow(/more than the 1024 bytes/);
    expect(read).toBeLessThanOrEqual(1024);
  });

  it.each<[string, Buffer, RegExp]>([
    ['declares more than it holds', damaged((z) => z, { name: 'a.xml', data: 'abc', declaredSize: 10 }), /holds 3 bytes, its directory entry declares 10/],
    ['has corrupt deflate data', damaged((z) => (z.fill(0xff, 35, 45), z)), /invalid|incorrect|unexpected/i],
    ['is stored with a wrong CRC', damaged((z) => (z[40] ^= 0x01, z), { name: 'a.xml', data: 'x'.repeat(1000), store: true }), /CRC/],
    ['is encrypted', damaged((z) => (z.writeUInt16LE(0x0801, z.length - 22 - 51 + 8), z)), /encrypted/],
    ['uses a compression method an xlsx never uses', damaged((z) => (z.writeUInt16LE(12, z.length - 22 - 51 + 10), z)), /method 12/],
  ])('when an entry %s, then reading it fails', async (_name, zip, message) => {
    await expect(read(zip, zipDirectory(zip)[0])).rejects.toThrow(message);
  });
});

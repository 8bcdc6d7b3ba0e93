import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';

/**
 * Test files built byte by byte: zip archives (deflated or stored, with a directory that may lie about sizes) and
 * minimal xlsx workbooks whose sheet XML is written by hand, so tests can hold layouts and damage that no
 * spreadsheet library writes (cells without `r`, zip bombs, truncated archives).
 */
export interface ZipFixtureEntry {
  name: string;
  data: Buffer | string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** The uncompressed size the directory claims (a lying central directory), instead of the real one. */
  declaredSize?: number;
}

export function zipOf(entries: ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const body = entry.store ? data : deflateRawSync(data, { level: 9 });
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? data.length;
    const fields = { method: entry.store ? 0 : 8, crc: crc32(data), compressed: body.length, size };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** version needed, flags (bit 11: UTF-8 names), method, time, date, crc, sizes, name length, extra length. */
function writeCommon(b: Buffer, at: number, f: { method: number; crc: number; compressed: number; size: number }, nameLength: number): void {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(0x0800, at + 2);
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt32LE(f.crc >>> 0, at + 10);
  b.writeUInt32LE(f.compressed, at + 14);
  b.writeUInt32LE(f.size, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
}

export interface XlsxFixture {
  /** The `<sheetData>` content, written as is. */
  sheetData: string;
  sharedStrings?: string[];
  /** `numFmtId` of each cell style (`s` = index); 14 is the built-in date format. */
  cellStyles?: number[];
  /** Extra zip entries (or replacements, by name). */
  extra?: ZipFixtureEntry[];
  /** Overrides per entry name, e.g. a `declaredSize` for the sheet. */
  entryOptions?: Record<string, Partial<ZipFixtureEntry>>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The smallest workbook Excel opens: one sheet, optional shared strings and cell styles. */
export function xlsxOf(fixture: XlsxFixture): Buffer {
  const entries: ZipFixtureEntry[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="工单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${fixture.sheetData}</sheetData></worksheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${(fixture.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><cellXfs>${(fixture.cellStyles ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('')}</cellXfs></styleSheet>`,
    },
  ];
  const extra = new Map((fixture.extra ?? []).map((e) => [e.name, e]));
  const merged = [...entries.filter((e) => !extra.has(e.name)), ...extra.values()];
  return zipOf(merged.map((e) => ({ ...e, ...fixture.entryOptions?.[e.name] })));
}

/** A sheet row of inline strings, written without `r` attributes (position implied by order). */
export function inlineRow(cells: (string | null)[]): string {
  return `<row>${cells.map((c) => (c === null ? '<c/>' : `<c t="inlineStr"><is><t>${escape(c)}</t></is></c>`)).join('')}</row>`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Damage to a file's bytes, for fuzzing: bytes overwritten anywhere or near the end (where a zip's directory is), then a cut. */
export interface Damage {
  edits: { at: number; nearEnd: boolean; byte: number }[];
  keep: number | null;
}

export const damageArb: fc.Arbitrary<Damage> = fc.record({
  edits: fc.array(fc.record({ at: fc.nat(), nearEnd: fc.boolean(), byte: fc.nat(255) }), { maxLength: 8 }),
  keep: fc.option(fc.nat(), { freq: 4 }),
});

export function damaged(bytes: Buffer, damage: Damage): Buffer {
  const out = Buffer.from(bytes);
  for (const { at, nearEnd, byte } of damage.edits) out[nearEnd ? out.length - 1 - (at % Math.min(out.length, 256)) : at % out.length] = byte;
  return damage.keep === null ? out : out.subarray(0, damage.keep % (out.length + 1));
}

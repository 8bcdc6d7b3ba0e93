import { posix } from 'node:path';
import { ImportFileError, unreadableXlsx } from './import-file-error.js';
import { xmlTokens, type XmlToken } from './xml-tokens.js';
import { entryChunks, zipDirectory, type ZipEntry } from './zip-archive.js';

/** Bounds on what an xlsx may inflate to (issue 13: a 1 MB upload held a 1 GiB cell). */
export interface XlsxLimits {
  maxUncompressedBytes: number;
  maxCellChars: number;
}

/** Where the first worksheet and the parts it needs are, by following the package's relationships. */
export interface WorkbookParts {
  sheet: string;
  sharedStrings: string | null;
  styles: string | null;
  /** Serial dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30. */
  date1904: boolean;
}

/**
 * An xlsx (an OPC zip package) opened from its central directory. The sizes the directory declares are checked
 * against the limit before anything is inflated; each part is then streamed and cannot inflate past its
 * declared size (zip-archive), so the total read stays under the limit even when the directory lies.
 */
export class XlsxPackage {
  private constructor(private readonly zip: Buffer, private readonly entries: Map<string, ZipEntry>) {}

  static open(zip: Buffer, limits: XlsxLimits): XlsxPackage {
    const entries = zipDirectory(zip);
    const total = entries.reduce((sum, e) => sum + e.size, 0);
    if (total > limits.maxUncompressedBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new ImportFileError(
        'IMPORT_UNCOMPRESSED_TOO_LARGE',
        `.xlsx 文件解压后共 ${mb(total)} MB，超过 ${mb(limits.maxUncompressedBytes)} MB 上限，请拆分后分批导入（若文件本身很小，它可能已损坏或被篡改）`,
        { uncompressedBytes: total, maxUncompressedBytes: limits.maxUncompressedBytes },
      );
    }
    // OPC part names are case-insensitive; the first of two same-named entries wins.
    const byName = new Map<string, ZipEntry>();
    for (const e of entries) if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), e);
    return new XlsxPackage(zip, byName);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  tokens(path: string): AsyncGenerator<XmlToken[]> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) throw unreadableXlsx(`no part ${path}`);
    return xmlTokens(entryChunks(this.zip, entry));
  }

  /** The workbook's first sheet (its first tab), its shared strings and styles, and its date system. */
  async workbookParts(): Promise<WorkbookParts> {
    const root = await this.relationships('');
    const workbook = root.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    if (!this.has(workbook)) throw unreadableXlsx('no workbook part');
    let date1904 = false;
    let firstSheet: string | undefined;
    for await (const tokens of this.tokens(workbook)) {
      for (const t of tokens) {
        if (t.kind !== 'open') continue;
        if (t.name === 'workbookPr') date1904 = t.attrs.date1904 === '1' || t.attrs.date1904 === 'true';
        // the relationship id is `r:id`, whatever prefix the writer bound to the relationships namespace
        if (t.name === 'sheet' && firstSheet === undefined) firstSheet = Object.entries(t.attrs).find(([k]) => /:id$/.test(k))?.[1];
      }
    }
    const rels = await this.relationships(workbook);
    const sheet = rels.find((r) => r.id === firstSheet && r.type === 'worksheet')?.target;
    if (!sheet || !this.has(sheet)) throw unreadableXlsx('no first worksheet');
    const part = (type: string) => {
      const target = rels.find((r) => r.type === type)?.target;
      return target && this.has(target) ? target : null;
    };
    return { sheet, sharedStrings: part('sharedStrings'), styles: part('styles'), date1904 };
  }

  /** A part's relationships (`_rels/<name>.rels` beside it), targets resolved to package paths. */
  private async relationships(part: string): Promise<{ id: string; type: string; target: string }[]> {
    const dir = posix.dirname(part);
    const path = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
    if (!this.has(path)) return [];
    const found: { id: string; type: string; target: string }[] = [];
    for await (const tokens of this.tokens(path)) {
      for (const t of tokens) {
        if (t.kind !== 'open' || t.name !== 'Relationship' || t.attrs.TargetMode === 'External') continue;
        const target = t.attrs.Target ?? '';
        found.push({
          id: t.attrs.Id ?? '',
          type: (t.attrs.Type ?? '').split('/').pop() ?? '',
          target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target)),
        });
      }
    }
    return found;
  }
}

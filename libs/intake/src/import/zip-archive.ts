import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';

/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only two an xlsx uses). */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as declared: read before anything is inflated, and enforced while inflating. */
  size: number;
  localOffset: number;
}

/** The archive is malformed or uses what an xlsx never needs; the message is for logs and the audit trail. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Input slices fed to the inflater: one slice inflates to at most ~1032× its size, whatever the reader does. */
const INPUT_SLICE = 16 * 1024;

/**
 * The entries of a zip held in memory, from its central directory (the end of the file), without inflating
 * anything. Zip64 is refused: the upload limit keeps an export far below the 4 GiB where it would be needed.
 */
export function zipDirectory(zip: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError('zip64 archive');
  if (offset + size > end) throw new ZipFormatError('central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError(`bad central directory entry ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      // bit 11: UTF-8 name; xlsx part names are ASCII either way
      name: zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      flags,
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipFormatError(`zip64 entry ${entry.name}`);
    }
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * An entry's uncompressed bytes, streamed. Never yields more than the directory declared: a directory that lies
 * about sizes (the zip-bomb trick that defeats a check of the declared sizes alone) stops the read instead.
 */
export async function* entryChunks(zip: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & 0x1) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  const data = entryData(zip, entry);
  const input = Readable.from(slices(data, INPUT_SLICE));
  const output = entry.method === 0 ? input : input.pipe(createInflateRaw());
  let total = 0;
  let crc = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw new ZipFormatError(`${entry.name} holds more than the ${entry.size} bytes its directory entry declares`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } finally {
    input.destroy();
    output.destroy();
  }
  if (total !== entry.size) throw new ZipFormatError(`${entry.name} holds ${total} bytes, its directory entry declares ${entry.size}`);
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipFormatError(`${entry.name} fails its CRC check`);
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipFormatError(`${entry.name}: no local header`);
  // The local header's own sizes may be zero (streamed writers put them after the data); the directory's are used.
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return zip.subarray(start, start + entry.compressedSize);
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY && at + 22 + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  throw new ZipFormatError('no end of central directory (truncated or not a zip)');
}

function* slices(data: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

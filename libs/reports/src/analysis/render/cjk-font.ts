import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The CJK font every report is drawn with: Noto Sans SC (OFL) as static TrueType files from the npm package
 * `@expo-google-fonts/noto-sans-sc`, so `npm ci` alone provides it — servers and CI have no Chinese system font, and
 * without one resvg silently drops chart text and a PDF has no extractable Chinese. Resolved through Node's module
 * resolution from this file, which works from the TypeScript sources (ts-jest) and from the compiled `dist/` build.
 */
export const CJK_FONT_FAMILY = 'Noto Sans SC';

export type CjkFontWeight = 'regular' | 'bold';

const FONT_MODULES: Record<CjkFontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

export class CjkFontMissingError extends Error {
  constructor(weight: CjkFontWeight, reason: string) {
    super(`找不到报表所需的中文字体（${CJK_FONT_FAMILY} ${weight}，npm 包 @expo-google-fonts/noto-sans-sc）：${reason}。请确认依赖已随 npm ci 安装。`);
    this.name = 'CjkFontMissingError';
  }
}

const paths = new Map<CjkFontWeight, string>();
const buffers = new Map<CjkFontWeight, Buffer>();

/** Absolute path of the font file (resvg takes files only). */
export function cjkFontPath(weight: CjkFontWeight = 'regular'): string {
  let path = paths.get(weight);
  if (!path) {
    try {
      path = createRequire(import.meta.url).resolve(FONT_MODULES[weight]);
    } catch (e) {
      throw new CjkFontMissingError(weight, (e as Error).message);
    }
    paths.set(weight, path);
  }
  return path;
}

/** The font's bytes, read once per process (each file is about 10 MB). */
export function cjkFontBuffer(weight: CjkFontWeight = 'regular'): Buffer {
  let buffer = buffers.get(weight);
  if (!buffer) {
    const path = cjkFontPath(weight);
    try {
      buffer = readFileSync(path);
    } catch (e) {
      throw new CjkFontMissingError(weight, (e as Error).message);
    }
    // A Git LFS pointer or a truncated download would otherwise fail later with an obscure fontkit error.
    if (!isSfnt(buffer)) throw new CjkFontMissingError(weight, `${path} 不是 TrueType/OpenType 字体文件`);
    buffers.set(weight, buffer);
  }
  return buffer;
}

function isSfnt(bytes: Buffer): boolean {
  if (bytes.length < 12) return false;
  const tag = bytes.readUInt32BE(0);
  return tag === 0x00010000 || tag === 0x4f54544f /* OTTO */ || tag === 0x74727565 /* true */;
}

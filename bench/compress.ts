import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  /** Bytes as written (minified). */
  min: number;
  /** gzip, level 9. */
  gzip: number;
  /** brotli, quality 11 (max), text mode. */
  brotli: number;
}

/** 1 KB = 1024 bytes everywhere in the bench. */
export const KB = 1024;

export function sizesOf(code: string | Uint8Array): Sizes {
  const buf = typeof code === 'string' ? Buffer.from(code) : Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

export const kb = (bytes: number, digits = 2) => `${(bytes / KB).toFixed(digits)} KB`;

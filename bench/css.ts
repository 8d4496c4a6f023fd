import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { sizesOf, type Sizes } from './compress.js';
import { repoDir } from './paths.js';

export interface CssResult extends Sizes {
  name: string;
  entry: string;
  files: string[];
}

/** `styles.css` as the tarball ships it (already bundled and minified by the library build). */
export async function measureStylesheet(file: string): Promise<CssResult> {
  const code = await readFile(file);
  return { name: 'styles', entry: relative(repoDir, file), files: [relative(repoDir, file)], ...sizesOf(code) };
}

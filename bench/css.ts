import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { bundle } from 'lightningcss';
import { sizesOf, type Sizes } from './compress.js';
import { repoDir, stylesheet, weightOutDir } from './paths.js';

export interface CssResult extends Sizes {
  name: string;
  entry: string;
  files: string[];
}

/** (d) styles.css: @imports inlined and minified by lightningcss, as the library build does it. */
export async function measureStylesheet(): Promise<CssResult> {
  const { code } = bundle({ filename: stylesheet, minify: true });
  const dir = resolve(weightOutDir, 'styles');
  await mkdir(dir, { recursive: true });
  const file = resolve(dir, 'styles.css');
  await writeFile(file, code);
  return { name: 'styles', entry: relative(repoDir, stylesheet), files: [relative(repoDir, file)], ...sizesOf(code) };
}

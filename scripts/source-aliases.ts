import { resolve } from 'node:path';

const src = resolve(import.meta.dirname, '../src');

/**
 * `riffyn-login-kit` imported exactly as an app imports the package, pointed at the sources, so the
 * demo and the screenshot page need no library build first.
 */
export const sourceAliases = [
  { find: /^riffyn-login-kit\/styles\.css$/, replacement: resolve(src, 'theme/styles.css') },
  { find: /^riffyn-login-kit\/locales\/([\w-]+)$/, replacement: `${resolve(src, 'locales')}/$1.ts` },
  { find: /^riffyn-login-kit\/testing$/, replacement: resolve(src, 'testing/index.ts') },
  { find: /^riffyn-login-kit$/, replacement: resolve(src, 'index.ts') },
];

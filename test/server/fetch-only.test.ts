// @vitest-environment node
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { bundle } from '../../bench/bundle.js';

const root = resolve(import.meta.dirname, '../..');

// Next.js edge routes, Cloudflare Workers, Deno and Bun load the proxy: it must stand on the Fetch
// API alone, with nothing of Node's and nothing of React's, and no adapter code mixed in.
it('the proxy handler bundles with no import at all and no Node global', async () => {
  const built = await bundle('proxy-fetch-only', resolve(root, 'src/server/index.ts'), []);
  expect(built.imports).toEqual([]);
  expect(built.code).toContain('fetch');
  for (const nodeOnly of [/\bnode:/, /\bprocess\./, /\bBuffer\b/, /\brequire\(/, /\bIncomingMessage\b/, /\bwriteHead\b/]) {
    expect(built.code).not.toMatch(nodeOnly);
  }
  // Session mode rides along (its jose, Web Crypto only, in a chunk loaded on first use).
  expect(built.modules.map((m) => m.module).sort()).toEqual([
    'jose',
    'rolldown/runtime.js',
    'src/api/client.ts',
    'src/core/limits.ts',
    'src/core/server-time.ts',
    'src/server/headers.ts',
    'src/server/proxy.ts',
    'src/server/rate-limit.ts',
    'src/server/session.ts',
  ]);
}, 60_000);

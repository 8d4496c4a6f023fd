// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = (file: string) => resolve(root, 'dist', file);

// The published artefact, as a consumer gets it: built once, then imported by plain Node.
beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
}, 120_000);

const PUBLIC_VALUES = [
  'createRiffynClient',
  'AuthError',
  'AuthProvider',
  'useAuth',
  'parseAuthResponse',
  'transition',
  'AuthFlow',
  'LoginForm',
  'MfaFactorPicker',
  'ApiKeyReveal',
  'darkTheme',
];

describe('the built package', () => {
  it('emits ESM, types and the stylesheet', () => {
    for (const file of ['index.js', 'index.d.ts', 'testing.js', 'testing/index.d.ts', 'testing-server.js', 'testing-msw.js', 'node.js', 'server/node.d.ts', 'styles.css']) {
      expect(existsSync(dist(file)), file).toBe(true);
    }
    const types = readFileSync(dist('index.d.ts'), 'utf8');
    for (const name of PUBLIC_VALUES) expect(types).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('keeps peers external and imports no CSS from JS', () => {
    const code = readFileSync(dist('index.js'), 'utf8');
    expect(code).toMatch(/from "react"|from 'react'/);
    expect(code).not.toMatch(/function useForm\b|class QueryClient\b/); // not bundled
    expect(code).not.toMatch(/\.css["']/);
  });

  it('imports in plain Node (no DOM, as in server-side rendering) by its package name', () => {
    const script = `
      const kit = await import('riffyn-login-kit');
      const testing = await import('riffyn-login-kit/testing');
      const names = ${JSON.stringify(PUBLIC_VALUES)}.filter((n) => !(n in kit));
      if (names.length) throw new Error('missing ' + names.join(', '));
      if (typeof testing.createMockRiffyn !== 'function') throw new Error('no testing kit');
      const { riffynHandlers } = await import('riffyn-login-kit/testing/msw');
      if (typeof riffynHandlers !== 'function') throw new Error('no msw handlers');
      console.log('ok', typeof document);
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('ok undefined');
  });

  it('renders the whole flow to HTML on the server', () => {
    const script = `
      const { createElement: h } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const kit = await import('riffyn-login-kit');
      const client = kit.createRiffynClient({ baseUrl: 'https://api.example.test' });
      const html = renderToString(h(kit.AuthProvider, { client }, h(kit.AuthFlow)));
      console.log(/autocomplete="current-password"/i.test(html) ? 'ok' : html);
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('ok');
  });

  it('serves a Fetch handler on node:http through riffyn-login-kit/node', () => {
    const script = `
      import { createServer } from 'node:http';
      const { toNodeHandler } = await import('riffyn-login-kit/node');
      const server = createServer(toNodeHandler(async (request) => new Response(request.method + ' ' + new URL(request.url).pathname)));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const answer = await fetch('http://127.0.0.1:' + server.address().port + '/v1/auth', { method: 'POST' });
      console.log(await answer.text());
      server.close();
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('POST /v1/auth');
  });
});

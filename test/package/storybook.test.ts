// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let ids: string[] = [];
let docs: string[] = [];

// The static Storybook users browse: built offline (no telemetry, no update check), every story listed.
beforeAll(() => {
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  const index = JSON.parse(readFileSync(resolve(root, 'storybook-static/index.json'), 'utf8')) as {
    entries: Record<string, { type: string }>;
  };
  ids = Object.entries(index.entries)
    .filter(([, entry]) => entry.type === 'story')
    .map(([id]) => id);
  docs = Object.entries(index.entries)
    .filter(([, entry]) => entry.type === 'docs')
    .map(([id]) => id);
}, 240_000);

it.each([
  // Every state issue 3 asks for, per component.
  ['loginform', ['idle', 'validation-error', 'pending', 'invalid-credentials', 'rate-limited', 'server-502', 'network', 'timeout', 'malformed', 'page-failure', 'dark-theme', 'custom-theme', 'unstyled', 'long-localized-strings', 'rtl']],
  ['mfafactorpicker', ['one-factor', 'several-factors', 'wrong-code', 'about-to-expire', 'expired', 'dark-theme', 'custom-theme', 'unstyled', 'long-localized-strings', 'rtl']],
  ['apikeyreveal', ['key-masked', 'key-revealed', 'key-copied', 'no-key', 'acknowledged', 'dark-theme', 'custom-theme', 'unstyled', 'long-localized-strings', 'rtl']],
  ['authflow', ['password-login-with-key', 'mfa-with-totp', 'mfa-several-factors', 'wrong-password', 'rate-limited', 'mfa-expires', 'dark-theme']],
])('index.json lists every %s state', (component, stories) => {
  for (const story of stories) expect(ids).toContain(`components-${component}--${story}`);
});

it('has the guides beside the component pages', () => {
  for (const page of ['introduction', 'theming', 'headless-useauth', 'testing-your-page']) expect(docs).toContain(`${page}--docs`);
  for (const component of ['loginform', 'mfafactorpicker', 'apikeyreveal', 'authflow']) expect(docs).toContain(`components-${component}--docs`);
});

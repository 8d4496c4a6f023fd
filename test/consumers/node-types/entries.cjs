// Node's require() of every entry (the CommonJS build).
const assert = require('node:assert/strict');

const kit = require('riffyn-login-kit');
const core = require('riffyn-login-kit/core');
const testing = require('riffyn-login-kit/testing');
const { startMockRiffynServer } = require('riffyn-login-kit/testing/server');
const { riffynHandlers } = require('riffyn-login-kit/testing/msw');
const { toNodeHandler } = require('riffyn-login-kit/node');

assert.equal(typeof kit.AuthFlow, 'object'); // a forwardRef component
assert.equal(typeof kit.useAuth, 'function');
assert.equal(kit.AuthError, core.AuthError, 'one AuthError for both entries');
assert.equal(typeof core.createRiffynClient, 'function');
assert.equal(typeof core.createRiffynProxy, 'function');
assert.equal(typeof toNodeHandler, 'function');
assert.equal(typeof testing.createMockRiffyn, 'function');
assert.equal(typeof startMockRiffynServer, 'function');
assert.equal(typeof riffynHandlers, 'function');
assert.ok(require.resolve('riffyn-login-kit/styles.css').endsWith('styles.css'));
// Each locale entry exports one complete set, named after it.
const locales = {
  de: ['de', 'Anmelden'],
  fr: ['fr', 'Se connecter'],
  es: ['es', 'Iniciar sesión'],
  ja: ['ja', 'サインイン'],
  'zh-CN': ['zhCN', '登录'],
  ar: ['ar', 'تسجيل الدخول'],
  he: ['he', 'התחברות'],
  it: ['it', 'Accedi'],
  ko: ['ko', '로그인'],
  nl: ['nl', 'Inloggen'],
  pl: ['pl', 'Zaloguj się'],
  'pt-BR': ['ptBR', 'Entrar'],
  sv: ['sv', 'Logga in'],
  tr: ['tr', 'Oturum aç'],
  'zh-TW': ['zhTW', '登入'],
};
for (const [locale, [name, submit]] of Object.entries(locales)) {
  const messages = require(`riffyn-login-kit/locales/${locale}`)[name];
  assert.equal(messages.loginForm.submit, submit, locale);
  assert.equal(core.withOverrides(messages, { mfa: { verify: 'OK' } }).loginForm.submit, submit, locale);
  assert.equal(messages.loginForm.dir, locale === 'ar' || locale === 'he' ? 'rtl' : undefined, locale);
}
assert.match(require('riffyn-login-kit/locales/pseudo').pseudo.loginForm.submit, /^⟦Šîĝñ îñ/);
console.log(`require(): 6 entries + ${Object.keys(locales).length + 1} locales + styles.css`);

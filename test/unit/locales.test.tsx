import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/AuthFlow.js';
import { LoginForm } from '../../src/components/LoginForm/LoginForm.js';
import { AuthError } from '../../src/core/errors.js';
import { describeError } from '../../src/i18n/errors.js';
import { sessionTimeoutMessages, type SessionTimeoutMessages } from '../../src/i18n/session-timeout.js';
import { mergeMessages, withOverrides } from '../../src/i18n/merge.js';
import { defaultMessages, type AuthMessages } from '../../src/i18n/messages.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { ja } from '../../src/locales/ja.js';
import { zhCN } from '../../src/locales/zh-CN.js';
import { ar } from '../../src/locales/ar.js';
import { he } from '../../src/locales/he.js';
import { ko } from '../../src/locales/ko.js';
import { pl } from '../../src/locales/pl.js';
import { ptBR } from '../../src/locales/pt-BR.js';
import { pseudo, pseudoSessionTimeout, pseudoText } from '../../src/locales/pseudo.js';
import { zhTW } from '../../src/locales/zh-TW.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';
import { shippedLocales } from '../shipped-locales.js';

const locales: Record<string, AuthMessages> = Object.fromEntries(Object.entries(shippedLocales).map(([code, l]) => [code, l.messages]));
/** The right-to-left languages: each step says so, for the kit's root. */
const RTL = new Set(['ar', 'he']);
/** `<SessionTimeoutWarning>`'s strings, a set of their own so the login page never carries them. */
const sessionTimeoutLocales: Record<string, SessionTimeoutMessages> = Object.fromEntries(
  Object.entries(shippedLocales).map(([code, l]) => [code, l.sessionTimeout]),
);

/** Strings that are rightly the same as the English ones in a translation: product names, loanwords ("locale: path"). */
const SAME_AS_ENGLISH = new Set(['mfa.vendorNames.GOOGLE', 'mfa.vendorNames.OKTA', 'mfa.vendorNames.YUBICO', 'it: loginForm.passwordLabel']);

/**
 * How to call each message function, and what its output must contain. Keyed by path, with a
 * step's own `errors.*` looked up as `errors.*`. A new function in the English set needs a line
 * here: the walk below says which one.
 */
const SAMPLES: Record<string, Array<{ args: unknown[]; shows: string[] }>> = {
  // Not 2 (120 s): Arabic says two minutes in one word, the dual, with no digit.
  'errors.retryIn': [
    { args: [45], shows: ['45'] },
    { args: [180], shows: ['3'] },
  ],
  'errors.waitAsked': [
    { args: [45], shows: ['45'] },
    { args: [300], shows: ['5'] },
  ],
  'errors.received': [{ args: ['PASSWORD_WARN'], shows: ['PASSWORD_WARN'] }],
  'mfa.signingInAs': [{ args: ['ada.lovelace'], shows: ['ada.lovelace'] }],
  'mfa.usingFactor': [
    { args: ['LABEL', 'HINT'], shows: ['LABEL', 'HINT'] },
    { args: ['LABEL', null], shows: ['LABEL'] },
  ],
  'mfa.factorLabels.other': [{ args: ['token:software:totp'], shows: [] }],
  'mfa.expiresIn': [
    { args: [300], shows: ['5'] },
    { args: [45], shows: ['45'] },
  ],
  'mfa.timeWarning': [
    { args: [300], shows: ['5'] },
    { args: [75], shows: [] }, // "about a minute", in words in some languages
    { args: [45], shows: [] },
  ],
  'mfa.timeExtended': [
    { args: [300], shows: ['5'] },
    { args: [45], shows: ['45'] },
  ],
  'mfa.clockSkew': [
    { args: [42, true], shows: ['42'] },
    { args: [42, false], shows: ['42'] },
  ],
  'apiKey.shown.signedInAs': [{ args: ['ada.lovelace'], shows: ['ada.lovelace'] }],
  'apiKey.shown.maskedDescription': [
    { args: ['rfn_7Q'], shows: ['rfn_7Q'] },
    { args: [''], shows: [] },
  ],
  'apiKey.shown.downloaded': [{ args: ['riffyn-api-key.env'], shows: ['riffyn-api-key.env'] }],
  'sessionTimeout.body': [{ args: ['TIME'], shows: ['TIME'] }],
  'sessionTimeout.timeLeft': [
    { args: [180], shows: ['3'] },
    { args: [30], shows: ['30'] },
    { args: [5], shows: [] },
  ],
  'apiKey.rename.renamed': [{ args: ['CI key'], shows: ['CI key'] }],
  'apiKey.rename.tooLong': [{ args: [64], shows: ['64'] }],
  'apiKey.acknowledged.body': [{ args: ['CI key'], shows: ['CI key'] }],
};
const sampleKey = (path: string) => path.replace(/^(loginForm|mfa|apiKey|sessionTimeout)\.errors\./, 'errors.');

/**
 * Every way `messages` differs from the English set, one line each, "locale: path: problem":
 * the same key tree, a function where English has one, no empty string, no English left behind.
 */
function problems(locale: string, english: unknown, messages: unknown, path = ''): string[] {
  const at = `${locale}: ${path || '(root)'}`;
  if (typeof english === 'function') {
    if (typeof messages !== 'function') return [`${at}: should be a function, as in English; is ${typeof messages}`];
    if (messages.length !== english.length) return [`${at}: takes ${messages.length} arguments; English takes ${english.length}`];
    const samples = SAMPLES[sampleKey(path)];
    if (!samples) return [`${at}: a function with no sample in SAMPLES (test/unit/locales.test.tsx); add one`];
    return samples.flatMap(({ args, shows }) => {
      let out: unknown;
      try {
        out = (messages as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return [`${at}(${args.join(', ')}) throws: ${String(error)}`];
      }
      if (typeof out !== 'string' || !out.trim()) return [`${at}(${args.join(', ')}) gives no text`];
      return shows.filter((value) => !out.includes(value)).map((value) => `${at}(${args.join(', ')}) = "${out}" lacks "${value}"`);
    });
  }
  if (typeof english === 'string') {
    if (typeof messages !== 'string') return [`${at}: should be a string, as in English; is ${typeof messages}`];
    if (!messages.trim()) return [`${at}: is empty`];
    if (locale !== 'en' && messages === english && !SAME_AS_ENGLISH.has(path) && !SAME_AS_ENGLISH.has(`${locale}: ${path}`)) return [`${at}: still the English "${english}"`];
    return [];
  }
  if (typeof messages !== 'object' || messages === null) return [`${at}: is missing (English has a group of messages here)`];
  const theirs = messages as Record<string, unknown>;
  const ours = english as Record<string, unknown>;
  // A step's direction: English leaves it to the page; a right-to-left language must say so.
  const isStep = /^(loginForm|mfa|apiKey|sessionTimeout)$/.test(path);
  const direction =
    isStep && RTL.has(locale) !== (theirs.dir === 'rtl')
      ? [`${at}.dir: should be ${RTL.has(locale) ? "'rtl'" : 'left out'}; is ${String(theirs.dir)}`]
      : [];
  return [
    ...direction,
    ...Object.keys(ours).flatMap((key) => problems(locale, ours[key], theirs[key], path ? `${path}.${key}` : key)),
    ...Object.keys(theirs)
      .filter((key) => !(key in ours) && !(isStep && key === 'dir'))
      .map((key) => `${locale}: ${path ? `${path}.${key}` : key}: not in the English set (renamed or removed there?)`),
  ];
}

describe('the shipped translations', () => {
  it('are exactly the locales the package exports', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const exported = Object.keys(manifest.exports).filter((p) => p.startsWith('./locales/'));
    expect(exported.sort()).toEqual(Object.keys(locales).map((l) => `./locales/${l}`).sort());
  });

  it('has samples that work on the English set itself', () => {
    expect(problems('en', defaultMessages, defaultMessages)).toEqual([]);
  });

  it.each(Object.keys(locales))('%s covers every key of the English set, translated, with working functions', (locale) => {
    expect(problems(locale, defaultMessages, locales[locale])).toEqual([]);
  });

  it.each(Object.keys(sessionTimeoutLocales))('%s covers every string of the session timeout warning', (locale) => {
    expect(problems('en', sessionTimeoutMessages, sessionTimeoutMessages, 'sessionTimeout')).toEqual([]);
    expect(problems(locale, sessionTimeoutMessages, sessionTimeoutLocales[locale], 'sessionTimeout')).toEqual([]);
  });

  it('finds a missing key, an untranslated string and a broken function, by locale and path', () => {
    const { heading: _dropped, ...mfa } = de.mfa;
    const broken = {
      ...de,
      mfa: { ...mfa, expiresIn: undefined, signingInAs: (_username: string) => '', clockSkew: (seconds: number) => `${seconds}` },
      apiKey: { ...de.apiKey, shown: { ...de.apiKey.shown, copy: 'Copy' } },
    };
    const found = problems('de', defaultMessages, broken);
    expect(found).toEqual(
      expect.arrayContaining([
        'de: mfa.heading: should be a string, as in English; is undefined',
        'de: mfa.expiresIn: should be a function, as in English; is undefined',
        'de: mfa.signingInAs(ada.lovelace) gives no text',
        'de: mfa.clockSkew: takes 1 arguments; English takes 2',
        'de: apiKey.shown.copy: still the English "Copy"',
      ]),
    );
  });

  it('says durations with the right plural in each language', () => {
    const retry = (messages: AuthMessages, seconds: number) => messages.errors.retryIn(seconds);
    expect([1, 45, 60, 120].map((s) => retry(de, s))).toEqual([
      'Versuchen Sie es in 1 Sekunde erneut.',
      'Versuchen Sie es in 45 Sekunden erneut.',
      'Versuchen Sie es in 1 Minute erneut.',
      'Versuchen Sie es in 2 Minuten erneut.',
    ]);
    // French: 0 and 1 are singular.
    expect([0, 1, 2, 60, 180].map((s) => retry(fr, s))).toEqual(
      ['0 seconde', '1 seconde', '2 secondes', '1 minute', '3 minutes'].map((d) => `Réessayez dans ${d.replace(' ', '\u00a0')}.`),
    );
    expect([1, 2, 60, 120].map((s) => retry(es, s))).toEqual(
      ['1 segundo', '2 segundos', '1 minuto', '2 minutos'].map((d) => `Vuelva a intentarlo en ${d}.`),
    );
    expect([1, 45, 120].map((s) => retry(ja, s))).toEqual(['1秒後にもう一度お試しください。', '45秒後にもう一度お試しください。', '2分後にもう一度お試しください。']);
    expect([1, 120].map((s) => retry(zhCN, s))).toEqual(['请在 1 秒后重试。', '请在 2 分钟后重试。']);
    expect(de.mfa.timeWarning(300)).toBe('Ihnen bleiben noch etwa 5 Minuten, um den Code einzugeben.');
    expect(de.mfa.timeWarning(70)).toBe('Ihnen bleibt noch etwa eine Minute, um den Code einzugeben.');
    expect(es.apiKey.rename.tooLong(1)).toBe('Use como máximo 1 carácter.');
    expect(de.mfa.clockSkew(1, true)).toMatch(/^Die Uhr dieses Geräts geht gegenüber dem Server 1 Sekunde nach\./);
    expect(fr.mfa.clockSkew(90, false)).toMatch(/avance de 90\u00a0secondes/);
  });

  it('counts in Arabic with all six plural forms, and in Polish and Hebrew with theirs', () => {
    // zero, one, two (the dual, in words), few (3–10), many (11–99), other (100…).
    expect([0, 1, 2, 3, 11, 100].map((s) => ar.errors.retryIn(s))).toEqual(
      ['0 ثانية', 'ثانية واحدة', 'ثانيتين', '3 ثوانٍ', '11 ثانية', '100 ثانية'].map((d) => `حاول مرة أخرى بعد ${d}.`),
    );
    expect([60, 120, 300, 660].map((s) => ar.mfa.expiresIn(s))).toEqual(
      ['دقيقة واحدة', 'دقيقتين', '5 دقائق', '11 دقيقة'].map((d) => `أدخل الرمز خلال ${d}`),
    );
    expect(ar.apiKey.rename.tooLong(64)).toBe('استخدم 64 حرفًا على الأكثر.');
    expect(ar.mfa.timeWarning(120)).toBe('بقي نحو دقيقتين لإدخال الرمز.');
    // Polish: 2–4 and 22–24 take one form, 5–21 and 25… another.
    expect([1, 2, 5, 12, 22, 25].map((s) => pl.errors.retryIn(s))).toEqual(
      ['1 sekundę', '2 sekundy', '5 sekund', '12 sekund', '22 sekundy', '25 sekund'].map((d) => `Spróbuj ponownie za ${d}.`),
    );
    expect(pl.apiKey.rename.tooLong(64)).toBe('Użyj maksymalnie 64 znaki.');
    expect([60, 120, 300].map((s) => he.errors.retryIn(s))).toEqual(['דקה אחת', 'שתי דקות', '5 דקות'].map((d) => `נסו שוב בעוד ${d}.`));
    expect([0, 1, 2].map((s) => ptBR.errors.retryIn(s))).toEqual(['0 segundo', '1 segundo', '2 segundos'].map((d) => `Tente novamente em ${d}.`));
    expect(ko.errors.retryIn(180)).toBe('3분 후에 다시 시도하세요.');
    expect(zhTW.errors.retryIn(45)).toBe('請在 45 秒後再試一次。');
  });

  it('the pseudo-locale accents every English string, about 40% longer, keeping arguments and file extensions', () => {
    expect(pseudo.loginForm.submit).toBe(pseudoText(defaultMessages.loginForm.submit));
    expect(pseudo.loginForm.heading).toMatch(/^⟦Šîĝñ îñ ţö Ŕîƒƒýñ ·+⟧$/);
    const english = defaultMessages.apiKey.shown.onceWarning;
    expect(pseudo.apiKey.shown.onceWarning.length / english.length).toBeGreaterThanOrEqual(1.4);
    expect(pseudo.apiKey.shown.onceWarning).not.toMatch(/[a-z]/i);
    // What comes from the user or the server is not accented, nor are file extensions.
    expect(pseudo.mfa.signingInAs('ada.lovelace')).toMatch(/^⟦Šîĝñîñĝ îñ áš ada\.lovelace ·+⟧$/);
    expect(pseudo.apiKey.shown.downloaded('riffyn-api-key.env')).toContain(' riffyn-api-key.env ');
    expect(pseudo.apiKey.shown.downloadAs.env).toContain('.env');
    expect(pseudo.apiKey.shown.maskedDescription('')).toBe(pseudoText('Hidden.'));
    expect(pseudo.mfa.clockSkew(42, true)).toContain('42');
    expect(pseudoSessionTimeout.body('TIME')).toContain('TIME');
  });

  it('phrases the rate-limit alert in the locale through describeError', () => {
    expect(describeError(new AuthError('rate-limited', { retryAfter: 30 }), ja.errors)).toBe('試行回数が多すぎます。 30秒後にもう一度お試しください。');
    expect(describeError(new AuthError('rate-limited'), de.errors)).toBe('Zu viele Versuche. Warten Sie eine Minute, bevor Sie es erneut versuchen.');
  });
});

describe('withOverrides', () => {
  it('changes only the strings given; the rest stays in the locale', () => {
    const messages = withOverrides(de, { loginForm: { submit: 'Los' } });
    expect(messages.loginForm.submit).toBe('Los');
    expect({ ...messages.loginForm, submit: de.loginForm.submit }).toEqual(de.loginForm);
    expect(messages.mfa).toEqual(de.mfa);
    expect(messages.apiKey).toEqual(de.apiKey);
    expect(de.loginForm.submit).toBe('Anmelden'); // the locale itself is untouched
  });

  it('rewords an error in every step with `errors`; a step’s own override wins', () => {
    const messages = withOverrides(de, {
      errors: { kinds: { network: 'Keine Verbindung.' } },
      mfa: { errors: { kinds: { network: 'Keine Verbindung: der Code bleibt stehen.' } } },
    });
    expect(messages.errors.kinds.network).toBe('Keine Verbindung.');
    expect(messages.loginForm.errors.kinds.network).toBe('Keine Verbindung.');
    expect(messages.apiKey.errors.kinds.network).toBe('Keine Verbindung.');
    expect(messages.mfa.errors.kinds.network).toBe('Keine Verbindung: der Code bleibt stehen.');
    expect(messages.loginForm.errors.kinds.server).toBe(de.errors.kinds.server);
    // The key step's own wording of an ended session stays.
    expect(messages.apiKey.errors.kinds['session-expired']).toBe(de.apiKey.errors.kinds['session-expired']);
  });

  it('a null in an override (an untranslated entry in a JSON file) keeps the default, at any depth', () => {
    const untranslated = JSON.parse('{"loginForm":{"submit":null,"errors":{"kinds":null}},"mfa":null,"errors":{"kinds":{"network":null}}}');
    const messages = withOverrides(de, untranslated);
    expect(messages).toEqual(de);
    render(<LoginForm messages={messages.loginForm} onSubmit={() => {}} />);
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeTruthy();
  });

  it('takes a nested object the defaults lack as given, and never an object over a string', () => {
    const merged = mergeMessages<Record<string, unknown>>({ label: 'Label' }, { extra: { totp: 'TOTP' }, label: { oops: 'x' } });
    expect(merged).toEqual({ label: 'Label', extra: { totp: 'TOTP' } });
  });

  it('keeps a form German around one overridden label', () => {
    render(<LoginForm messages={withOverrides(de, { loginForm: { submit: 'Los' } }).loginForm} onSubmit={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Bei Riffyn anmelden' })).toBeTruthy();
    expect(screen.getByLabelText('Benutzername')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Los' })).toBeTruthy();
  });
});

describe('AuthFlow in a shipped locale with one override', () => {
  const BASE = 'https://api.acme.riffyn.test';
  const mock = createMockRiffyn();
  const server = setupServer(...riffynHandlers(mock, { baseUrl: BASE }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('signs in and reaches the MFA step still in German, with errors in German', async () => {
    const user = userEvent.setup();
    render(
      <AuthProvider client={createRiffynClient({ baseUrl: BASE })} queryClient={new QueryClient()}>
        <AuthFlow messages={withOverrides(de, { loginForm: { submit: 'Los' } })} />
      </AuthProvider>,
    );
    await user.type(screen.getByLabelText('Benutzername'), 'mfa-user');
    await user.type(screen.getByLabelText('Passwort'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Los' }));
    expect(await screen.findByText(de.errors.kinds['invalid-credentials'])).toBeTruthy();
    await user.clear(screen.getByLabelText('Passwort'));
    await user.type(screen.getByLabelText('Passwort'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Los' }));
    expect(await screen.findByRole('heading', { name: de.mfa.heading })).toBeTruthy();
    expect(screen.getByRole('button', { name: de.mfa.verify })).toBeTruthy();
    expect(screen.getByText(/^Verbleibende Zeit für die Codeeingabe: \d+ Minuten$/)).toBeTruthy();
  });
});

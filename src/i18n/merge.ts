import type { AuthMessages } from './messages.js';

/** A `messages` prop: any subset of the strings, at any depth. */
export type DeepPartial<T> = {
  [K in keyof T]?: (T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K]) | undefined;
};

/**
 * Message overrides merged over the defaults, at any depth; functions and strings replace. A
 * `null` (a translation file's "not translated yet", JSON has no undefined) keeps the default, as
 * does an object where the default is a string: a step never renders something that is not text.
 */
export function mergeMessages<M extends object>(defaults: M, overrides: DeepPartial<M> | null | undefined): M {
  const merged = { ...defaults } as Record<string, unknown>;
  for (const key in overrides) {
    const value: unknown = overrides[key as keyof M];
    const base = merged[key];
    // Messages hold only strings, functions and plain objects of them.
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object') merged[key] = value;
    // Where the defaults have no such key (a partial set merged step by step), the object as given.
    else if (base === undefined || (typeof base === 'object' && base !== null)) merged[key] = mergeMessages(base ?? {}, value);
  }
  return merged as M;
}

/**
 * A complete message set (a locale, or `defaultMessages`) with some of its strings replaced;
 * everything not overridden stays in the set's language.
 *
 * ```tsx
 * import { de } from 'riffyn-login-kit/locales/de';
 * <AuthFlow messages={withOverrides(de, { loginForm: { submit: 'Los' } })} />
 * ```
 *
 * `overrides.errors` rewords an error in every step at once (each step of a complete set carries
 * its own copy of the error texts); a step's own `errors` override wins over it.
 */
export function withOverrides(base: AuthMessages, overrides: DeepPartial<AuthMessages>): AuthMessages {
  const { errors } = overrides;
  const step = <K extends 'loginForm' | 'mfa' | 'apiKey'>(key: K): AuthMessages[K] =>
    mergeMessages(mergeMessages(base[key], { errors } as DeepPartial<AuthMessages[K]>), overrides[key]);
  return { loginForm: step('loginForm'), mfa: step('mfa'), apiKey: step('apiKey'), errors: mergeMessages(base.errors, errors) };
}

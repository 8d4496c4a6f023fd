// `riffyn-login-kit/locales/pseudo`: a pseudo-locale for testing, made from the English strings
// as they are now (never a copy to keep in step): every letter accented, each text about 40%
// longer and bracketed, so a string cut off, a layout too tight for German or Finnish, or a text
// the kit forgot to make translatable shows at a glance. What the user or server supplies (a
// username, a key name, a file name, a status) stays as it is, and so do file extensions.
// Development only: it carries the English set inside it.
import { defaultMessages, type AuthMessages } from '../i18n/messages.js';
import { sessionTimeoutMessages, type SessionTimeoutMessages } from '../i18n/session-timeout.js';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);
/** Marks an argument inside a text while it is accented: private-use characters, never in a message. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** "Sign in" → "⟦Šîĝñ îñ ·····⟧": accented, bracketed, padded to about 1.4× its length. */
export function pseudoText(text: string): string {
  let out = '';
  let kept = 0;
  // Arguments (marked) and file extensions stay as they are; every other letter is accented.
  for (const part of text.split(new RegExp(`(${OPEN}\\d+${CLOSE}|\\.[a-z]{2,4}\\b)`))) {
    if (part.startsWith(OPEN) || /^\.[a-z]/.test(part)) out += part;
    else {
      out += [...part].map((c) => ACCENTED[c] ?? c).join('');
      kept += part.length;
    }
  }
  return `⟦${out}${kept > 3 ? ` ${'·'.repeat(Math.ceil(kept * 0.4) - 1)}` : ''}⟧`;
}

type Messages = Record<string, unknown>;
type MessageFunction = (...args: unknown[]) => string;

/** A message function whose text is accented and whose string arguments come through untouched. */
function pseudoFunction(message: MessageFunction): MessageFunction {
  const pseudoMessage: MessageFunction = (...args) => {
    const strings: string[] = [];
    const marked = args.map((arg) => (typeof arg === 'string' && arg ? `${OPEN}${strings.push(arg) - 1}${CLOSE}` : arg));
    return pseudoText(message(...marked)).replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, i: string) => strings[Number(i)]!);
  };
  // As many parameters as the original, as a translation's own function has.
  return Object.defineProperty(pseudoMessage, 'length', { value: message.length });
}

/** Every string and message function of a set, made pseudo, at any depth; the set's shape stays. */
export function pseudoMessages<M extends object>(messages: M): M {
  const walk = (value: unknown): unknown =>
    typeof value === 'string'
      ? pseudoText(value)
      : typeof value === 'function'
        ? pseudoFunction(value as MessageFunction)
        : Object.fromEntries(Object.entries(value as Messages).map(([key, inner]) => [key, walk(inner)]));
  return walk(messages) as M;
}

/** Every string of the kit, pseudo-localized. Pass it as `messages` to find layout and translation gaps. */
export const pseudo: AuthMessages = pseudoMessages(defaultMessages);

/** `<SessionTimeoutWarning>`'s strings, pseudo-localized. */
export const pseudoSessionTimeout: SessionTimeoutMessages = pseudoMessages(sessionTimeoutMessages);

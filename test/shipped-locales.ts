import type { AuthMessages } from '../src/i18n/messages.js';
import type { SessionTimeoutMessages } from '../src/i18n/session-timeout.js';
import { ar, arSessionTimeout } from '../src/locales/ar.js';
import { de, deSessionTimeout } from '../src/locales/de.js';
import { es, esSessionTimeout } from '../src/locales/es.js';
import { fr, frSessionTimeout } from '../src/locales/fr.js';
import { he, heSessionTimeout } from '../src/locales/he.js';
import { it, itSessionTimeout } from '../src/locales/it.js';
import { ja, jaSessionTimeout } from '../src/locales/ja.js';
import { ko, koSessionTimeout } from '../src/locales/ko.js';
import { nl, nlSessionTimeout } from '../src/locales/nl.js';
import { pl, plSessionTimeout } from '../src/locales/pl.js';
import { pseudo, pseudoSessionTimeout } from '../src/locales/pseudo.js';
import { ptBR, ptBRSessionTimeout } from '../src/locales/pt-BR.js';
import { sv, svSessionTimeout } from '../src/locales/sv.js';
import { tr, trSessionTimeout } from '../src/locales/tr.js';
import { zhCN, zhCNSessionTimeout } from '../src/locales/zh-CN.js';
import { zhTW, zhTWSessionTimeout } from '../src/locales/zh-TW.js';

/**
 * Every shipped locale by its code, with the session warning's strings: the one list that
 * Storybook's language toolbar and the completeness test share; that test checks it against the
 * `./locales/*` entries of package.json, so a new locale cannot be published unlisted.
 */
export const shippedLocales: Record<string, { messages: AuthMessages; sessionTimeout: SessionTimeoutMessages }> = {
  ar: { messages: ar, sessionTimeout: arSessionTimeout },
  de: { messages: de, sessionTimeout: deSessionTimeout },
  es: { messages: es, sessionTimeout: esSessionTimeout },
  fr: { messages: fr, sessionTimeout: frSessionTimeout },
  he: { messages: he, sessionTimeout: heSessionTimeout },
  it: { messages: it, sessionTimeout: itSessionTimeout },
  ja: { messages: ja, sessionTimeout: jaSessionTimeout },
  ko: { messages: ko, sessionTimeout: koSessionTimeout },
  nl: { messages: nl, sessionTimeout: nlSessionTimeout },
  pl: { messages: pl, sessionTimeout: plSessionTimeout },
  'pt-BR': { messages: ptBR, sessionTimeout: ptBRSessionTimeout },
  sv: { messages: sv, sessionTimeout: svSessionTimeout },
  tr: { messages: tr, sessionTimeout: trSessionTimeout },
  'zh-CN': { messages: zhCN, sessionTimeout: zhCNSessionTimeout },
  'zh-TW': { messages: zhTW, sessionTimeout: zhTWSessionTimeout },
  pseudo: { messages: pseudo, sessionTimeout: pseudoSessionTimeout },
};

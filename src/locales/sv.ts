// `riffyn-login-kit/locales/sv`: Swedish (svenska), "du" as all Swedish software speaks.
// Plurals through Intl.PluralRules, numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) =>
  `${new Intl.NumberFormat('sv').format(n)} ${new Intl.PluralRules('sv').select(n) === 'one' ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minuter", "1 sekund". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minut', 'minuter') : count(seconds, 'sekund', 'sekunder');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Kontrollera de markerade fälten och försök igen.',
    'invalid-credentials': 'Användarnamnet och lösenordet stämmer inte överens. Försök igen.',
    forbidden: 'Det här kontot får inte logga in. Kontakta din Riffyn-administratör.',
    'locked-out': 'Kontot är låst efter för många försök. Vänta, eller be din Riffyn-administratör att låsa upp det.',
    'password-expired': 'Ditt lösenord har gått ut. Byt det i Riffyn och logga sedan in här med det nya.',
    'mfa-enroll': 'Ditt konto behöver först ett andra inloggningssteg. Logga in i Riffyn direkt för att ställa in det.',
    'invalid-passcode': 'Koden fungerade inte. Ange den senaste koden.',
    'mfa-expired': 'Det här steget går ut några minuter efter att lösenordet godkänts. Börja om inloggningen.',
    'no-mfa-factor': 'Ett andra steg krävs, men ingen verifieringsmetod är inställd. Kontakta din Riffyn-administratör.',
    'session-expired': 'Din session har upphört. Logga in igen.',
    'rate-limited': 'För många försök.',
    conflict: 'Namnet används redan. Välj ett annat.',
    server: 'Riffyn-servern fick ett problem. Försök igen om en minut.',
    network: 'Det gick inte att nå Riffyn-servern. Kontrollera anslutningen och försök igen.',
    timeout: 'Riffyn-servern tog för lång tid på sig att svara. Försök igen.',
    malformed: 'Riffyn-servern skickade ett svar som den här sidan inte förstår. Försök igen senare.',
    aborted: 'Begäran avbröts.',
    internal: 'Något gick fel på den här sidan. Ladda om den och försök igen.',
  },
  retryIn: (seconds) => `Försök igen om ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn bad om en paus på ${duration(seconds)}.`,
  retryLater: 'Vänta en minut innan du försöker igen.',
  received: (status) => `(Svaret var ”${status}”.)`,
  serverSaid: 'Meddelande från servern:',
  stepNotLoaded: 'Nästa steg kunde inte laddas. Kontrollera anslutningen och försök igen.',
  tryAgain: 'Försök igen',
};

/** Every string of the kit in Swedish. Pass it as `messages`; change a few with `withOverrides`. */
export const sv: AuthMessages = {
  loginForm: {
    heading: 'Logga in på Riffyn',
    usernameLabel: 'Användarnamn',
    passwordLabel: 'Lösenord',
    submit: 'Logga in',
    submitPending: 'Loggar in…',
    retryReady: 'Du kan försöka logga in igen nu.',
    showPassword: 'Visa lösenord',
    capsLockOn: 'Caps Lock är på.',
    usernameRequired: 'Ange ditt användarnamn.',
    usernameHasColon:
      'Ett användarnamn får inte innehålla kolon (:). Vid inloggningen skickas användarnamn och lösenord ihopfogade med kolon, så ta bort det.',
    usernameTooLong: 'Ett användarnamn har högst 256 tecken. Kontrollera vad som klistrades in.',
    usernameHasControl: 'Användarnamnet innehåller ett osynligt styrtecken. Skriv det igen.',
    usernameHasBrokenCharacter: 'Användarnamnet innehåller ett trasigt tecken (halva emojin eller symbolen). Skriv det igen.',
    passwordRequired: 'Ange ditt lösenord.',
    passwordTooLong: 'Ett lösenord har högst 1024 tecken. Kontrollera vad som klistrades in.',
    passwordHasControl: 'Lösenordet innehåller ett osynligt styrtecken. Skriv det igen.',
    passwordHasBrokenCharacter: 'Lösenordet innehåller ett trasigt tecken (halva emojin eller symbolen). Skriv det igen.',
    errors,
  },
  mfa: {
    heading: 'Bekräfta att det är du',
    signingInAs: (username) => `Loggar in som ${username}`,
    chooseFactor: 'Välj hur du vill verifiera',
    chooseFactorFirst: 'Välj en verifieringsmetod först.',
    otherFactors: 'Andra metoder är inte tillgängliga här',
    noUsableFactor:
      'Ingen av dina verifieringsmetoder ger en kod att skriva in här. Ställ in en autentiseringsapp eller kontakta din Riffyn-administratör.',
    usingFactor: (label, hint) => `Verifieringsmetod: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Autentiseringsapp',
      push: 'Pushnotis från Okta Verify',
      sms: 'Sms',
      call: 'Röstsamtal',
      email: 'E-post',
      hardware: 'Hårdvarutoken',
      other: () => 'En annan verifieringsmetod',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6-siffrig kod',
    codeLabelAnyLength: 'Verifieringskod',
    codeHints: {
      totp: 'Ange koden från din autentiseringsapp.',
      hardware: 'Ange koden på din hårdvarutoken.',
      other: 'Ange verifieringskoden.',
    },
    sentWhenComplete: 'Den skickas så fort alla 6 siffror är inskrivna.',
    codeIncomplete: 'Ange alla 6 siffror i koden.',
    codeTooShort: 'Ange hela koden: minst 6 siffror.',
    verify: 'Verifiera',
    verifying: 'Verifierar…',
    checking: 'Kontrollerar din kod…',
    expiresIn: (seconds) => `Tid kvar att ange koden: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Mindre än en minut kvar att ange koden.'
        : seconds < 90
          ? 'Ungefär en minut kvar att ange koden.'
          : `Ungefär ${Math.round(seconds / 60)} minuter kvar att ange koden.`,
    timeWarningAction: 'Välj ”Mer tid” om du behöver längre: det du har skrivit finns kvar.',
    moreTime: 'Mer tid',
    gettingMoreTime: 'Hämtar mer tid…',
    timeExtended: (seconds) => `Mer tid: du har nu ${duration(seconds)} på dig att ange koden.`,
    clockSkew: (seconds, deviceBehind) =>
      `Klockan på den här enheten går ${count(seconds, 'sekund', 'sekunder')} ${deviceBehind ? 'efter' : 'före'} serverns. ` +
      'Koder från en autentiseringsapp på enheten kan därför nekas: ställ in att datum och tid uppdateras automatiskt.',
    restart: 'Börja om',
    expiredHeading: 'Tiden för verifieringen har gått ut',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Spara din API-nyckel',
      onceWarning: 'Nyckeln visas bara en gång. Spara den på ett säkert ställe nu.',
      signedInAs: (username) => `Inloggad som ${username}`,
      keyLabel: 'API-nyckel',
      maskedDescription: (prefix) => `Dold.${prefix && ` Den börjar med ${prefix}.`}`,
      reveal: 'Visa nyckel',
      copy: 'Kopiera',
      copied: 'Kopierad till urklipp.',
      copyFailed: 'Webbläsaren tillät inte kopiering. Välj ”Visa nyckel” och kopiera den själv.',
      download: 'Ladda ner som',
      downloadAs: { env: 'Ladda ner som .env', txt: 'Ladda ner som .txt' },
      downloaded: (fileName) => `${fileName} skickades till dina hämtade filer. Kontrollera att den finns där och förvara den på ett säkert ställe.`,
      keyName: 'Nyckelns namn:',
      renameToggle: 'Byt namn på nyckeln',
      confirm: 'Jag har sparat nyckeln på ett säkert ställe',
      confirmRequired: 'Bekräfta först att du har sparat nyckeln: den visas inte igen.',
      done: 'Klar',
    },
    rename: {
      label: 'Nyckelns namn',
      submit: 'Byt namn',
      pending: 'Byter namn…',
      renamed: (name) => `Namnet är nu ${name}.`,
      required: 'Ange ett namn på nyckeln.',
      tooLong: (maxLength) => `Använd högst ${count(maxLength, 'tecken', 'tecken')}.`,
      unchanged: 'Nyckeln heter redan så. Ange ett annat namn.',
    },
    acknowledged: {
      heading: 'API-nyckeln är sparad',
      body: (name) => `Din nyckel ${name} är sparad; den visas inte igen.`,
    },
    none: {
      heading: 'Du har redan en API-nyckel',
      body: 'Riffyn visar en nyckel bara en gång, så det finns ingen ny nyckel att spara.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Öppna ”Security Settings” i Riffyn för att se, byta namn på eller återkalla dina nycklar.',
      manageLink: 'Öppna ”Security Settings”',
    },
    continue: 'Fortsätt',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'Din session har upphört, så nyckeln kan inte byta namn. Spara nyckeln först: den visas inte igen.',
        forbidden: 'Det här kontot får inte byta namn på nycklar. Du kan fortfarande spara nyckeln.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={svSessionTimeout} />`. */
export const svSessionTimeout: SessionTimeoutMessages = {
  heading: 'Din session håller på att ta slut',
  body: (timeLeft) => `Av säkerhetsskäl loggas du ut om ${timeLeft}. Förbli inloggad för att fortsätta arbeta.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minut', 'minuter') : seconds > 10 ? count(seconds, 'sekund', 'sekunder') : 'några sekunder'),
  stay: 'Förbli inloggad',
  signOut: 'Logga ut',
  errors,
};

// `riffyn-login-kit/locales/nl`: Dutch (Nederlands), informal "je" as Dutch software speaks
// today. Plurals through Intl.PluralRules, numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) =>
  `${new Intl.NumberFormat('nl').format(n)} ${new Intl.PluralRules('nl').select(n) === 'one' ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minuten", "1 seconde". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minuut', 'minuten') : count(seconds, 'seconde', 'seconden');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Controleer de gemarkeerde velden en probeer het opnieuw.',
    'invalid-credentials': 'Gebruikersnaam en wachtwoord komen niet overeen. Probeer het opnieuw.',
    forbidden: 'Dit account mag niet inloggen. Neem contact op met je Riffyn-beheerder.',
    'locked-out': 'Dit account is geblokkeerd na te veel pogingen. Wacht even, of vraag je Riffyn-beheerder om het te deblokkeren.',
    'password-expired': 'Je wachtwoord is verlopen. Wijzig het in Riffyn en log hier daarna in met het nieuwe.',
    'mfa-enroll': 'Voor je account moet eerst een tweede inlogstap worden ingesteld. Log daarvoor in bij Riffyn zelf.',
    'invalid-passcode': 'Die code werkte niet. Voer de nieuwste code in.',
    'mfa-expired': 'Deze stap verloopt een paar minuten nadat je wachtwoord is geaccepteerd. Begin opnieuw met inloggen.',
    'no-mfa-factor': 'Een tweede stap is vereist, maar er is geen verificatiemethode ingesteld. Neem contact op met je Riffyn-beheerder.',
    'session-expired': 'Je sessie is verlopen. Log opnieuw in.',
    'rate-limited': 'Te veel pogingen.',
    conflict: 'Die naam is al in gebruik. Kies een andere.',
    server: 'Er ging iets mis op de Riffyn-server. Probeer het over een minuut opnieuw.',
    network: 'De Riffyn-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    timeout: 'De Riffyn-server deed er te lang over om te antwoorden. Probeer het opnieuw.',
    malformed: 'De Riffyn-server stuurde een antwoord dat deze pagina niet begrijpt. Probeer het later opnieuw.',
    aborted: 'Het verzoek is geannuleerd.',
    internal: 'Er ging iets mis op deze pagina. Laad hem opnieuw en probeer het nog eens.',
  },
  retryIn: (seconds) => `Probeer het over ${duration(seconds)} opnieuw.`,
  waitAsked: (seconds) => `Riffyn vroeg om ${duration(seconds)} te wachten.`,
  retryLater: 'Wacht een minuut voordat je het opnieuw probeert.',
  received: (status) => `(Het antwoord was ‘${status}’.)`,
  serverSaid: 'Melding van de server:',
  stepNotLoaded: 'De volgende stap is niet geladen. Controleer je verbinding en probeer het opnieuw.',
  tryAgain: 'Opnieuw proberen',
};

/** Every string of the kit in Dutch. Pass it as `messages`; change a few with `withOverrides`. */
export const nl: AuthMessages = {
  loginForm: {
    heading: 'Inloggen bij Riffyn',
    usernameLabel: 'Gebruikersnaam',
    passwordLabel: 'Wachtwoord',
    submit: 'Inloggen',
    submitPending: 'Bezig met inloggen…',
    retryReady: 'Je kunt nu opnieuw proberen in te loggen.',
    showPassword: 'Wachtwoord tonen',
    capsLockOn: 'Caps Lock staat aan.',
    usernameRequired: 'Voer je gebruikersnaam in.',
    usernameHasColon:
      'Een gebruikersnaam mag geen dubbele punt (:) bevatten. Bij het inloggen worden gebruikersnaam en wachtwoord met een dubbele punt samengevoegd, dus haal hem weg.',
    usernameTooLong: 'Een gebruikersnaam heeft maximaal 256 tekens. Controleer wat er is geplakt.',
    usernameHasControl: 'De gebruikersnaam bevat een onzichtbaar stuurteken. Typ hem opnieuw.',
    usernameHasBrokenCharacter: 'De gebruikersnaam bevat een beschadigd teken (de helft van een emoji of symbool). Typ hem opnieuw.',
    passwordRequired: 'Voer je wachtwoord in.',
    passwordTooLong: 'Een wachtwoord heeft maximaal 1024 tekens. Controleer wat er is geplakt.',
    passwordHasControl: 'Het wachtwoord bevat een onzichtbaar stuurteken. Typ het opnieuw.',
    passwordHasBrokenCharacter: 'Het wachtwoord bevat een beschadigd teken (de helft van een emoji of symbool). Typ het opnieuw.',
    errors,
  },
  mfa: {
    heading: 'Bevestig dat jij het bent',
    signingInAs: (username) => `Inloggen als ${username}`,
    chooseFactor: 'Kies hoe je wilt verifiëren',
    chooseFactorFirst: 'Kies eerst een verificatiemethode.',
    otherFactors: 'Andere methoden zijn hier niet beschikbaar',
    noUsableFactor:
      'Geen van je verificatiemethoden geeft hier een code om te typen. Stel een authenticator-app in, of neem contact op met je Riffyn-beheerder.',
    usingFactor: (label, hint) => `Verificatiemethode: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Authenticator-app',
      push: 'Pushmelding van Okta Verify',
      sms: 'Sms',
      call: 'Telefoongesprek',
      email: 'E-mail',
      hardware: 'Hardwaretoken',
      other: () => 'Een andere verificatiemethode',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Code van 6 cijfers',
    codeLabelAnyLength: 'Verificatiecode',
    codeHints: {
      totp: 'Voer de code uit je authenticator-app in.',
      hardware: 'Voer de code van je hardwaretoken in.',
      other: 'Voer de verificatiecode in.',
    },
    sentWhenComplete: 'Hij wordt verstuurd zodra alle 6 cijfers zijn ingevoerd.',
    codeIncomplete: 'Voer alle 6 cijfers van de code in.',
    codeTooShort: 'Voer de hele code in: minstens 6 cijfers.',
    verify: 'Verifiëren',
    verifying: 'Bezig met verifiëren…',
    checking: 'Je code wordt gecontroleerd…',
    expiresIn: (seconds) => `Resterende tijd om de code in te voeren: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Je hebt nog minder dan een minuut om je code in te voeren.'
        : seconds < 90
          ? 'Je hebt nog ongeveer een minuut om je code in te voeren.'
          : `Je hebt nog ongeveer ${Math.round(seconds / 60)} minuten om je code in te voeren.`,
    timeWarningAction: 'Kies ‘Meer tijd’ als je langer nodig hebt: wat je hebt getypt blijft staan.',
    moreTime: 'Meer tijd',
    gettingMoreTime: 'Meer tijd aanvragen…',
    timeExtended: (seconds) => `Meer tijd gekregen: je hebt nu ${duration(seconds)} om de code in te voeren.`,
    clockSkew: (seconds, deviceBehind) =>
      `De klok van dit apparaat loopt ${count(seconds, 'seconde', 'seconden')} ${deviceBehind ? 'achter op' : 'voor op'} die van de server. ` +
      'Codes van een authenticator-app op dit apparaat worden daardoor misschien geweigerd: laat datum en tijd automatisch instellen.',
    restart: 'Opnieuw beginnen',
    expiredHeading: 'Tijd voor verificatie verlopen',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Bewaar je API-sleutel',
      onceWarning: 'Deze sleutel wordt maar één keer getoond. Bewaar hem nu op een veilige plek.',
      signedInAs: (username) => `Ingelogd als ${username}`,
      keyLabel: 'API-sleutel',
      maskedDescription: (prefix) => `Verborgen.${prefix && ` Hij begint met ${prefix}.`}`,
      reveal: 'Sleutel tonen',
      copy: 'Kopiëren',
      copied: 'Gekopieerd naar het klembord.',
      copyFailed: 'De browser stond kopiëren niet toe. Kies ‘Sleutel tonen’ en kopieer hem zelf.',
      download: 'Downloaden als',
      downloadAs: { env: 'Downloaden als .env', txt: 'Downloaden als .txt' },
      downloaded: (fileName) => `${fileName} is naar je downloads gestuurd. Controleer of het bestand er staat en bewaar het op een veilige plek.`,
      keyName: 'Naam van de sleutel:',
      renameToggle: 'Sleutel hernoemen',
      confirm: 'Ik heb deze sleutel op een veilige plek bewaard',
      confirmRequired: 'Bevestig eerst dat je de sleutel hebt bewaard: hij wordt niet nog eens getoond.',
      done: 'Klaar',
    },
    rename: {
      label: 'Naam van de sleutel',
      submit: 'Naam wijzigen',
      pending: 'Naam wordt gewijzigd…',
      renamed: (name) => `Naam gewijzigd in ${name}.`,
      required: 'Voer een naam voor de sleutel in.',
      tooLong: (maxLength) => `Gebruik maximaal ${count(maxLength, 'teken', 'tekens')}.`,
      unchanged: 'Zo heet de sleutel al. Voer een andere naam in.',
    },
    acknowledged: {
      heading: 'API-sleutel bewaard',
      body: (name) => `Je sleutel ${name} is bewaard; hij wordt niet nog eens getoond.`,
    },
    none: {
      heading: 'Je hebt al een API-sleutel',
      body: 'Riffyn toont een sleutel maar één keer, dus er is geen nieuwe sleutel om te bewaren.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Open ‘Security Settings’ in Riffyn om je sleutels te bekijken, een andere naam te geven of in te trekken.',
      manageLink: '‘Security Settings’ openen',
    },
    continue: 'Doorgaan',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'Je sessie is verlopen, dus de naam van de sleutel kan niet worden gewijzigd. Bewaar eerst de sleutel: hij wordt niet nog eens getoond.',
        forbidden: 'Dit account mag geen sleutels hernoemen. Je kunt de sleutel wel bewaren.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={nlSessionTimeout} />`. */
export const nlSessionTimeout: SessionTimeoutMessages = {
  heading: 'Je sessie loopt bijna af',
  body: (timeLeft) => `Voor je veiligheid word je over ${timeLeft} uitgelogd. Blijf ingelogd om verder te werken.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minuut', 'minuten') : seconds > 10 ? count(seconds, 'seconde', 'seconden') : 'een paar seconden'),
  stay: 'Ingelogd blijven',
  signOut: 'Uitloggen',
  errors,
};

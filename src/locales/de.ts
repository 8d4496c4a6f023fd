// `riffyn-login-kit/locales/de`: German (Deutsch), formal "Sie". Imports nothing at run time, so
// an app that uses it loads only these strings, and one that does not never sees them.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 Minuten", "1 Sekunde". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'Minute', 'Minuten') : count(seconds, 'Sekunde', 'Sekunden');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Überprüfen Sie die markierten Felder und versuchen Sie es erneut.',
    'invalid-credentials': 'Benutzername und Passwort passen nicht zusammen. Versuchen Sie es erneut.',
    forbidden: 'Dieses Konto darf sich nicht anmelden. Wenden Sie sich an Ihre Riffyn-Administration.',
    'locked-out':
      'Dieses Konto ist nach zu vielen Versuchen gesperrt. Warten Sie oder bitten Sie Ihre Riffyn-Administration, es zu entsperren.',
    'password-expired': 'Ihr Passwort ist abgelaufen. Ändern Sie es in Riffyn und melden Sie sich dann hier mit dem neuen an.',
    'mfa-enroll':
      'Für Ihr Konto muss zuerst ein zweiter Anmeldeschritt eingerichtet werden. Melden Sie sich dazu direkt bei Riffyn an.',
    'invalid-passcode': 'Dieser Code hat nicht funktioniert. Geben Sie den aktuellen Code ein.',
    'mfa-expired': 'Dieser Schritt ist nur wenige Minuten nach der Passworteingabe möglich. Beginnen Sie die Anmeldung neu.',
    'no-mfa-factor':
      'Ein zweiter Anmeldeschritt ist erforderlich, aber keine Bestätigungsmethode ist eingerichtet. Wenden Sie sich an Ihre Riffyn-Administration.',
    'session-expired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    'rate-limited': 'Zu viele Versuche.',
    conflict: 'Dieser Name ist bereits vergeben. Wählen Sie einen anderen.',
    server: 'Beim Riffyn-Server ist ein Fehler aufgetreten. Versuchen Sie es in einer Minute erneut.',
    network: 'Der Riffyn-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Riffyn-Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    malformed: 'Der Riffyn-Server hat eine Antwort gesendet, die diese Seite nicht versteht. Versuchen Sie es später erneut.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    internal: 'Auf dieser Seite ist ein Fehler aufgetreten. Laden Sie sie neu und versuchen Sie es erneut.',
  },
  retryIn: (seconds) => `Versuchen Sie es in ${duration(seconds)} erneut.`,
  waitAsked: (seconds) => `Riffyn bittet Sie, ${duration(seconds)} zu warten.`,
  retryLater: 'Warten Sie eine Minute, bevor Sie es erneut versuchen.',
  received: (status) => `(Antwort: „${status}“)`,
  serverSaid: 'Meldung des Servers:',
  stepNotLoaded: 'Der nächste Schritt wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  tryAgain: 'Erneut versuchen',
};

/** Every string of the kit in German. Pass it as `messages`; change a few with `withOverrides`. */
export const de: AuthMessages = {
  loginForm: {
    heading: 'Bei Riffyn anmelden',
    usernameLabel: 'Benutzername',
    passwordLabel: 'Passwort',
    submit: 'Anmelden',
    submitPending: 'Anmeldung läuft…',
    retryReady: 'Sie können sich jetzt erneut anmelden.',
    showPassword: 'Passwort anzeigen',
    capsLockOn: 'Die Feststelltaste ist aktiviert.',
    usernameRequired: 'Geben Sie Ihren Benutzernamen ein.',
    usernameHasColon:
      'Ein Benutzername darf keinen Doppelpunkt (:) enthalten. Bei der Anmeldung werden Benutzername und Passwort durch einen Doppelpunkt verbunden; entfernen Sie ihn daher.',
    usernameTooLong: 'Ein Benutzername hat höchstens 256 Zeichen. Prüfen Sie, was eingefügt wurde.',
    usernameHasControl: 'Der Benutzername enthält ein unsichtbares Steuerzeichen. Geben Sie ihn erneut ein.',
    usernameHasBrokenCharacter: 'Der Benutzername enthält ein beschädigtes Zeichen (ein halbes Emoji oder Symbol). Geben Sie ihn erneut ein.',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
    passwordTooLong: 'Ein Passwort hat höchstens 1024 Zeichen. Prüfen Sie, was eingefügt wurde.',
    passwordHasControl: 'Das Passwort enthält ein unsichtbares Steuerzeichen. Geben Sie es erneut ein.',
    passwordHasBrokenCharacter: 'Das Passwort enthält ein beschädigtes Zeichen (ein halbes Emoji oder Symbol). Geben Sie es erneut ein.',
    errors,
  },
  mfa: {
    heading: 'Bestätigen Sie Ihre Identität',
    signingInAs: (username) => `Anmeldung als ${username}`,
    chooseFactor: 'Bestätigungsmethode wählen',
    chooseFactorFirst: 'Wählen Sie zuerst eine Bestätigungsmethode.',
    otherFactors: 'Andere Methoden sind hier nicht verfügbar',
    noUsableFactor:
      'Keine Ihrer Bestätigungsmethoden liefert hier einen Code zum Eingeben. Richten Sie eine Authenticator-App ein oder wenden Sie sich an Ihre Riffyn-Administration.',
    usingFactor: (label, hint) => `Bestätigungsmethode: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Authenticator-App',
      push: 'Push-Benachrichtigung (Okta Verify)',
      sms: 'SMS',
      call: 'Anruf',
      email: 'E-Mail',
      hardware: 'Hardware-Token',
      other: () => 'Andere Bestätigungsmethode',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6-stelliger Code',
    codeLabelAnyLength: 'Bestätigungscode',
    codeHints: {
      totp: 'Geben Sie den Code aus Ihrer Authenticator-App ein.',
      hardware: 'Geben Sie den Code von Ihrem Hardware-Token ein.',
      other: 'Geben Sie den Bestätigungscode ein.',
    },
    sentWhenComplete: 'Er wird gesendet, sobald alle 6 Ziffern eingegeben sind.',
    codeIncomplete: 'Geben Sie alle 6 Ziffern des Codes ein.',
    codeTooShort: 'Geben Sie den vollständigen Code ein: mindestens 6 Ziffern.',
    verify: 'Bestätigen',
    verifying: 'Wird bestätigt…',
    checking: 'Ihr Code wird geprüft…',
    expiresIn: (seconds) => `Verbleibende Zeit für die Codeeingabe: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Ihnen bleibt weniger als eine Minute, um den Code einzugeben.'
        : seconds < 90
          ? 'Ihnen bleibt noch etwa eine Minute, um den Code einzugeben.'
          : `Ihnen bleiben noch etwa ${Math.round(seconds / 60)} Minuten, um den Code einzugeben.`,
    timeWarningAction: 'Wählen Sie „Mehr Zeit“, wenn Sie länger brauchen: Ihre Eingabe bleibt erhalten.',
    moreTime: 'Mehr Zeit',
    gettingMoreTime: 'Mehr Zeit wird angefordert…',
    timeExtended: (seconds) => `Mehr Zeit erhalten: Die Codeeingabe ist jetzt noch ${duration(seconds)} möglich.`,
    clockSkew: (seconds, deviceBehind) =>
      `Die Uhr dieses Geräts geht gegenüber dem Server ${count(seconds, 'Sekunde', 'Sekunden')} ${deviceBehind ? 'nach' : 'vor'}. ` +
      'Codes aus einer Authenticator-App auf diesem Gerät werden deshalb womöglich abgelehnt: Lassen Sie Datum und Uhrzeit automatisch einstellen.',
    restart: 'Neu beginnen',
    expiredHeading: 'Zeit für die Bestätigung abgelaufen',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Speichern Sie Ihren API-Schlüssel',
      onceWarning: 'Dieser Schlüssel wird nur einmal angezeigt. Speichern Sie ihn jetzt an einem sicheren Ort.',
      signedInAs: (username) => `Angemeldet als ${username}`,
      keyLabel: 'API-Schlüssel',
      maskedDescription: (prefix) => `Verborgen.${prefix && ` Er beginnt mit ${prefix}.`}`,
      reveal: 'Schlüssel anzeigen',
      copy: 'Kopieren',
      copied: 'In die Zwischenablage kopiert.',
      copyFailed: 'Der Browser hat das Kopieren nicht erlaubt. Wählen Sie „Schlüssel anzeigen“ und kopieren Sie ihn selbst.',
      download: 'Herunterladen als',
      downloadAs: { env: 'Als .env herunterladen', txt: 'Als .txt herunterladen' },
      downloaded: (fileName) => `${fileName} an Ihre Downloads übergeben. Prüfen Sie, ob die Datei dort ist, und bewahren Sie sie an einem sicheren Ort auf.`,
      keyName: 'Name des Schlüssels:',
      renameToggle: 'Schlüssel umbenennen',
      confirm: 'Ich habe diesen Schlüssel an einem sicheren Ort gespeichert',
      confirmRequired: 'Bestätigen Sie zuerst, dass Sie den Schlüssel gespeichert haben: Er wird nicht noch einmal angezeigt.',
      done: 'Fertig',
    },
    rename: {
      label: 'Name des Schlüssels',
      submit: 'Umbenennen',
      pending: 'Wird umbenannt…',
      renamed: (name) => `Umbenannt in ${name}.`,
      required: 'Geben Sie einen Namen für den Schlüssel ein.',
      tooLong: (maxLength) => `Verwenden Sie höchstens ${maxLength} Zeichen.`,
      unchanged: 'So heißt der Schlüssel bereits. Geben Sie einen anderen Namen ein.',
    },
    acknowledged: {
      heading: 'API-Schlüssel gespeichert',
      body: (name) => `Ihr Schlüssel ${name} ist gespeichert; er wird nicht noch einmal angezeigt.`,
    },
    none: {
      heading: 'Sie haben bereits einen API-Schlüssel',
      body: 'Riffyn zeigt einen Schlüssel nur einmal an, daher gibt es keinen neuen Schlüssel zu speichern.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Um Ihre Schlüssel anzusehen, umzubenennen oder zu widerrufen, öffnen Sie in Riffyn die „Security Settings“.',
      manageLink: '„Security Settings“ öffnen',
    },
    continue: 'Weiter',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired':
          'Ihre Sitzung ist abgelaufen, daher kann der Schlüssel nicht umbenannt werden. Speichern Sie zuerst den Schlüssel: Er wird nicht noch einmal angezeigt.',
        forbidden: 'Dieses Konto darf keine Schlüssel umbenennen. Speichern können Sie den Schlüssel trotzdem.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={deSessionTimeout} />`. */
export const deSessionTimeout: SessionTimeoutMessages = {
  heading: 'Ihre Sitzung endet gleich',
  body: (timeLeft) => `Aus Sicherheitsgründen werden Sie in ${timeLeft} abgemeldet. Bleiben Sie angemeldet, um weiterzuarbeiten.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'Minute', 'Minuten') : seconds > 10 ? count(seconds, 'Sekunde', 'Sekunden') : 'wenigen Sekunden'),
  stay: 'Angemeldet bleiben',
  signOut: 'Abmelden',
  errors,
};

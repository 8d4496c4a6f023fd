// `riffyn-login-kit/locales/it`: Italian (italiano), informal "tu" as Italian software speaks
// today. Plurals through Intl.PluralRules, numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) =>
  `${new Intl.NumberFormat('it').format(n)} ${new Intl.PluralRules('it').select(n) === 'one' ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minuti", "1 secondo". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minuto', 'minuti') : count(seconds, 'secondo', 'secondi');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Controlla i campi evidenziati e riprova.',
    'invalid-credentials': 'Nome utente e password non corrispondono. Riprova.',
    forbidden: 'Questo account non è autorizzato ad accedere. Contatta l’amministratore di Riffyn.',
    'locked-out': 'Questo account è bloccato dopo troppi tentativi. Attendi, oppure chiedi all’amministratore di Riffyn di sbloccarlo.',
    'password-expired': 'La password è scaduta. Cambiala in Riffyn, poi accedi qui con quella nuova.',
    'mfa-enroll': 'Per il tuo account va prima configurata una seconda verifica di accesso. Accedi a Riffyn stesso per configurarla.',
    'invalid-passcode': 'Questo codice non ha funzionato. Inserisci il codice più recente.',
    'mfa-expired': 'Questo passaggio scade pochi minuti dopo l’accettazione della password. Ricomincia l’accesso.',
    'no-mfa-factor': 'È richiesta una seconda verifica, ma non è configurato alcun metodo. Contatta l’amministratore di Riffyn.',
    'session-expired': 'La sessione è scaduta. Accedi di nuovo.',
    'rate-limited': 'Troppi tentativi.',
    conflict: 'Questo nome è già in uso. Scegline un altro.',
    server: 'Il server di Riffyn ha avuto un problema. Riprova tra un minuto.',
    network: 'Impossibile raggiungere il server di Riffyn. Controlla la connessione e riprova.',
    timeout: 'Il server di Riffyn ha impiegato troppo tempo a rispondere. Riprova.',
    malformed: 'Il server di Riffyn ha inviato una risposta che questa pagina non comprende. Riprova più tardi.',
    aborted: 'La richiesta è stata annullata.',
    internal: 'Si è verificato un errore in questa pagina. Ricaricala e riprova.',
  },
  retryIn: (seconds) => `Riprova tra ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn ha chiesto una pausa di ${duration(seconds)}.`,
  retryLater: 'Attendi un minuto prima di riprovare.',
  received: (status) => `(Ha risposto «${status}».)`,
  serverSaid: 'Messaggio del server:',
  stepNotLoaded: 'Il passaggio successivo non è stato caricato. Controlla la connessione e riprova.',
  tryAgain: 'Riprova',
};

/** Every string of the kit in Italian. Pass it as `messages`; change a few with `withOverrides`. */
export const it: AuthMessages = {
  loginForm: {
    heading: 'Accedi a Riffyn',
    usernameLabel: 'Nome utente',
    passwordLabel: 'Password',
    submit: 'Accedi',
    submitPending: 'Accesso in corso…',
    retryReady: 'Ora puoi provare di nuovo ad accedere.',
    showPassword: 'Mostra password',
    capsLockOn: 'Il blocco maiuscole è attivo.',
    usernameRequired: 'Inserisci il nome utente.',
    usernameHasColon:
      'Un nome utente non può contenere i due punti (:). L’accesso invia nome utente e password uniti dai due punti, quindi rimuovili.',
    usernameTooLong: 'Un nome utente ha al massimo 256 caratteri. Controlla cosa hai incollato.',
    usernameHasControl: 'Il nome utente contiene un carattere di controllo invisibile. Digitalo di nuovo.',
    usernameHasBrokenCharacter: 'Il nome utente contiene un carattere danneggiato (metà di un’emoji o di un simbolo). Digitalo di nuovo.',
    passwordRequired: 'Inserisci la password.',
    passwordTooLong: 'Una password ha al massimo 1024 caratteri. Controlla cosa hai incollato.',
    passwordHasControl: 'La password contiene un carattere di controllo invisibile. Digitala di nuovo.',
    passwordHasBrokenCharacter: 'La password contiene un carattere danneggiato (metà di un’emoji o di un simbolo). Digitala di nuovo.',
    errors,
  },
  mfa: {
    heading: 'Verifica la tua identità',
    signingInAs: (username) => `Accesso come ${username}`,
    chooseFactor: 'Scegli come verificare',
    chooseFactorFirst: 'Scegli prima un metodo di verifica.',
    otherFactors: 'Gli altri metodi non sono disponibili qui',
    noUsableFactor:
      'Nessuno dei tuoi metodi di verifica fornisce qui un codice da digitare. Configura un’app di autenticazione o contatta l’amministratore di Riffyn.',
    usingFactor: (label, hint) => `Metodo di verifica: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'App di autenticazione',
      push: 'Notifica push di Okta Verify',
      sms: 'SMS',
      call: 'Chiamata vocale',
      email: 'E-mail',
      hardware: 'Token hardware',
      other: () => 'Un altro metodo di verifica',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Codice di 6 cifre',
    codeLabelAnyLength: 'Codice di verifica',
    codeHints: {
      totp: 'Inserisci il codice della tua app di autenticazione.',
      hardware: 'Inserisci il codice mostrato dal tuo token hardware.',
      other: 'Inserisci il codice di verifica.',
    },
    sentWhenComplete: 'Viene inviato appena hai inserito tutte le 6 cifre.',
    codeIncomplete: 'Inserisci tutte le 6 cifre del codice.',
    codeTooShort: 'Inserisci il codice completo: almeno 6 cifre.',
    verify: 'Verifica',
    verifying: 'Verifica in corso…',
    checking: 'Controllo del codice in corso…',
    expiresIn: (seconds) => `Tempo per inserire il codice: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Hai meno di un minuto per inserire il codice.'
        : seconds < 90
          ? 'Hai circa un minuto per inserire il codice.'
          : `Hai circa ${Math.round(seconds / 60)} minuti per inserire il codice.`,
    timeWarningAction: 'Scegli «Più tempo» se te ne serve di più: ciò che hai digitato resta.',
    moreTime: 'Più tempo',
    gettingMoreTime: 'Richiesta di più tempo…',
    timeExtended: (seconds) => `Tempo aggiunto: ora hai ${duration(seconds)} per inserire il codice.`,
    clockSkew: (seconds, deviceBehind) =>
      `L’orologio di questo dispositivo è ${count(seconds, 'secondo', 'secondi')} ${deviceBehind ? 'indietro' : 'avanti'} rispetto a quello del server. ` +
      'I codici di autenticazione generati qui potrebbero essere rifiutati: imposta data e ora automatiche.',
    restart: 'Ricomincia',
    expiredHeading: 'Tempo per la verifica scaduto',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Salva la tua chiave API',
      onceWarning: 'Questa chiave viene mostrata una sola volta. Salvala subito in un posto sicuro.',
      signedInAs: (username) => `Accesso effettuato come ${username}`,
      keyLabel: 'Chiave API',
      maskedDescription: (prefix) => `Nascosta.${prefix && ` Inizia con ${prefix}.`}`,
      reveal: 'Mostra chiave',
      copy: 'Copia',
      copied: 'Copiata negli appunti.',
      copyFailed: 'Il browser non ha consentito la copia. Scegli «Mostra chiave» e copiala tu.',
      download: 'Scarica come',
      downloadAs: { env: 'Scarica come .env', txt: 'Scarica come .txt' },
      downloaded: (fileName) => `${fileName} è stato inviato ai download. Verifica che ci sia, poi conservalo in un posto sicuro.`,
      keyName: 'Nome della chiave:',
      renameToggle: 'Rinomina chiave',
      confirm: 'Ho salvato questa chiave in un posto sicuro',
      confirmRequired: 'Prima conferma di aver salvato la chiave: non verrà più mostrata.',
      done: 'Fine',
    },
    rename: {
      label: 'Nome della chiave',
      submit: 'Rinomina',
      pending: 'Rinomina in corso…',
      renamed: (name) => `Rinominata in ${name}.`,
      required: 'Inserisci un nome per la chiave.',
      tooLong: (maxLength) => `Usa al massimo ${count(maxLength, 'carattere', 'caratteri')}.`,
      unchanged: 'La chiave ha già questo nome. Inseriscine uno diverso.',
    },
    acknowledged: {
      heading: 'Chiave API salvata',
      body: (name) => `La tua chiave ${name} è salvata; non verrà più mostrata.`,
    },
    none: {
      heading: 'Hai già una chiave API',
      body: 'Riffyn mostra una chiave una sola volta, quindi non c’è una nuova chiave da salvare.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Per vedere, rinominare o revocare le tue chiavi, apri «Security Settings» in Riffyn.',
      manageLink: 'Apri «Security Settings»',
    },
    continue: 'Continua',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'La sessione è scaduta, quindi la chiave non può essere rinominata. Salva prima la chiave: non verrà più mostrata.',
        forbidden: 'Questo account non può rinominare le chiavi. Puoi comunque salvare la chiave.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={itSessionTimeout} />`. */
export const itSessionTimeout: SessionTimeoutMessages = {
  heading: 'La tua sessione sta per scadere',
  body: (timeLeft) => `Per la tua sicurezza, verrai disconnesso tra ${timeLeft}. Resta connesso per continuare a lavorare.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minuto', 'minuti') : seconds > 10 ? count(seconds, 'secondo', 'secondi') : 'pochi secondi'),
  stay: 'Resta connesso',
  signOut: 'Esci',
  errors,
};

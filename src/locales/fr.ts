// `riffyn-login-kit/locales/fr`: French (français), "vous". Imports nothing at run time.
// French typography: a no-break space (U+00A0) before « : » and inside guillemets, so a line
// never starts with the punctuation.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

/** French counts 0 and 1 as singular: "0 seconde", "1 minute", "2 minutes". */
const count = (n: number, one: string, other: string) => `${n}\u00a0${n < 2 ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds. */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minute', 'minutes') : count(seconds, 'seconde', 'secondes');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Vérifiez les champs signalés et réessayez.',
    'invalid-credentials': 'Ce nom d’utilisateur et ce mot de passe ne correspondent pas. Réessayez.',
    forbidden: 'Ce compte n’est pas autorisé à se connecter. Contactez votre administrateur Riffyn.',
    'locked-out':
      'Ce compte est verrouillé après trop de tentatives. Patientez, ou demandez à votre administrateur Riffyn de le déverrouiller.',
    'password-expired': 'Votre mot de passe a expiré. Changez-le dans Riffyn, puis connectez-vous ici avec le nouveau.',
    'mfa-enroll':
      'Une deuxième étape de connexion doit d’abord être configurée pour votre compte. Connectez-vous directement à Riffyn pour la configurer.',
    'invalid-passcode': 'Ce code n’a pas fonctionné. Saisissez le code le plus récent.',
    'mfa-expired': 'Cette étape expire quelques minutes après la validation de votre mot de passe. Recommencez la connexion.',
    'no-mfa-factor':
      'Une deuxième étape est requise, mais aucune méthode de vérification n’est configurée. Contactez votre administrateur Riffyn.',
    'session-expired': 'Votre session a expiré. Reconnectez-vous.',
    'rate-limited': 'Trop de tentatives.',
    conflict: 'Ce nom est déjà pris. Choisissez-en un autre.',
    server: 'Le serveur Riffyn a rencontré un problème. Réessayez dans une minute.',
    network: 'Impossible de joindre le serveur Riffyn. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur Riffyn a mis trop de temps à répondre. Réessayez.',
    malformed: 'Le serveur Riffyn a envoyé une réponse que cette page ne comprend pas. Réessayez plus tard.',
    aborted: 'La requête a été annulée.',
    internal: 'Un problème est survenu sur cette page. Rechargez-la et réessayez.',
  },
  retryIn: (seconds) => `Réessayez dans ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn demande de patienter ${duration(seconds)}.`,
  retryLater: 'Patientez une minute avant de réessayer.',
  received: (status) => `(Réponse reçue\u00a0: «\u00a0${status}\u00a0».)`,
  serverSaid: 'Message du serveur\u00a0:',
  stepNotLoaded: 'L’étape suivante ne s’est pas chargée. Vérifiez votre connexion, puis réessayez.',
  tryAgain: 'Réessayer',
};

/** Every string of the kit in French. Pass it as `messages`; change a few with `withOverrides`. */
export const fr: AuthMessages = {
  loginForm: {
    heading: 'Connexion à Riffyn',
    usernameLabel: 'Nom d’utilisateur',
    passwordLabel: 'Mot de passe',
    submit: 'Se connecter',
    submitPending: 'Connexion en cours…',
    retryReady: 'Vous pouvez de nouveau essayer de vous connecter.',
    showPassword: 'Afficher le mot de passe',
    capsLockOn: 'Le verrouillage des majuscules est activé.',
    usernameRequired: 'Saisissez votre nom d’utilisateur.',
    usernameHasColon:
      'Un nom d’utilisateur ne peut pas contenir de deux-points (:). La connexion envoie le nom d’utilisateur et le mot de passe séparés par un deux-points\u00a0: supprimez-le.',
    usernameTooLong: 'Un nom d’utilisateur compte au plus 256\u00a0caractères. Vérifiez ce qui a été collé.',
    usernameHasControl: 'Le nom d’utilisateur contient un caractère de contrôle invisible. Saisissez-le de nouveau.',
    usernameHasBrokenCharacter: 'Le nom d’utilisateur contient un caractère abîmé (la moitié d’un emoji ou d’un symbole). Saisissez-le de nouveau.',
    passwordRequired: 'Saisissez votre mot de passe.',
    passwordTooLong: 'Un mot de passe compte au plus 1024\u00a0caractères. Vérifiez ce qui a été collé.',
    passwordHasControl: 'Le mot de passe contient un caractère de contrôle invisible. Saisissez-le de nouveau.',
    passwordHasBrokenCharacter: 'Le mot de passe contient un caractère abîmé (la moitié d’un emoji ou d’un symbole). Saisissez-le de nouveau.',
    errors,
  },
  mfa: {
    heading: 'Confirmez votre identité',
    signingInAs: (username) => `Connexion en tant que ${username}`,
    chooseFactor: 'Choisissez une méthode de vérification',
    chooseFactorFirst: 'Choisissez d’abord une méthode de vérification.',
    otherFactors: 'Les autres méthodes ne sont pas disponibles ici',
    noUsableFactor:
      'Aucune de vos méthodes de vérification ne fournit ici de code à saisir. Configurez une application d’authentification ou contactez votre administrateur Riffyn.',
    usingFactor: (label, hint) => `Méthode de vérification\u00a0: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Application d’authentification',
      push: 'Notification Okta Verify',
      sms: 'SMS',
      call: 'Appel vocal',
      email: 'E-mail',
      hardware: 'Jeton matériel',
      other: () => 'Autre méthode de vérification',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Code à 6\u00a0chiffres',
    codeLabelAnyLength: 'Code de vérification',
    codeHints: {
      totp: 'Saisissez le code de votre application d’authentification.',
      hardware: 'Saisissez le code affiché sur votre jeton matériel.',
      other: 'Saisissez le code de vérification.',
    },
    sentWhenComplete: 'Il est envoyé dès que les 6\u00a0chiffres sont saisis.',
    codeIncomplete: 'Saisissez les 6\u00a0chiffres du code.',
    codeTooShort: 'Saisissez le code complet\u00a0: au moins 6\u00a0chiffres.',
    verify: 'Vérifier',
    verifying: 'Vérification en cours…',
    checking: 'Vérification de votre code…',
    expiresIn: (seconds) => `Temps restant pour saisir le code\u00a0: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Il vous reste moins d’une minute pour saisir votre code.'
        : seconds < 90
          ? 'Il vous reste environ 1\u00a0minute pour saisir votre code.'
          : `Il vous reste environ ${Math.round(seconds / 60)}\u00a0minutes pour saisir votre code.`,
    timeWarningAction: 'Choisissez «\u00a0Plus de temps\u00a0» s’il vous en faut davantage\u00a0: votre saisie est conservée.',
    moreTime: 'Plus de temps',
    gettingMoreTime: 'Demande de temps supplémentaire…',
    timeExtended: (seconds) => `Temps prolongé\u00a0: vous avez maintenant ${duration(seconds)} pour saisir le code.`,
    clockSkew: (seconds, deviceBehind) =>
      `L’horloge de cet appareil ${deviceBehind ? 'retarde' : 'avance'} de ${count(seconds, 'seconde', 'secondes')} sur celle du serveur. ` +
      'Les codes d’authentification générés sur cet appareil risquent d’être refusés\u00a0: réglez la date et l’heure en mode automatique.',
    restart: 'Recommencer',
    expiredHeading: 'Délai de vérification dépassé',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Enregistrez votre clé d’API',
      onceWarning: 'Cette clé ne s’affiche qu’une seule fois. Enregistrez-la dès maintenant en lieu sûr.',
      signedInAs: (username) => `Compte connecté\u00a0: ${username}`,
      keyLabel: 'Clé d’API',
      maskedDescription: (prefix) => `Masquée.${prefix && ` Elle commence par ${prefix}.`}`,
      reveal: 'Afficher la clé',
      copy: 'Copier',
      copied: 'Copiée dans le presse-papiers.',
      copyFailed: 'Le navigateur n’a pas autorisé la copie. Choisissez «\u00a0Afficher la clé\u00a0» et copiez-la vous-même.',
      download: 'Télécharger en',
      downloadAs: { env: 'Télécharger en .env', txt: 'Télécharger en .txt' },
      downloaded: (fileName) => `${fileName} envoyé vers vos téléchargements. Vérifiez qu’il s’y trouve, puis conservez-le en lieu sûr.`,
      keyName: 'Nom de la clé\u00a0:',
      renameToggle: 'Renommer la clé',
      confirm: 'J’ai enregistré cette clé en lieu sûr',
      confirmRequired: 'Confirmez d’abord que vous avez enregistré la clé\u00a0: elle ne sera plus affichée.',
      done: 'Terminé',
    },
    rename: {
      label: 'Nom de la clé',
      submit: 'Renommer',
      pending: 'Renommage en cours…',
      renamed: (name) => `Clé renommée en ${name}.`,
      required: 'Saisissez un nom pour la clé.',
      tooLong: (maxLength) => `Utilisez au plus ${count(maxLength, 'caractère', 'caractères')}.`,
      unchanged: 'La clé porte déjà ce nom. Saisissez-en un autre.',
    },
    acknowledged: {
      heading: 'Clé d’API enregistrée',
      body: (name) => `Votre clé ${name} est enregistrée\u00a0; elle ne sera plus affichée.`,
    },
    none: {
      heading: 'Vous avez déjà une clé d’API',
      body: 'Riffyn n’affiche une clé qu’une seule fois\u00a0: il n’y a donc pas de nouvelle clé à enregistrer.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Pour consulter, renommer ou révoquer vos clés, ouvrez «\u00a0Security Settings\u00a0» dans Riffyn.',
      manageLink: 'Ouvrir «\u00a0Security Settings\u00a0»',
    },
    continue: 'Continuer',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired':
          'Votre session a expiré, la clé ne peut donc pas être renommée. Enregistrez d’abord la clé\u00a0: elle ne sera plus affichée.',
        forbidden: 'Ce compte n’est pas autorisé à renommer des clés. Vous pouvez tout de même enregistrer la clé.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={frSessionTimeout} />`. */
export const frSessionTimeout: SessionTimeoutMessages = {
  heading: 'Votre session va bientôt se terminer',
  body: (timeLeft) => `Pour votre sécurité, vous serez déconnecté dans ${timeLeft}. Restez connecté pour continuer à travailler.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minute', 'minutes') : seconds > 10 ? count(seconds, 'seconde', 'secondes') : 'quelques secondes'),
  stay: 'Rester connecté',
  signOut: 'Se déconnecter',
  errors,
};

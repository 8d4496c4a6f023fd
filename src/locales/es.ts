// `riffyn-login-kit/locales/es`: Spanish (español), "usted", worded to read naturally in Spain and
// Latin America alike ("escriba", not "introduzca" or "ingrese"). Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minutos", "1 segundo". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minuto', 'minutos') : count(seconds, 'segundo', 'segundos');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Revise los campos marcados e inténtelo de nuevo.',
    'invalid-credentials': 'El nombre de usuario y la contraseña no coinciden. Inténtelo de nuevo.',
    forbidden: 'Esta cuenta no tiene permiso para iniciar sesión. Póngase en contacto con el administrador de Riffyn.',
    'locked-out': 'Esta cuenta se bloqueó tras demasiados intentos. Espere o pida al administrador de Riffyn que la desbloquee.',
    'password-expired': 'Su contraseña caducó. Cámbiela en Riffyn y luego inicie sesión aquí con la nueva.',
    'mfa-enroll':
      'Su cuenta necesita primero un segundo paso de inicio de sesión. Para configurarlo, inicie sesión directamente en Riffyn.',
    'invalid-passcode': 'Ese código no funcionó. Escriba el código más reciente.',
    'mfa-expired': 'Este paso caduca pocos minutos después de que se acepte su contraseña. Vuelva a iniciar sesión.',
    'no-mfa-factor':
      'Se requiere un segundo paso, pero no hay ningún método de verificación configurado. Póngase en contacto con el administrador de Riffyn.',
    'session-expired': 'Su sesión terminó. Vuelva a iniciar sesión.',
    'rate-limited': 'Demasiados intentos.',
    conflict: 'Ese nombre ya está en uso. Elija otro.',
    server: 'El servidor de Riffyn tuvo un problema. Vuelva a intentarlo en un minuto.',
    network: 'No se pudo conectar con el servidor de Riffyn. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servidor de Riffyn tardó demasiado en responder. Inténtelo de nuevo.',
    malformed: 'El servidor de Riffyn envió una respuesta que esta página no entiende. Inténtelo más tarde.',
    aborted: 'Se canceló la solicitud.',
    internal: 'Se produjo un error en esta página. Vuelva a cargarla e inténtelo de nuevo.',
  },
  retryIn: (seconds) => `Vuelva a intentarlo en ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn pidió esperar ${duration(seconds)}.`,
  retryLater: 'Espere un minuto antes de volver a intentarlo.',
  received: (status) => `(Respondió «${status}».)`,
  serverSaid: 'Mensaje del servidor:',
  stepNotLoaded: 'El siguiente paso no se cargó. Compruebe su conexión e inténtelo de nuevo.',
  tryAgain: 'Intentar de nuevo',
};

/** Every string of the kit in Spanish. Pass it as `messages`; change a few with `withOverrides`. */
export const es: AuthMessages = {
  loginForm: {
    heading: 'Iniciar sesión en Riffyn',
    usernameLabel: 'Nombre de usuario',
    passwordLabel: 'Contraseña',
    submit: 'Iniciar sesión',
    submitPending: 'Iniciando sesión…',
    retryReady: 'Ya puede volver a intentar iniciar sesión.',
    showPassword: 'Mostrar contraseña',
    capsLockOn: 'Bloq Mayús está activado.',
    usernameRequired: 'Escriba su nombre de usuario.',
    usernameHasColon:
      'Un nombre de usuario no puede contener dos puntos (:). Al iniciar sesión, el nombre de usuario y la contraseña se envían unidos por dos puntos; quítelos.',
    usernameTooLong: 'Un nombre de usuario tiene como máximo 256 caracteres. Revise lo que pegó.',
    usernameHasControl: 'El nombre de usuario contiene un carácter de control invisible. Vuelva a escribirlo.',
    usernameHasBrokenCharacter: 'El nombre de usuario contiene un carácter dañado (medio emoji o símbolo). Vuelva a escribirlo.',
    passwordRequired: 'Escriba su contraseña.',
    passwordTooLong: 'Una contraseña tiene como máximo 1024 caracteres. Revise lo que pegó.',
    passwordHasControl: 'La contraseña contiene un carácter de control invisible. Vuelva a escribirla.',
    passwordHasBrokenCharacter: 'La contraseña contiene un carácter dañado (medio emoji o símbolo). Vuelva a escribirla.',
    errors,
  },
  mfa: {
    heading: 'Verifique su identidad',
    signingInAs: (username) => `Iniciando sesión como ${username}`,
    chooseFactor: 'Elija cómo verificar su identidad',
    chooseFactorFirst: 'Primero elija un método de verificación.',
    otherFactors: 'Los demás métodos no están disponibles aquí',
    noUsableFactor:
      'Ninguno de sus métodos de verificación proporciona aquí un código para escribir. Configure una aplicación de autenticación o póngase en contacto con el administrador de Riffyn.',
    usingFactor: (label, hint) => `Método de verificación: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Aplicación de autenticación',
      push: 'Notificación push de Okta Verify',
      sms: 'Mensaje de texto (SMS)',
      call: 'Llamada de voz',
      email: 'Correo electrónico',
      hardware: 'Token de hardware',
      other: () => 'Otro método de verificación',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Código de 6 dígitos',
    codeLabelAnyLength: 'Código de verificación',
    codeHints: {
      totp: 'Escriba el código de su aplicación de autenticación.',
      hardware: 'Escriba el código que aparece en su token de hardware.',
      other: 'Escriba el código de verificación.',
    },
    sentWhenComplete: 'Se envía en cuanto estén los 6 dígitos.',
    codeIncomplete: 'Escriba los 6 dígitos del código.',
    codeTooShort: 'Escriba el código completo: al menos 6 dígitos.',
    verify: 'Verificar',
    verifying: 'Verificando…',
    checking: 'Comprobando su código…',
    expiresIn: (seconds) => `Tiempo para escribir el código: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Le queda menos de un minuto para escribir su código.'
        : seconds < 90
          ? 'Le queda aproximadamente 1 minuto para escribir su código.'
          : `Le quedan aproximadamente ${Math.round(seconds / 60)} minutos para escribir su código.`,
    timeWarningAction: 'Elija «Más tiempo» si lo necesita: lo que ha escrito se conserva.',
    moreTime: 'Más tiempo',
    gettingMoreTime: 'Pidiendo más tiempo…',
    timeExtended: (seconds) => `Tiempo ampliado: ahora tiene ${duration(seconds)} para escribir el código.`,
    clockSkew: (seconds, deviceBehind) =>
      `El reloj de este dispositivo va ${count(seconds, 'segundo', 'segundos')} ${deviceBehind ? 'atrasado' : 'adelantado'} respecto al del servidor. ` +
      'Es posible que se rechacen los códigos de autenticación generados en él: configure la fecha y la hora para que se actualicen automáticamente.',
    restart: 'Volver a empezar',
    expiredHeading: 'Se agotó el tiempo de verificación',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Guarde su clave de API',
      onceWarning: 'Esta clave solo se muestra una vez. Guárdela ahora en un lugar seguro.',
      signedInAs: (username) => `Sesión iniciada como ${username}`,
      keyLabel: 'Clave de API',
      maskedDescription: (prefix) => `Oculta.${prefix && ` Empieza por ${prefix}.`}`,
      reveal: 'Mostrar clave',
      copy: 'Copiar',
      copied: 'Copiada al portapapeles.',
      copyFailed: 'El navegador no permitió copiarla. Elija «Mostrar clave» y cópiela manualmente.',
      download: 'Descargar como',
      downloadAs: { env: 'Descargar como .env', txt: 'Descargar como .txt' },
      downloaded: (fileName) => `${fileName} enviado a sus descargas. Compruebe que está allí y guarde el archivo en un lugar seguro.`,
      keyName: 'Nombre de la clave:',
      renameToggle: 'Cambiar el nombre de la clave',
      confirm: 'Guardé esta clave en un lugar seguro',
      confirmRequired: 'Confirme primero que guardó la clave: no se volverá a mostrar.',
      done: 'Listo',
    },
    rename: {
      label: 'Nombre de la clave',
      submit: 'Cambiar nombre',
      pending: 'Cambiando nombre…',
      renamed: (name) => `Nuevo nombre: ${name}.`,
      required: 'Escriba un nombre para la clave.',
      tooLong: (maxLength) => `Use como máximo ${count(maxLength, 'carácter', 'caracteres')}.`,
      unchanged: 'La clave ya tiene ese nombre. Escriba otro.',
    },
    acknowledged: {
      heading: 'Clave de API guardada',
      body: (name) => `Su clave ${name} está guardada; no se volverá a mostrar.`,
    },
    none: {
      heading: 'Ya tiene una clave de API',
      body: 'Riffyn muestra cada clave una sola vez, así que no hay ninguna clave nueva que guardar.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Para ver, cambiar de nombre o revocar sus claves, abra «Security Settings» en Riffyn.',
      manageLink: 'Abrir «Security Settings»',
    },
    continue: 'Continuar',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired':
          'Su sesión terminó, así que no se puede cambiar el nombre de la clave. Guarde primero la clave: no se volverá a mostrar.',
        forbidden: 'Esta cuenta no puede cambiar el nombre de las claves. Aun así, puede guardar la clave.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={esSessionTimeout} />`. */
export const esSessionTimeout: SessionTimeoutMessages = {
  heading: 'Su sesión está a punto de terminar',
  body: (timeLeft) => `Por su seguridad, se cerrará su sesión dentro de ${timeLeft}. Siga conectado para continuar trabajando.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minuto', 'minutos') : seconds > 10 ? count(seconds, 'segundo', 'segundos') : 'unos segundos'),
  stay: 'Seguir conectado',
  signOut: 'Cerrar sesión',
  errors,
};

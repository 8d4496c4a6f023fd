// `riffyn-login-kit/locales/pt-BR`: Brazilian Portuguese (português do Brasil), "você" as
// Brazilian software speaks. Plurals through Intl.PluralRules (0 and 1 are singular in Brazil),
// numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const count = (n: number, one: string, other: string) =>
  `${new Intl.NumberFormat('pt-BR').format(n)} ${new Intl.PluralRules('pt-BR').select(n) === 'one' ? one : other}`;
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minutos", "1 segundo". */
const duration = (seconds: number) =>
  seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, 'minuto', 'minutos') : count(seconds, 'segundo', 'segundos');

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Confira os campos destacados e tente novamente.',
    'invalid-credentials': 'O nome de usuário e a senha não conferem. Tente novamente.',
    forbidden: 'Esta conta não tem permissão para entrar. Fale com o administrador do Riffyn.',
    'locked-out': 'Esta conta foi bloqueada após muitas tentativas. Aguarde ou peça ao administrador do Riffyn para desbloqueá-la.',
    'password-expired': 'Sua senha expirou. Altere-a no Riffyn e depois entre aqui com a nova senha.',
    'mfa-enroll': 'Sua conta precisa primeiro de uma segunda etapa de login configurada. Entre no próprio Riffyn para configurá-la.',
    'invalid-passcode': 'Esse código não funcionou. Digite o código mais recente.',
    'mfa-expired': 'Esta etapa expira poucos minutos depois que a senha é aceita. Comece o login de novo.',
    'no-mfa-factor': 'É necessária uma segunda etapa, mas nenhum método de verificação está configurado. Fale com o administrador do Riffyn.',
    'session-expired': 'Sua sessão expirou. Entre novamente.',
    'rate-limited': 'Muitas tentativas.',
    conflict: 'Esse nome já está em uso. Escolha outro.',
    server: 'O servidor do Riffyn teve um problema. Tente novamente daqui a um minuto.',
    network: 'Não foi possível acessar o servidor do Riffyn. Verifique sua conexão e tente novamente.',
    timeout: 'O servidor do Riffyn demorou demais para responder. Tente novamente.',
    malformed: 'O servidor do Riffyn enviou uma resposta que esta página não entende. Tente novamente mais tarde.',
    aborted: 'A solicitação foi cancelada.',
    internal: 'Algo deu errado nesta página. Recarregue-a e tente novamente.',
  },
  retryIn: (seconds) => `Tente novamente em ${duration(seconds)}.`,
  waitAsked: (seconds) => `O Riffyn pediu uma pausa de ${duration(seconds)}.`,
  retryLater: 'Aguarde um minuto antes de tentar novamente.',
  received: (status) => `(A resposta foi “${status}”.)`,
  serverSaid: 'Mensagem do servidor:',
  stepNotLoaded: 'A próxima etapa não carregou. Verifique sua conexão e tente novamente.',
  tryAgain: 'Tentar novamente',
};

/** Every string of the kit in Brazilian Portuguese. Pass it as `messages`; change a few with `withOverrides`. */
export const ptBR: AuthMessages = {
  loginForm: {
    heading: 'Entrar no Riffyn',
    usernameLabel: 'Nome de usuário',
    passwordLabel: 'Senha',
    submit: 'Entrar',
    submitPending: 'Entrando…',
    retryReady: 'Você já pode tentar entrar novamente.',
    showPassword: 'Mostrar senha',
    capsLockOn: 'O Caps Lock está ativado.',
    usernameRequired: 'Digite seu nome de usuário.',
    usernameHasColon:
      'O nome de usuário não pode conter dois-pontos (:). O login envia o nome de usuário e a senha unidos por dois-pontos, então remova-os.',
    usernameTooLong: 'O nome de usuário tem no máximo 256 caracteres. Confira o que foi colado.',
    usernameHasControl: 'O nome de usuário contém um caractere de controle invisível. Digite-o novamente.',
    usernameHasBrokenCharacter: 'O nome de usuário contém um caractere corrompido (metade de um emoji ou símbolo). Digite-o novamente.',
    passwordRequired: 'Digite sua senha.',
    passwordTooLong: 'A senha tem no máximo 1024 caracteres. Confira o que foi colado.',
    passwordHasControl: 'A senha contém um caractere de controle invisível. Digite-a novamente.',
    passwordHasBrokenCharacter: 'A senha contém um caractere corrompido (metade de um emoji ou símbolo). Digite-a novamente.',
    errors,
  },
  mfa: {
    heading: 'Confirme que é você',
    signingInAs: (username) => `Entrando como ${username}`,
    chooseFactor: 'Escolha como verificar',
    chooseFactorFirst: 'Escolha primeiro um método de verificação.',
    otherFactors: 'Outros métodos não estão disponíveis aqui',
    noUsableFactor:
      'Nenhum dos seus métodos de verificação gera um código para digitar aqui. Configure um app autenticador ou fale com o administrador do Riffyn.',
    usingFactor: (label, hint) => `Método de verificação: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'App autenticador',
      push: 'Notificação do Okta Verify',
      sms: 'Mensagem de texto (SMS)',
      call: 'Chamada de voz',
      email: 'E-mail',
      hardware: 'Token físico',
      other: () => 'Outro método de verificação',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Código de 6 dígitos',
    codeLabelAnyLength: 'Código de verificação',
    codeHints: {
      totp: 'Digite o código do seu app autenticador.',
      hardware: 'Digite o código do seu token físico.',
      other: 'Digite o código de verificação.',
    },
    sentWhenComplete: 'Ele é enviado assim que os 6 dígitos forem digitados.',
    codeIncomplete: 'Digite os 6 dígitos do código.',
    codeTooShort: 'Digite o código completo: pelo menos 6 dígitos.',
    verify: 'Verificar',
    verifying: 'Verificando…',
    checking: 'Conferindo seu código…',
    expiresIn: (seconds) => `Tempo restante para digitar o código: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Resta menos de um minuto para digitar o código.'
        : seconds < 90
          ? 'Resta cerca de 1 minuto para digitar o código.'
          : `Restam cerca de ${Math.round(seconds / 60)} minutos para digitar o código.`,
    timeWarningAction: 'Escolha “Mais tempo” se precisar: o que você digitou continua aqui.',
    moreTime: 'Mais tempo',
    gettingMoreTime: 'Pedindo mais tempo…',
    timeExtended: (seconds) => `Mais tempo concedido: agora você tem ${duration(seconds)} para digitar o código.`,
    clockSkew: (seconds, deviceBehind) =>
      `O relógio deste dispositivo está ${count(seconds, 'segundo', 'segundos')} ${deviceBehind ? 'atrasado' : 'adiantado'} em relação ao do servidor. ` +
      'Códigos de autenticação gerados nele podem ser recusados: ative a data e hora automáticas.',
    restart: 'Começar de novo',
    expiredHeading: 'O tempo para verificação acabou',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Salve sua chave de API',
      onceWarning: 'Esta chave é mostrada uma única vez. Salve-a agora em um lugar seguro.',
      signedInAs: (username) => `Conectado como ${username}`,
      keyLabel: 'Chave de API',
      maskedDescription: (prefix) => `Oculta.${prefix && ` Começa com ${prefix}.`}`,
      reveal: 'Mostrar chave',
      copy: 'Copiar',
      copied: 'Copiada para a área de transferência.',
      copyFailed: 'O navegador não permitiu copiar. Escolha “Mostrar chave” e copie você mesmo.',
      download: 'Baixar como',
      downloadAs: { env: 'Baixar como .env', txt: 'Baixar como .txt' },
      downloaded: (fileName) => `${fileName} foi enviado para seus downloads. Confira se ele está lá e guarde-o em um lugar seguro.`,
      keyName: 'Nome da chave:',
      renameToggle: 'Renomear chave',
      confirm: 'Salvei esta chave em um lugar seguro',
      confirmRequired: 'Primeiro confirme que você salvou a chave: ela não será mostrada novamente.',
      done: 'Concluir',
    },
    rename: {
      label: 'Nome da chave',
      submit: 'Renomear',
      pending: 'Renomeando…',
      renamed: (name) => `Renomeada para ${name}.`,
      required: 'Digite um nome para a chave.',
      tooLong: (maxLength) => `Use no máximo ${count(maxLength, 'caractere', 'caracteres')}.`,
      unchanged: 'A chave já tem esse nome. Digite um nome diferente.',
    },
    acknowledged: {
      heading: 'Chave de API salva',
      body: (name) => `Sua chave ${name} está salva; ela não será mostrada de novo.`,
    },
    none: {
      heading: 'Você já tem uma chave de API',
      body: 'O Riffyn mostra uma chave uma única vez, por isso não há uma nova chave para salvar.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Para ver, renomear ou revogar suas chaves, abra “Security Settings” no Riffyn.',
      manageLink: 'Abrir “Security Settings”',
    },
    continue: 'Continuar',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'Sua sessão expirou, então a chave não pode ser renomeada. Salve a chave primeiro: ela não será mostrada de novo.',
        forbidden: 'Esta conta não pode renomear chaves. Você ainda pode salvar a chave.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={ptBRSessionTimeout} />`. */
export const ptBRSessionTimeout: SessionTimeoutMessages = {
  heading: 'Sua sessão está prestes a expirar',
  body: (timeLeft) => `Para sua segurança, você será desconectado em ${timeLeft}. Continue conectado para seguir trabalhando.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, 'minuto', 'minutos') : seconds > 10 ? count(seconds, 'segundo', 'segundos') : 'alguns segundos'),
  stay: 'Continuar conectado',
  signOut: 'Sair',
  errors,
};

// `riffyn-login-kit/locales/ko`: Korean (한국어), the polite 하십시오/해요 mix of Korean software
// (buttons as nouns, sentences in -세요/-습니다). Korean counts without plural forms; numbers
// through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const num = (n: number) => new Intl.NumberFormat('ko').format(n);
/** Whole minutes from a minute up (callers round up above one), else seconds: "2분", "45초". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${num(seconds / 60)}분` : `${num(seconds)}초`);

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': '강조 표시된 항목을 확인한 후 다시 시도하세요.',
    'invalid-credentials': '사용자 이름과 비밀번호가 일치하지 않습니다. 다시 시도하세요.',
    forbidden: '이 계정은 로그인할 수 없습니다. Riffyn 관리자에게 문의하세요.',
    'locked-out': '시도 횟수가 너무 많아 이 계정이 잠겼습니다. 잠시 기다리거나 Riffyn 관리자에게 잠금 해제를 요청하세요.',
    'password-expired': '비밀번호가 만료되었습니다. Riffyn에서 비밀번호를 변경한 후 새 비밀번호로 여기에서 로그인하세요.',
    'mfa-enroll': '이 계정은 먼저 2단계 인증을 설정해야 합니다. Riffyn에 직접 로그인하여 설정하세요.',
    'invalid-passcode': '코드가 올바르지 않습니다. 가장 최근 코드를 입력하세요.',
    'mfa-expired': '이 단계는 비밀번호가 확인된 후 몇 분이 지나면 만료됩니다. 처음부터 다시 로그인하세요.',
    'no-mfa-factor': '2단계 인증이 필요하지만 설정된 인증 방법이 없습니다. Riffyn 관리자에게 문의하세요.',
    'session-expired': '세션이 만료되었습니다. 다시 로그인하세요.',
    'rate-limited': '시도 횟수가 너무 많습니다.',
    conflict: '이미 사용 중인 이름입니다. 다른 이름을 선택하세요.',
    server: 'Riffyn 서버에 문제가 발생했습니다. 1분 후에 다시 시도하세요.',
    network: 'Riffyn 서버에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도하세요.',
    timeout: 'Riffyn 서버의 응답 시간이 너무 오래 걸립니다. 다시 시도하세요.',
    malformed: 'Riffyn 서버가 이 페이지에서 처리할 수 없는 응답을 보냈습니다. 나중에 다시 시도하세요.',
    aborted: '요청이 취소되었습니다.',
    internal: '이 페이지에서 문제가 발생했습니다. 페이지를 새로고침한 후 다시 시도하세요.',
  },
  retryIn: (seconds) => `${duration(seconds)} 후에 다시 시도하세요.`,
  waitAsked: (seconds) => `Riffyn에서 ${duration(seconds)} 동안 기다리도록 요청했습니다.`,
  retryLater: '1분 정도 기다린 후 다시 시도하세요.',
  received: (status) => `(응답: ‘${status}’)`,
  serverSaid: '서버 메시지:',
  stepNotLoaded: '다음 단계를 불러오지 못했습니다. 연결을 확인한 후 다시 시도하세요.',
  tryAgain: '다시 시도',
};

/** Every string of the kit in Korean. Pass it as `messages`; change a few with `withOverrides`. */
export const ko: AuthMessages = {
  loginForm: {
    heading: 'Riffyn에 로그인',
    usernameLabel: '사용자 이름',
    passwordLabel: '비밀번호',
    submit: '로그인',
    submitPending: '로그인 중…',
    retryReady: '이제 다시 로그인할 수 있습니다.',
    showPassword: '비밀번호 표시',
    capsLockOn: 'Caps Lock이 켜져 있습니다.',
    usernameRequired: '사용자 이름을 입력하세요.',
    usernameHasColon:
      '사용자 이름에는 콜론(:)을 사용할 수 없습니다. 로그인할 때 사용자 이름과 비밀번호를 콜론으로 연결해 보내므로 콜론을 삭제하세요.',
    usernameTooLong: '사용자 이름은 최대 256자입니다. 붙여넣은 내용을 확인하세요.',
    usernameHasControl: '사용자 이름에 보이지 않는 제어 문자가 있습니다. 다시 입력하세요.',
    usernameHasBrokenCharacter: '사용자 이름에 깨진 문자(이모지나 기호의 절반)가 있습니다. 다시 입력하세요.',
    passwordRequired: '비밀번호를 입력하세요.',
    passwordTooLong: '비밀번호는 최대 1024자입니다. 붙여넣은 내용을 확인하세요.',
    passwordHasControl: '비밀번호에 보이지 않는 제어 문자가 있습니다. 다시 입력하세요.',
    passwordHasBrokenCharacter: '비밀번호에 깨진 문자(이모지나 기호의 절반)가 있습니다. 다시 입력하세요.',
    errors,
  },
  mfa: {
    heading: '본인 확인',
    signingInAs: (username) => `${username}(으)로 로그인 중`,
    chooseFactor: '인증 방법 선택',
    chooseFactorFirst: '먼저 인증 방법을 선택하세요.',
    otherFactors: '다른 방법은 여기에서 사용할 수 없습니다',
    noUsableFactor: '여기에서 입력할 코드를 제공하는 인증 방법이 없습니다. 인증 앱을 설정하거나 Riffyn 관리자에게 문의하세요.',
    usingFactor: (label, hint) => `인증 방법: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: '인증 앱',
      push: 'Okta Verify 푸시 알림',
      sms: '문자 메시지',
      call: '음성 통화',
      email: '이메일',
      hardware: '하드웨어 토큰',
      other: () => '기타 인증 방법',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6자리 코드',
    codeLabelAnyLength: '인증 코드',
    codeHints: {
      totp: '인증 앱에 표시된 코드를 입력하세요.',
      hardware: '하드웨어 토큰에 표시된 코드를 입력하세요.',
      other: '인증 코드를 입력하세요.',
    },
    sentWhenComplete: '6자리를 모두 입력하면 바로 전송됩니다.',
    codeIncomplete: '코드 6자리를 모두 입력하세요.',
    codeTooShort: '코드 전체를 입력하세요. 최소 6자리입니다.',
    verify: '확인',
    verifying: '확인 중…',
    checking: '코드를 확인하는 중…',
    expiresIn: (seconds) => `코드 입력 남은 시간: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? '코드를 입력할 시간이 1분도 남지 않았습니다.'
        : seconds < 90
          ? '코드를 입력할 시간이 약 1분 남았습니다.'
          : `코드를 입력할 시간이 약 ${num(Math.round(seconds / 60))}분 남았습니다.`,
    timeWarningAction: '시간이 더 필요하면 ‘시간 연장’을 선택하세요. 입력한 내용은 그대로 유지됩니다.',
    moreTime: '시간 연장',
    gettingMoreTime: '시간을 연장하는 중…',
    timeExtended: (seconds) => `시간이 연장되었습니다. 이제 ${duration(seconds)} 안에 코드를 입력하면 됩니다.`,
    clockSkew: (seconds, deviceBehind) =>
      `이 기기의 시계가 서버보다 ${num(seconds)}초 ${deviceBehind ? '느립니다' : '빠릅니다'}. ` +
      '이 기기에서 생성한 인증 코드가 거부될 수 있습니다. 날짜와 시간을 자동으로 설정하세요.',
    restart: '처음부터 다시',
    expiredHeading: '인증 시간이 초과되었습니다',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'API 키 저장',
      onceWarning: '이 키는 한 번만 표시됩니다. 지금 안전한 곳에 저장하세요.',
      signedInAs: (username) => `${username}(으)로 로그인됨`,
      keyLabel: 'API 키',
      maskedDescription: (prefix) => `숨겨짐.${prefix && ` ${prefix}(으)로 시작합니다.`}`,
      reveal: '키 표시',
      copy: '복사',
      copied: '클립보드에 복사했습니다.',
      copyFailed: '브라우저에서 복사를 허용하지 않았습니다. ‘키 표시’를 선택한 후 직접 복사하세요.',
      download: '다운로드 형식',
      downloadAs: { env: '.env 파일로 다운로드', txt: '.txt 파일로 다운로드' },
      downloaded: (fileName) => `${fileName} 파일을 다운로드 폴더로 보냈습니다. 파일이 있는지 확인한 후 안전한 곳에 보관하세요.`,
      keyName: '키 이름:',
      renameToggle: '키 이름 변경',
      confirm: '이 키를 안전한 곳에 저장했습니다',
      confirmRequired: '먼저 키를 저장했는지 확인하세요. 키는 다시 표시되지 않습니다.',
      done: '완료',
    },
    rename: {
      label: '키 이름',
      submit: '이름 변경',
      pending: '이름을 변경하는 중…',
      renamed: (name) => `이름을 ${name}(으)로 변경했습니다.`,
      required: '키 이름을 입력하세요.',
      tooLong: (maxLength) => `최대 ${num(maxLength)}자까지 입력할 수 있습니다.`,
      unchanged: '이미 키의 이름입니다. 다른 이름을 입력하세요.',
    },
    acknowledged: {
      heading: 'API 키를 저장했습니다',
      body: (name) => `${name} 키를 저장했습니다. 이 키는 다시 표시되지 않습니다.`,
    },
    none: {
      heading: '이미 API 키가 있습니다',
      body: 'Riffyn은 키를 한 번만 표시하므로 새로 저장할 키가 없습니다.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: '키를 확인하거나 이름을 변경하거나 폐기하려면 Riffyn에서 ‘Security Settings’를 여세요.',
      manageLink: '‘Security Settings’ 열기',
    },
    continue: '계속',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': '세션이 만료되어 키 이름을 변경할 수 없습니다. 먼저 키를 저장하세요. 키는 다시 표시되지 않습니다.',
        forbidden: '이 계정은 키 이름을 변경할 수 없습니다. 키는 저장할 수 있습니다.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={koSessionTimeout} />`. */
export const koSessionTimeout: SessionTimeoutMessages = {
  heading: '곧 세션이 종료됩니다',
  body: (timeLeft) => `보안을 위해 ${timeLeft} 후에 로그아웃됩니다. 계속 작업하려면 로그인 상태를 유지하세요.`,
  timeLeft: (seconds) => (seconds >= 60 ? `${num(seconds / 60)}분` : seconds > 10 ? `${num(seconds)}초` : '몇 초'),
  stay: '로그인 유지',
  signOut: '로그아웃',
  errors,
};

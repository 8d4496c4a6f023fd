// `riffyn-login-kit/locales/zh-TW`: Traditional Chinese as used in Taiwan (繁體中文), concise UI
// style, full-width punctuation, Taiwanese terms (登入, 帳戶, 密碼). No plural forms; numbers
// through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const num = (n: number) => new Intl.NumberFormat('zh-TW').format(n);
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 分鐘", "45 秒". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${num(seconds / 60)} 分鐘` : `${num(seconds)} 秒`);

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': '請檢查標示的欄位，然後再試一次。',
    'invalid-credentials': '使用者名稱和密碼不相符，請再試一次。',
    forbidden: '此帳戶無權登入。請聯絡你的 Riffyn 管理員。',
    'locked-out': '嘗試次數過多，此帳戶已被鎖定。請稍候，或請 Riffyn 管理員為你解除鎖定。',
    'password-expired': '你的密碼已過期。請先在 Riffyn 變更密碼，再以新密碼在此登入。',
    'mfa-enroll': '你的帳戶需要先設定第二道登入步驟。請直接登入 Riffyn 進行設定。',
    'invalid-passcode': '此驗證碼無效，請輸入最新的驗證碼。',
    'mfa-expired': '此步驟在密碼通過後幾分鐘就會失效。請重新登入。',
    'no-mfa-factor': '需要第二道驗證步驟，但尚未設定任何驗證方式。請聯絡你的 Riffyn 管理員。',
    'session-expired': '你的工作階段已結束，請重新登入。',
    'rate-limited': '嘗試次數過多。',
    conflict: '此名稱已被使用，請換一個。',
    server: 'Riffyn 伺服器發生問題，請過一分鐘再試一次。',
    network: '無法連線到 Riffyn 伺服器。請檢查網路連線，然後再試一次。',
    timeout: 'Riffyn 伺服器回應逾時，請再試一次。',
    malformed: 'Riffyn 伺服器傳回了此頁面無法處理的回應，請稍後再試。',
    aborted: '要求已取消。',
    internal: '此頁面發生錯誤。請重新載入頁面，然後再試一次。',
  },
  retryIn: (seconds) => `請在 ${duration(seconds)}後再試一次。`,
  waitAsked: (seconds) => `Riffyn 要求等待 ${duration(seconds)}。`,
  retryLater: '請等待一分鐘後再試一次。',
  received: (status) => `（回應：「${status}」）`,
  serverSaid: '伺服器訊息：',
  stepNotLoaded: '無法載入下一個步驟。請檢查網路連線，然後再試一次。',
  tryAgain: '再試一次',
};

/** Every string of the kit in Traditional Chinese (Taiwan). Pass it as `messages`; change a few with `withOverrides`. */
export const zhTW: AuthMessages = {
  loginForm: {
    heading: '登入 Riffyn',
    usernameLabel: '使用者名稱',
    passwordLabel: '密碼',
    submit: '登入',
    submitPending: '正在登入…',
    retryReady: '現在可以再次嘗試登入。',
    showPassword: '顯示密碼',
    capsLockOn: 'Caps Lock 已開啟。',
    usernameRequired: '請輸入使用者名稱。',
    usernameHasColon: '使用者名稱不能包含冒號（:）。登入時會以冒號連接使用者名稱和密碼後送出，因此請移除冒號。',
    usernameTooLong: '使用者名稱最多 256 個字元。請檢查貼上的內容。',
    usernameHasControl: '使用者名稱含有看不見的控制字元，請重新輸入。',
    usernameHasBrokenCharacter: '使用者名稱含有損壞的字元（半個表情符號或符號），請重新輸入。',
    passwordRequired: '請輸入密碼。',
    passwordTooLong: '密碼最多 1024 個字元。請檢查貼上的內容。',
    passwordHasControl: '密碼含有看不見的控制字元，請重新輸入。',
    passwordHasBrokenCharacter: '密碼含有損壞的字元（半個表情符號或符號），請重新輸入。',
    errors,
  },
  mfa: {
    heading: '驗證你的身分',
    signingInAs: (username) => `正在以 ${username} 登入`,
    chooseFactor: '選擇驗證方式',
    chooseFactorFirst: '請先選擇驗證方式。',
    otherFactors: '此處無法使用其他方式',
    noUsableFactor: '你的驗證方式都無法在此提供可輸入的驗證碼。請設定驗證器應用程式，或聯絡你的 Riffyn 管理員。',
    usingFactor: (label, hint) => `驗證方式：${label}${hint ? `（${hint}）` : ''}`,
    factorLabels: {
      totp: '驗證器應用程式',
      push: 'Okta Verify 推播通知',
      sms: '簡訊',
      call: '語音來電',
      email: '電子郵件',
      hardware: '硬體權杖',
      other: () => '其他驗證方式',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6 位數驗證碼',
    codeLabelAnyLength: '驗證碼',
    codeHints: {
      totp: '請輸入驗證器應用程式中的代碼。',
      hardware: '請輸入硬體權杖上的驗證碼。',
      other: '請輸入驗證碼。',
    },
    sentWhenComplete: '輸入完 6 位數後會立即送出。',
    codeIncomplete: '請輸入完整的 6 位數驗證碼。',
    codeTooShort: '請輸入完整的驗證碼：至少 6 位數。',
    verify: '驗證',
    verifying: '正在驗證…',
    checking: '正在檢查驗證碼…',
    expiresIn: (seconds) => `輸入代碼的剩餘時間：${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? '輸入驗證碼的時間剩不到一分鐘。'
        : seconds < 90
          ? '輸入驗證碼的時間約剩 1 分鐘。'
          : `輸入驗證碼的時間約剩 ${num(Math.round(seconds / 60))} 分鐘。`,
    timeWarningAction: '如需更多時間，請選擇「延長時間」：已輸入的內容會保留。',
    moreTime: '延長時間',
    gettingMoreTime: '正在延長時間…',
    timeExtended: (seconds) => `已延長時間：你現在有 ${duration(seconds)} 可以輸入代碼。`,
    clockSkew: (seconds, deviceBehind) =>
      `這部裝置的時鐘比伺服器${deviceBehind ? '慢' : '快'} ${num(seconds)} 秒。` + '在此裝置產生的驗證碼可能會被拒絕：請將日期和時間設為自動更新。',
    restart: '重新開始',
    expiredHeading: '驗證已逾時',
    errors,
  },
  apiKey: {
    shown: {
      heading: '儲存你的 API 金鑰',
      onceWarning: '此金鑰只會顯示一次。請立即儲存在安全的地方。',
      signedInAs: (username) => `已登入為 ${username}`,
      keyLabel: 'API 金鑰',
      maskedDescription: (prefix) => `已隱藏。${prefix && `開頭為 ${prefix}。`}`,
      reveal: '顯示金鑰',
      copy: '複製',
      copied: '已複製到剪貼簿。',
      copyFailed: '瀏覽器不允許複製。請選擇「顯示金鑰」後自行複製。',
      download: '下載格式',
      downloadAs: { env: '下載為 .env', txt: '下載為 .txt' },
      downloaded: (fileName) => `已將 ${fileName} 傳送到你的下載項目。請確認檔案在那裡，並存放在安全的地方。`,
      keyName: '金鑰名稱：',
      renameToggle: '重新命名金鑰',
      confirm: '我已將此金鑰儲存在安全的地方',
      confirmRequired: '請先確認你已儲存金鑰：金鑰不會再次顯示。',
      done: '完成',
    },
    rename: {
      label: '金鑰名稱',
      submit: '重新命名',
      pending: '正在重新命名…',
      renamed: (name) => `已重新命名為 ${name}。`,
      required: '請輸入金鑰名稱。',
      tooLong: (maxLength) => `最多使用 ${num(maxLength)} 個字元。`,
      unchanged: '金鑰已經是這個名稱，請輸入其他名稱。',
    },
    acknowledged: {
      heading: '已儲存 API 金鑰',
      body: (name) => `你的金鑰 ${name} 已儲存，之後不會再次顯示。`,
    },
    none: {
      heading: '你已經有 API 金鑰',
      body: 'Riffyn 只會顯示金鑰一次，因此沒有新的金鑰需要儲存。',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: '如要查看、重新命名或撤銷金鑰，請在 Riffyn 中開啟「Security Settings」。',
      manageLink: '開啟「Security Settings」',
    },
    continue: '繼續',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': '你的工作階段已結束，因此無法重新命名金鑰。請先儲存金鑰：金鑰不會再次顯示。',
        forbidden: '此帳戶無權重新命名金鑰，但你仍可儲存金鑰。',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={zhTWSessionTimeout} />`. */
export const zhTWSessionTimeout: SessionTimeoutMessages = {
  heading: '你的工作階段即將結束',
  body: (timeLeft) => `為了你的安全，系統將在 ${timeLeft}後將你登出。如要繼續工作，請保持登入。`,
  timeLeft: (seconds) => (seconds >= 60 ? `${num(seconds / 60)} 分鐘` : seconds > 10 ? `${num(seconds)} 秒` : '幾秒'),
  stay: '保持登入',
  signOut: '登出',
  errors,
};

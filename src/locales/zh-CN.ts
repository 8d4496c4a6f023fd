// `riffyn-login-kit/locales/zh-CN`: Simplified Chinese (简体中文), concise UI style, full-width
// punctuation, a space between Chinese and Latin letters or digits. Chinese has no plural forms.
// Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

/** Whole minutes from a minute up (callers round up above one), else seconds: "2 分钟", "45 秒". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} 分钟` : `${seconds} 秒`);

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': '请检查标出的字段，然后重试。',
    'invalid-credentials': '用户名和密码不匹配，请重试。',
    forbidden: '此账号无权登录。请联系 Riffyn 管理员。',
    'locked-out': '尝试次数过多，此账号已被锁定。请稍后再试，或请 Riffyn 管理员解锁。',
    'password-expired': '密码已过期。请先在 Riffyn 中修改密码，再用新密码在此登录。',
    'mfa-enroll': '此账号需要先设置第二步验证。请直接登录 Riffyn 进行设置。',
    'invalid-passcode': '验证码无效。请输入最新的验证码。',
    'mfa-expired': '此步骤在密码通过验证几分钟后失效。请重新登录。',
    'no-mfa-factor': '需要进行第二步验证，但尚未设置任何验证方式。请联系 Riffyn 管理员。',
    'session-expired': '会话已结束，请重新登录。',
    'rate-limited': '尝试次数过多。',
    conflict: '该名称已被使用，请换一个。',
    server: 'Riffyn 服务器出现问题，请一分钟后重试。',
    network: '无法连接 Riffyn 服务器。请检查网络连接，然后重试。',
    timeout: 'Riffyn 服务器响应超时，请重试。',
    malformed: 'Riffyn 服务器返回了此页面无法识别的响应，请稍后重试。',
    aborted: '请求已取消。',
    internal: '此页面出错了。请刷新页面后重试。',
  },
  retryIn: (seconds) => `请在 ${duration(seconds)}后重试。`,
  waitAsked: (seconds) => `Riffyn 要求等待 ${duration(seconds)}。`,
  retryLater: '请等待一分钟后再试。',
  received: (status) => `（服务器返回“${status}”。）`,
  serverSaid: '服务器消息：',
  stepNotLoaded: '下一步未能加载。请检查网络连接，然后重试。',
  tryAgain: '重试',
};

/** Every string of the kit in Simplified Chinese. Pass it as `messages`; change a few with `withOverrides`. */
export const zhCN: AuthMessages = {
  loginForm: {
    heading: '登录 Riffyn',
    usernameLabel: '用户名',
    passwordLabel: '密码',
    submit: '登录',
    submitPending: '正在登录…',
    retryReady: '现在可以重新登录了。',
    showPassword: '显示密码',
    capsLockOn: '大写锁定已开启。',
    usernameRequired: '请输入用户名。',
    usernameHasColon: '用户名不能包含冒号（:）。登录时用户名和密码以冒号连接后发送，请删除冒号。',
    usernameTooLong: '用户名最多 256 个字符。请检查粘贴的内容。',
    usernameHasControl: '用户名中含有不可见的控制字符，请重新输入。',
    usernameHasBrokenCharacter: '用户名中含有损坏的字符（半个表情符号或符号），请重新输入。',
    passwordRequired: '请输入密码。',
    passwordTooLong: '密码最多 1024 个字符。请检查粘贴的内容。',
    passwordHasControl: '密码中含有不可见的控制字符，请重新输入。',
    passwordHasBrokenCharacter: '密码中含有损坏的字符（半个表情符号或符号），请重新输入。',
    errors,
  },
  mfa: {
    heading: '验证身份',
    signingInAs: (username) => `正在以 ${username} 的身份登录`,
    chooseFactor: '选择验证方式',
    chooseFactorFirst: '请先选择验证方式。',
    otherFactors: '其他验证方式在此处不可用',
    noUsableFactor: '现有的验证方式均无法在此提供可输入的验证码。请设置身份验证器应用，或联系 Riffyn 管理员。',
    usingFactor: (label, hint) => `验证方式：${label}${hint ? `（${hint}）` : ''}`,
    factorLabels: {
      totp: '身份验证器应用',
      push: 'Okta Verify 推送',
      sms: '短信',
      call: '语音电话',
      email: '电子邮件',
      hardware: '硬件令牌',
      other: () => '其他验证方式',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6 位验证码',
    codeLabelAnyLength: '验证码',
    codeHints: {
      totp: '请输入身份验证器应用中的验证码。',
      hardware: '请输入硬件令牌上显示的验证码。',
      other: '请输入验证码。',
    },
    sentWhenComplete: '输入完 6 位数字后将自动提交。',
    codeIncomplete: '请输入完整的 6 位验证码。',
    codeTooShort: '请输入完整的验证码：至少 6 位。',
    verify: '验证',
    verifying: '正在验证…',
    checking: '正在核对验证码…',
    expiresIn: (seconds) => `输入验证码的剩余时间：${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? '输入验证码的剩余时间已不足 1 分钟。'
        : seconds < 90
          ? '输入验证码的剩余时间约为 1 分钟。'
          : `输入验证码的剩余时间约为 ${Math.round(seconds / 60)} 分钟。`,
    timeWarningAction: '如需更多时间，请选择“延长时间”，已输入的内容会保留。',
    moreTime: '延长时间',
    gettingMoreTime: '正在延长时间…',
    timeExtended: (seconds) => `已延长时间：现在还有 ${duration(seconds)}可以输入验证码。`,
    clockSkew: (seconds, deviceBehind) =>
      `此设备的时钟比服务器${deviceBehind ? '慢' : '快'} ${seconds} 秒。` +
      '此设备上生成的验证码可能会被拒绝，请将日期和时间设为自动更新。',
    restart: '重新开始',
    expiredHeading: '验证已超时',
    errors,
  },
  apiKey: {
    shown: {
      heading: '保存 API 密钥',
      onceWarning: '此密钥仅显示一次，请立即妥善保存。',
      signedInAs: (username) => `已登录：${username}`,
      keyLabel: 'API 密钥',
      maskedDescription: (prefix) => `已隐藏。${prefix && `以 ${prefix} 开头。`}`,
      reveal: '显示密钥',
      copy: '复制',
      copied: '已复制到剪贴板。',
      copyFailed: '浏览器不允许复制。请选择“显示密钥”后手动复制。',
      download: '下载为',
      downloadAs: { env: '下载为 .env', txt: '下载为 .txt' },
      downloaded: (fileName) => `已将 ${fileName} 交给浏览器下载。请确认文件已保存，并将其放在安全的地方。`,
      keyName: '密钥名称：',
      renameToggle: '重命名密钥',
      confirm: '我已妥善保存此密钥',
      confirmRequired: '请先确认您已保存此密钥：它不会再次显示。',
      done: '完成',
    },
    rename: {
      label: '密钥名称',
      submit: '重命名',
      pending: '正在重命名…',
      renamed: (name) => `已重命名为 ${name}。`,
      required: '请输入密钥名称。',
      tooLong: (maxLength) => `名称最多 ${maxLength} 个字符。`,
      unchanged: '密钥已是这个名称，请输入其他名称。',
    },
    acknowledged: {
      heading: 'API 密钥已保存',
      body: (name) => `密钥 ${name} 已保存，不会再次显示。`,
    },
    none: {
      heading: '已有 API 密钥',
      body: 'Riffyn 的密钥只显示一次，因此没有需要保存的新密钥。',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: '如需查看、重命名或撤销密钥，请在 Riffyn 中打开“Security Settings”。',
      manageLink: '打开“Security Settings”',
    },
    continue: '继续',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': '会话已结束，无法重命名密钥。请先保存密钥：它不会再次显示。',
        forbidden: '此账号无权重命名密钥，但仍可保存密钥。',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={zhCNSessionTimeout} />`. */
export const zhCNSessionTimeout: SessionTimeoutMessages = {
  heading: '会话即将结束',
  body: (timeLeft) => `为了您的账户安全，系统将在 ${timeLeft}后退出登录。如需继续工作，请保持登录。`,
  timeLeft: (seconds) => (seconds >= 60 ? `${seconds / 60} 分钟` : seconds > 10 ? `${seconds} 秒` : '几秒钟'),
  stay: '保持登录',
  signOut: '退出登录',
  errors,
};

// `riffyn-login-kit/locales/ja`: Japanese (日本語), polite です/ます UI style, full-width
// punctuation. Japanese has no plural forms. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

/** Whole minutes from a minute up (callers round up above one), else seconds: "2分", "45秒". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60}分` : `${seconds}秒`);

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': '強調表示された項目を確認して、もう一度お試しください。',
    'invalid-credentials': 'ユーザー名またはパスワードが正しくありません。もう一度お試しください。',
    forbidden: 'このアカウントはサインインを許可されていません。Riffynの管理者にお問い合わせください。',
    'locked-out': '試行回数が多すぎるため、このアカウントはロックされています。しばらく待つか、Riffynの管理者にロックの解除を依頼してください。',
    'password-expired': 'パスワードの有効期限が切れています。Riffynでパスワードを変更してから、新しいパスワードでこちらにサインインしてください。',
    'mfa-enroll': 'このアカウントでは、先に2段階目の認証を設定する必要があります。Riffyn本体にサインインして設定してください。',
    'invalid-passcode': 'このコードは使用できませんでした。最新のコードを入力してください。',
    'mfa-expired': 'この手順は、パスワードの確認から数分で期限切れになります。もう一度最初からサインインしてください。',
    'no-mfa-factor': '2段階目の認証が必要ですが、認証方法が設定されていません。Riffynの管理者にお問い合わせください。',
    'session-expired': 'セッションの有効期限が切れました。もう一度サインインしてください。',
    'rate-limited': '試行回数が多すぎます。',
    conflict: 'この名前は既に使われています。別の名前を選んでください。',
    server: 'Riffynサーバーで問題が発生しました。1分ほどしてから、もう一度お試しください。',
    network: 'Riffynサーバーに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。',
    timeout: 'Riffynサーバーからの応答に時間がかかりすぎています。もう一度お試しください。',
    malformed: 'Riffynサーバーから、このページで処理できない応答が返されました。しばらくしてから、もう一度お試しください。',
    aborted: 'リクエストはキャンセルされました。',
    internal: 'このページで問題が発生しました。ページを再読み込みして、もう一度お試しください。',
  },
  retryIn: (seconds) => `${duration(seconds)}後にもう一度お試しください。`,
  waitAsked: (seconds) => `Riffynから${duration(seconds)}待つよう求められています。`,
  retryLater: '1分ほど待ってから、もう一度お試しください。',
  received: (status) => `（応答：「${status}」）`,
  serverSaid: 'サーバーからのメッセージ：',
  stepNotLoaded: '次のステップを読み込めませんでした。接続を確認して、もう一度お試しください。',
  tryAgain: '再試行',
};

/** Every string of the kit in Japanese. Pass it as `messages`; change a few with `withOverrides`. */
export const ja: AuthMessages = {
  loginForm: {
    heading: 'Riffynにサインイン',
    usernameLabel: 'ユーザー名',
    passwordLabel: 'パスワード',
    submit: 'サインイン',
    submitPending: 'サインインしています…',
    retryReady: 'もう一度サインインできるようになりました。',
    showPassword: 'パスワードを表示',
    capsLockOn: 'Caps Lockがオンになっています。',
    usernameRequired: 'ユーザー名を入力してください。',
    usernameHasColon:
      'ユーザー名にコロン（:）は使えません。サインイン時にはユーザー名とパスワードをコロンでつないで送信するため、コロンを削除してください。',
    usernameTooLong: 'ユーザー名は256文字以内です。貼り付けた内容を確認してください。',
    usernameHasControl: 'ユーザー名に目に見えない制御文字が含まれています。もう一度入力してください。',
    usernameHasBrokenCharacter: 'ユーザー名に壊れた文字（絵文字や記号の半分）が含まれています。もう一度入力してください。',
    passwordRequired: 'パスワードを入力してください。',
    passwordTooLong: 'パスワードは1024文字以内です。貼り付けた内容を確認してください。',
    passwordHasControl: 'パスワードに目に見えない制御文字が含まれています。もう一度入力してください。',
    passwordHasBrokenCharacter: 'パスワードに壊れた文字（絵文字や記号の半分）が含まれています。もう一度入力してください。',
    errors,
  },
  mfa: {
    heading: '本人確認',
    signingInAs: (username) => `サインイン中のユーザー：${username}`,
    chooseFactor: '確認方法を選択してください',
    chooseFactorFirst: '先に確認方法を選択してください。',
    otherFactors: 'その他の方法はここでは使用できません',
    noUsableFactor:
      'ここで入力できるコードを発行する確認方法がありません。認証アプリを設定するか、Riffynの管理者にお問い合わせください。',
    usingFactor: (label, hint) => `確認方法：${label}${hint ? `（${hint}）` : ''}`,
    factorLabels: {
      totp: '認証アプリ',
      push: 'Okta Verifyのプッシュ通知',
      sms: 'SMS',
      call: '音声通話',
      email: 'メール',
      hardware: 'ハードウェアトークン',
      other: () => 'その他の確認方法',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6桁のコード',
    codeLabelAnyLength: '確認コード',
    codeHints: {
      totp: '認証アプリに表示されたコードを入力してください。',
      hardware: 'ハードウェアトークンに表示されているコードを入力してください。',
      other: '確認コードを入力してください。',
    },
    sentWhenComplete: '6桁すべてを入力すると自動的に送信されます。',
    codeIncomplete: 'コードを6桁すべて入力してください。',
    codeTooShort: 'コードをすべて入力してください（6桁以上）。',
    verify: '確認',
    verifying: '確認しています…',
    checking: 'コードを確認しています…',
    expiresIn: (seconds) => `コードの入力期限まであと${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'コードの入力期限まで1分を切りました。'
        : seconds < 90
          ? 'コードの入力期限まであと約1分です。'
          : `コードの入力期限まであと約${Math.round(seconds / 60)}分です。`,
    timeWarningAction: '時間が足りない場合は「時間を延長」を選んでください。入力した内容はそのまま残ります。',
    moreTime: '時間を延長',
    gettingMoreTime: '時間を延長しています…',
    timeExtended: (seconds) => `時間を延長しました。コードの入力期限まであと${duration(seconds)}です。`,
    clockSkew: (seconds, deviceBehind) =>
      `このデバイスの時計はサーバーより${seconds}秒${deviceBehind ? '遅れて' : '進んで'}います。` +
      'このデバイスで生成した認証コードは拒否される場合があります。日付と時刻が自動で設定されるようにしてください。',
    restart: '最初からやり直す',
    expiredHeading: '確認の有効期限が切れました',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'APIキーを保存してください',
      onceWarning: 'このキーは一度しか表示されません。今すぐ安全な場所に保存してください。',
      signedInAs: (username) => `サインイン中：${username}`,
      keyLabel: 'APIキー',
      maskedDescription: (prefix) => `非表示。${prefix && `${prefix}で始まります。`}`,
      reveal: 'キーを表示',
      copy: 'コピー',
      copied: 'クリップボードにコピーしました。',
      copyFailed: 'ブラウザーでコピーが許可されませんでした。「キーを表示」を選んで、手動でコピーしてください。',
      download: 'ダウンロード形式',
      downloadAs: { env: '.env 形式でダウンロード', txt: '.txt 形式でダウンロード' },
      downloaded: (fileName) => `${fileName} をダウンロードに渡しました。保存されたことを確認し、安全な場所に保管してください。`,
      keyName: 'キーの名前：',
      renameToggle: 'キーの名前を変更',
      confirm: 'このキーを安全な場所に保存しました',
      confirmRequired: '先にキーを保存したことを確認してください。キーは二度と表示されません。',
      done: '完了',
    },
    rename: {
      label: 'キーの名前',
      submit: '名前を変更',
      pending: '名前を変更しています…',
      renamed: (name) => `名前を「${name}」に変更しました。`,
      required: 'キーの名前を入力してください。',
      tooLong: (maxLength) => `${maxLength}文字以内で入力してください。`,
      unchanged: 'キーには既にこの名前が付いています。別の名前を入力してください。',
    },
    acknowledged: {
      heading: 'APIキーを保存しました',
      body: (name) => `キー「${name}」は保存済みです。今後は表示されません。`,
    },
    none: {
      heading: 'APIキーは既に発行されています',
      body: 'Riffynのキーは一度しか表示されないため、保存する新しいキーはありません。',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'キーの確認、名前の変更、無効化は、Riffynの「Security Settings」で行えます。',
      manageLink: '「Security Settings」を開く',
    },
    continue: '続行',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'セッションの有効期限が切れたため、キーの名前を変更できません。キーは二度と表示されないので、先に保存してください。',
        forbidden: 'このアカウントにはキーの名前を変更する権限がありません。キーの保存はできます。',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={jaSessionTimeout} />`. */
export const jaSessionTimeout: SessionTimeoutMessages = {
  heading: 'まもなくセッションが終了します',
  body: (timeLeft) => `セキュリティのため、${timeLeft}後にサインアウトされます。作業を続けるには、サインインしたままにしてください。`,
  timeLeft: (seconds) => (seconds >= 60 ? `${seconds / 60}分` : seconds > 10 ? `${seconds}秒` : '数秒'),
  stay: 'サインインしたままにする',
  signOut: 'サインアウト',
  errors,
};

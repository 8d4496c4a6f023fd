// `riffyn-login-kit/locales/tr`: Turkish (Türkçe), the polite "-in" imperative of Turkish
// software. A noun after a number stays singular ("5 dakika"); numbers through Intl.NumberFormat.
// Suffixes after a placeholder are written with an apostrophe, as Turkish does for names
// (the kit cannot know the vowel harmony of a name). Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const num = (n: number) => new Intl.NumberFormat('tr').format(n);
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 dakika", "45 saniye". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${num(seconds / 60)} dakika` : `${num(seconds)} saniye`);

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'İşaretli alanları kontrol edip tekrar deneyin.',
    'invalid-credentials': 'Kullanıcı adı ve parola eşleşmiyor. Tekrar deneyin.',
    forbidden: 'Bu hesabın oturum açmasına izin verilmiyor. Riffyn yöneticinize başvurun.',
    'locked-out': 'Bu hesap çok fazla denemeden sonra kilitlendi. Bekleyin ya da Riffyn yöneticinizden kilidi açmasını isteyin.',
    'password-expired': 'Parolanızın süresi doldu. Parolanızı Riffyn’de değiştirin, ardından yenisiyle burada oturum açın.',
    'mfa-enroll': 'Hesabınız için önce ikinci bir oturum açma adımı kurulmalı. Kurmak için doğrudan Riffyn’de oturum açın.',
    'invalid-passcode': 'Bu kod işe yaramadı. En yeni kodu girin.',
    'mfa-expired': 'Bu adım, parolanız kabul edildikten birkaç dakika sonra sona erer. Oturum açmaya baştan başlayın.',
    'no-mfa-factor': 'İkinci bir adım gerekiyor ancak hiçbir doğrulama yöntemi kurulmamış. Riffyn yöneticinize başvurun.',
    'session-expired': 'Oturumunuz sona erdi. Tekrar oturum açın.',
    'rate-limited': 'Çok fazla deneme yapıldı.',
    conflict: 'Bu ad zaten kullanılıyor. Başka bir ad seçin.',
    server: 'Riffyn sunucusunda bir sorun oluştu. Bir dakika sonra tekrar deneyin.',
    network: 'Riffyn sunucusuna ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    timeout: 'Riffyn sunucusunun yanıt vermesi çok uzun sürdü. Tekrar deneyin.',
    malformed: 'Riffyn sunucusu bu sayfanın anlamadığı bir yanıt gönderdi. Daha sonra tekrar deneyin.',
    aborted: 'İstek iptal edildi.',
    internal: 'Bu sayfada bir şeyler ters gitti. Sayfayı yenileyip tekrar deneyin.',
  },
  retryIn: (seconds) => `${duration(seconds)} sonra tekrar deneyin.`,
  waitAsked: (seconds) => `Riffyn ${duration(seconds)} beklemenizi istedi.`,
  retryLater: 'Tekrar denemeden önce bir dakika bekleyin.',
  received: (status) => `(Yanıt: “${status}”)`,
  serverSaid: 'Sunucunun iletisi:',
  stepNotLoaded: 'Sonraki adım yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.',
  tryAgain: 'Yeniden dene',
};

/** Every string of the kit in Turkish. Pass it as `messages`; change a few with `withOverrides`. */
export const tr: AuthMessages = {
  loginForm: {
    heading: 'Riffyn’de oturum açın',
    usernameLabel: 'Kullanıcı adı',
    passwordLabel: 'Parola',
    submit: 'Oturum aç',
    submitPending: 'Oturum açılıyor…',
    retryReady: 'Şimdi tekrar oturum açmayı deneyebilirsiniz.',
    showPassword: 'Parolayı göster',
    capsLockOn: 'Caps Lock açık.',
    usernameRequired: 'Kullanıcı adınızı girin.',
    usernameHasColon:
      'Kullanıcı adı iki nokta (:) içeremez. Oturum açarken kullanıcı adı ve parola iki noktayla birleştirilerek gönderilir; bu yüzden onu silin.',
    usernameTooLong: 'Kullanıcı adı en fazla 256 karakterdir. Yapıştırılan metni kontrol edin.',
    usernameHasControl: 'Kullanıcı adı görünmeyen bir denetim karakteri içeriyor. Yeniden yazın.',
    usernameHasBrokenCharacter: 'Kullanıcı adı bozuk bir karakter (bir emojinin ya da simgenin yarısı) içeriyor. Yeniden yazın.',
    passwordRequired: 'Parolanızı girin.',
    passwordTooLong: 'Parola en fazla 1024 karakterdir. Yapıştırılan metni kontrol edin.',
    passwordHasControl: 'Parola görünmeyen bir denetim karakteri içeriyor. Yeniden yazın.',
    passwordHasBrokenCharacter: 'Parola bozuk bir karakter (bir emojinin ya da simgenin yarısı) içeriyor. Yeniden yazın.',
    errors,
  },
  mfa: {
    heading: 'Kimliğinizi doğrulayın',
    signingInAs: (username) => `Oturum açan: ${username}`,
    chooseFactor: 'Doğrulama yöntemini seçin',
    chooseFactorFirst: 'Önce bir doğrulama yöntemi seçin.',
    otherFactors: 'Diğer yöntemler burada kullanılamıyor',
    noUsableFactor:
      'Doğrulama yöntemlerinizin hiçbiri burada yazılacak bir kod vermiyor. Bir kimlik doğrulama uygulaması kurun ya da Riffyn yöneticinize başvurun.',
    usingFactor: (label, hint) => `Doğrulama yöntemi: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Kimlik doğrulama uygulaması',
      push: 'Okta Verify bildirimi',
      sms: 'SMS',
      call: 'Sesli arama',
      email: 'E-posta',
      hardware: 'Donanım anahtarı',
      other: () => 'Başka bir doğrulama yöntemi',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: '6 haneli kod',
    codeLabelAnyLength: 'Doğrulama kodu',
    codeHints: {
      totp: 'Kimlik doğrulama uygulamanızdaki kodu girin.',
      hardware: 'Donanım anahtarınızdaki kodu girin.',
      other: 'Doğrulama kodunu girin.',
    },
    sentWhenComplete: '6 hanenin tamamı girilince hemen gönderilir.',
    codeIncomplete: 'Kodun 6 hanesinin tamamını girin.',
    codeTooShort: 'Kodun tamamını girin: en az 6 hane.',
    verify: 'Doğrula',
    verifying: 'Doğrulanıyor…',
    checking: 'Kodunuz kontrol ediliyor…',
    expiresIn: (seconds) => `Kodu girmek için kalan süre: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Kodunuzu girmek için bir dakikadan az kaldı.'
        : seconds < 90
          ? 'Kodunuzu girmek için yaklaşık 1 dakika kaldı.'
          : `Kodunuzu girmek için yaklaşık ${num(Math.round(seconds / 60))} dakika kaldı.`,
    timeWarningAction: 'Daha uzun süre gerekiyorsa “Ek süre”yi seçin: yazdıklarınız kalır.',
    moreTime: 'Ek süre',
    gettingMoreTime: 'Ek süre isteniyor…',
    timeExtended: (seconds) => `Ek süre verildi: kodu girmek için artık ${duration(seconds)} süreniz var.`,
    clockSkew: (seconds, deviceBehind) =>
      `Bu cihazın saati sunucunun saatinden ${num(seconds)} saniye ${deviceBehind ? 'geride' : 'ileride'}. ` +
      'Bu cihazda üretilen doğrulama kodları reddedilebilir: tarih ve saatin otomatik ayarlanmasını açın.',
    restart: 'Baştan başla',
    expiredHeading: 'Doğrulama süresi doldu',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'API anahtarınızı kaydedin',
      onceWarning: 'Bu anahtar yalnızca bir kez gösterilir. Şimdi güvenli bir yere kaydedin.',
      signedInAs: (username) => `Oturum açan: ${username}`,
      keyLabel: 'API anahtarı',
      maskedDescription: (prefix) => `Gizli.${prefix && ` Başı: ${prefix}.`}`,
      reveal: 'Anahtarı göster',
      copy: 'Kopyala',
      copied: 'Panoya kopyalandı.',
      copyFailed: 'Tarayıcı kopyalamaya izin vermedi. “Anahtarı göster”i seçip kendiniz kopyalayın.',
      download: 'Şu biçimde indir:',
      downloadAs: { env: '.env olarak indir', txt: '.txt olarak indir' },
      downloaded: (fileName) => `${fileName} dosyası indirilenlere gönderildi. Orada olduğunu kontrol edin, sonra güvenli bir yerde saklayın.`,
      keyName: 'Anahtar adı:',
      renameToggle: 'Anahtarı yeniden adlandır',
      confirm: 'Bu anahtarı güvenli bir yere kaydettim',
      confirmRequired: 'Önce anahtarı kaydettiğinizi onaylayın: bir daha gösterilmeyecek.',
      done: 'Bitti',
    },
    rename: {
      label: 'Anahtar adı',
      submit: 'Yeniden adlandır',
      pending: 'Yeniden adlandırılıyor…',
      renamed: (name) => `Yeni ad: ${name}.`,
      required: 'Anahtar için bir ad girin.',
      tooLong: (maxLength) => `En fazla ${num(maxLength)} karakter kullanın.`,
      unchanged: 'Anahtarın adı zaten bu. Farklı bir ad girin.',
    },
    acknowledged: {
      heading: 'API anahtarı kaydedildi',
      body: (name) => `Anahtarınız kaydedildi (${name}); bir daha gösterilmeyecek.`,
    },
    none: {
      heading: 'Zaten bir API anahtarınız var',
      body: 'Riffyn bir anahtarı yalnızca bir kez gösterir; bu yüzden kaydedilecek yeni bir anahtar yok.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Anahtarlarınızı görmek, yeniden adlandırmak ya da iptal etmek için Riffyn’de “Security Settings”i açın.',
      manageLink: '“Security Settings”i aç',
    },
    continue: 'Devam',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'Oturumunuz sona erdiği için anahtar yeniden adlandırılamıyor. Önce anahtarı kaydedin: bir daha gösterilmeyecek.',
        forbidden: 'Bu hesap anahtarları yeniden adlandıramaz. Anahtarı yine de kaydedebilirsiniz.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={trSessionTimeout} />`. */
export const trSessionTimeout: SessionTimeoutMessages = {
  heading: 'Oturumunuz sona ermek üzere',
  body: (timeLeft) => `Güvenliğiniz için ${timeLeft} sonra oturumunuz kapatılacak. Çalışmaya devam etmek için oturumunuzu açık tutun.`,
  timeLeft: (seconds) => (seconds >= 60 ? `${num(seconds / 60)} dakika` : seconds > 10 ? `${num(seconds)} saniye` : 'birkaç saniye'),
  stay: 'Oturumu açık tut',
  signOut: 'Oturumu kapat',
  errors,
};

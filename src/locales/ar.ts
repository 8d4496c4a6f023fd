// `riffyn-login-kit/locales/ar`: Arabic (العربية), Modern Standard Arabic as software speaks it,
// imperative addressed to the user. Right to left: every step carries `dir: 'rtl'`. Counted nouns
// follow Arabic's six plural forms (Intl.PluralRules), in the case the sentence needs (after
// "خلال", "بعد", "لمدة": genitive duals). Numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const dir = 'rtl';
type Forms = Record<Intl.LDMLPluralRule, string>;
/** `#` in a form is the number, written as Arabic writes it here. */
const count = (n: number, forms: Forms) => forms[new Intl.PluralRules('ar').select(n)].replace('#', new Intl.NumberFormat('ar').format(n));
const SECONDS: Forms = { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' };
const MINUTES: Forms = { zero: '# دقيقة', one: 'دقيقة واحدة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' };
const CHARACTERS: Forms = { zero: '# حرف', one: 'حرفًا واحدًا', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' };
/** Whole minutes from a minute up (callers round up above one), else seconds: "دقيقتين", "45 ثانية". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, MINUTES) : count(seconds, SECONDS));

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'تحقّق من الحقول المميّزة وحاول مرة أخرى.',
    'invalid-credentials': 'اسم المستخدم وكلمة المرور غير متطابقين. حاول مرة أخرى.',
    forbidden: 'لا يُسمح لهذا الحساب بتسجيل الدخول. تواصل مع مسؤول Riffyn لديك.',
    'locked-out': 'هذا الحساب مقفل بعد محاولات كثيرة جدًا. انتظر قليلًا، أو اطلب من مسؤول Riffyn لديك فتحه.',
    'password-expired': 'انتهت صلاحية كلمة المرور. غيّرها في Riffyn، ثم سجّل الدخول هنا بكلمة المرور الجديدة.',
    'mfa-enroll': 'يجب أولًا إعداد خطوة ثانية لتسجيل الدخول إلى حسابك. سجّل الدخول إلى Riffyn نفسه لإعدادها.',
    'invalid-passcode': 'لم ينجح هذا الرمز. أدخل أحدث رمز.',
    'mfa-expired': 'تنتهي هذه الخطوة بعد دقائق قليلة من قبول كلمة المرور. ابدأ تسجيل الدخول من جديد.',
    'no-mfa-factor': 'الخطوة الثانية مطلوبة، لكن لم تُعدّ أي طريقة للتحقق. تواصل مع مسؤول Riffyn لديك.',
    'session-expired': 'انتهت جلستك. سجّل الدخول مرة أخرى.',
    'rate-limited': 'محاولات كثيرة جدًا.',
    conflict: 'هذا الاسم مستخدم بالفعل. اختر اسمًا آخر.',
    server: 'حدثت مشكلة في خادم Riffyn. حاول مرة أخرى بعد دقيقة.',
    network: 'تعذّر الوصول إلى خادم Riffyn. تحقّق من اتصالك وحاول مرة أخرى.',
    timeout: 'استغرق خادم Riffyn وقتًا طويلًا في الرد. حاول مرة أخرى.',
    malformed: 'أرسل خادم Riffyn ردًا لا تفهمه هذه الصفحة. حاول مرة أخرى لاحقًا.',
    aborted: 'أُلغي الطلب.',
    internal: 'حدث خطأ في هذه الصفحة. أعد تحميلها وحاول مرة أخرى.',
  },
  retryIn: (seconds) => `حاول مرة أخرى بعد ${duration(seconds)}.`,
  waitAsked: (seconds) => `طلب Riffyn الانتظار لمدة ${duration(seconds)}.`,
  retryLater: 'انتظر دقيقة قبل أن تحاول مرة أخرى.',
  received: (status) => `(كان الرد: «${status}»)`,
  serverSaid: 'رسالة الخادم:',
  stepNotLoaded: 'لم تُحمَّل الخطوة التالية. تحقّق من اتصالك، ثم حاول مرة أخرى.',
  tryAgain: 'حاول مرة أخرى',
};

/** Every string of the kit in Arabic. Pass it as `messages`; change a few with `withOverrides`. */
export const ar: AuthMessages = {
  loginForm: {
    dir,
    heading: 'تسجيل الدخول إلى Riffyn',
    usernameLabel: 'اسم المستخدم',
    passwordLabel: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    submitPending: 'جارٍ تسجيل الدخول…',
    retryReady: 'يمكنك محاولة تسجيل الدخول مرة أخرى الآن.',
    showPassword: 'إظهار كلمة المرور',
    capsLockOn: 'مفتاح Caps Lock مفعّل.',
    usernameRequired: 'أدخل اسم المستخدم.',
    usernameHasColon:
      'لا يمكن أن يحتوي اسم المستخدم على النقطتين (:)، لأن تسجيل الدخول يرسل اسم المستخدم وكلمة المرور مفصولين بهما. احذفهما.',
    usernameTooLong: 'لا يتجاوز اسم المستخدم 256 حرفًا. تحقّق مما لصقته.',
    usernameHasControl: 'يحتوي اسم المستخدم على حرف تحكّم غير مرئي. اكتبه مرة أخرى.',
    usernameHasBrokenCharacter: 'يحتوي اسم المستخدم على حرف تالف (نصف رمز تعبيري أو رمز). اكتبه مرة أخرى.',
    passwordRequired: 'أدخل كلمة المرور.',
    passwordTooLong: 'لا تتجاوز كلمة المرور 1024 حرفًا. تحقّق مما لصقته.',
    passwordHasControl: 'تحتوي كلمة المرور على حرف تحكّم غير مرئي. اكتبها مرة أخرى.',
    passwordHasBrokenCharacter: 'تحتوي كلمة المرور على حرف تالف (نصف رمز تعبيري أو رمز). اكتبها مرة أخرى.',
    errors,
  },
  mfa: {
    dir,
    heading: 'تحقّق من هويتك',
    signingInAs: (username) => `تسجيل الدخول باسم ${username}`,
    chooseFactor: 'اختر طريقة التحقق',
    chooseFactorFirst: 'اختر طريقة للتحقق أولًا.',
    otherFactors: 'الطرق الأخرى غير متاحة هنا',
    noUsableFactor:
      'لا توجد بين طرق التحقق لديك طريقة تعطي رمزًا يُكتب هنا. أعدّ تطبيقًا للمصادقة، أو تواصل مع مسؤول Riffyn لديك.',
    // The vendor's Latin name isolated and kept on one line: split across lines, or left to the
    // right-to-left run, its brackets land on the wrong words.
    usingFactor: (label, hint) => `طريقة التحقق: ${label}${hint ? ` (\u2068${hint.replaceAll(' ', '\u00a0')}\u2069)` : ''}`,
    factorLabels: {
      totp: 'تطبيق المصادقة',
      push: 'إشعار Okta Verify',
      sms: 'رسالة نصية',
      call: 'مكالمة صوتية',
      email: 'البريد الإلكتروني',
      hardware: 'مفتاح أمان مادي',
      other: () => 'طريقة تحقق أخرى',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'رمز من 6 أرقام',
    codeLabelAnyLength: 'رمز التحقق',
    codeHints: {
      totp: 'أدخل الرمز من تطبيق المصادقة.',
      hardware: 'أدخل الرمز الظاهر على مفتاح الأمان.',
      other: 'أدخل رمز التحقق.',
    },
    sentWhenComplete: 'يُرسَل الرمز فور إدخال أرقامه الستة كلها.',
    codeIncomplete: 'أدخل أرقام الرمز الستة كلها.',
    codeTooShort: 'أدخل الرمز كاملًا: 6 أرقام على الأقل.',
    verify: 'تحقّق',
    verifying: 'جارٍ التحقق…',
    checking: 'جارٍ التحقق من الرمز…',
    expiresIn: (seconds) => `أدخل الرمز خلال ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'بقي أقل من دقيقة لإدخال الرمز.'
        : seconds < 90
          ? 'بقيت دقيقة واحدة تقريبًا لإدخال الرمز.'
          : `بقي نحو ${count(Math.round(seconds / 60), MINUTES)} لإدخال الرمز.`,
    timeWarningAction: 'اختر «مزيد من الوقت» إن احتجت إلى وقت أطول: ما كتبته يبقى كما هو.',
    moreTime: 'مزيد من الوقت',
    gettingMoreTime: 'جارٍ طلب مزيد من الوقت…',
    timeExtended: (seconds) => `مُنحت وقتًا إضافيًا: أدخل الرمز الآن خلال ${duration(seconds)}.`,
    clockSkew: (seconds, deviceBehind) =>
      `ساعة هذا الجهاز ${deviceBehind ? 'متأخرة' : 'متقدمة'} عن ساعة الخادم بمقدار ${count(seconds, SECONDS)}. ` +
      'قد تُرفض رموز المصادقة المُنشأة عليه: اضبط التاريخ والوقت ليُحدَّثا تلقائيًا.',
    restart: 'البدء من جديد',
    expiredHeading: 'انتهت مهلة التحقق',
    errors,
  },
  apiKey: {
    dir,
    shown: {
      heading: 'احفظ مفتاح API',
      onceWarning: 'يُعرض هذا المفتاح مرة واحدة فقط. احفظه الآن في مكان آمن.',
      signedInAs: (username) => `مسجّل الدخول باسم ${username}`,
      keyLabel: 'مفتاح API',
      maskedDescription: (prefix) => `مخفي.${prefix && ` يبدأ بـ ${prefix}.`}`,
      reveal: 'إظهار المفتاح',
      copy: 'نسخ',
      copied: 'نُسخ إلى الحافظة.',
      copyFailed: 'لم يسمح المتصفح بالنسخ. اختر «إظهار المفتاح» وانسخه بنفسك.',
      download: 'تنزيل بصيغة',
      downloadAs: { env: 'تنزيل بصيغة .env', txt: 'تنزيل بصيغة .txt' },
      downloaded: (fileName) => `أُرسل ${fileName} إلى التنزيلات. تأكّد من وجوده هناك، ثم احفظه في مكان آمن.`,
      keyName: 'اسم المفتاح:',
      renameToggle: 'إعادة تسمية المفتاح',
      confirm: 'حفظت هذا المفتاح في مكان آمن',
      confirmRequired: 'أكّد أولًا أنك حفظت المفتاح: لن يُعرض مرة أخرى.',
      done: 'تم',
    },
    rename: {
      label: 'اسم المفتاح',
      submit: 'إعادة التسمية',
      pending: 'جارٍ إعادة التسمية…',
      renamed: (name) => `أصبح اسمه ${name}.`,
      required: 'أدخل اسمًا للمفتاح.',
      tooLong: (maxLength) => `استخدم ${count(maxLength, CHARACTERS)} على الأكثر.`,
      unchanged: 'هذا هو اسم المفتاح الحالي. أدخل اسمًا مختلفًا.',
    },
    acknowledged: {
      heading: 'حُفظ مفتاح API',
      body: (name) => `مفتاحك ${name} محفوظ، ولن يُعرض مرة أخرى.`,
    },
    none: {
      heading: 'لديك مفتاح API بالفعل',
      body: 'لا يعرض Riffyn المفتاح إلا مرة واحدة، لذا لا يوجد مفتاح جديد لحفظه.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'لعرض مفاتيحك أو إعادة تسميتها أو إلغائها، افتح «Security Settings» في Riffyn.',
      manageLink: 'فتح «Security Settings»',
    },
    continue: 'متابعة',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'انتهت جلستك، لذا لا يمكن إعادة تسمية المفتاح. احفظ المفتاح أولًا: لن يُعرض مرة أخرى.',
        forbidden: 'لا يُسمح لهذا الحساب بإعادة تسمية المفاتيح. لا يزال بإمكانك حفظ المفتاح.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={arSessionTimeout} />`. */
export const arSessionTimeout: SessionTimeoutMessages = {
  dir,
  heading: 'جلستك على وشك الانتهاء',
  body: (timeLeft) => `حفاظًا على أمانك، سيُسجَّل خروجك خلال ${timeLeft}. ابقَ مسجّل الدخول لمواصلة العمل.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, MINUTES) : seconds > 10 ? count(seconds, SECONDS) : 'بضع ثوانٍ'),
  stay: 'البقاء مسجّل الدخول',
  signOut: 'تسجيل الخروج',
  errors,
};

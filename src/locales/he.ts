// `riffyn-login-kit/locales/he`: Hebrew (עברית), in the impersonal "יש ל…" style and plural
// imperatives ("נסו") that Israeli software uses to address everyone alike. Right to left: every
// step carries `dir: 'rtl'`. Counted nouns through Intl.PluralRules (one, two, other), numbers
// through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

const dir = 'rtl';
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** `#` in a form is the number. */
const count = (n: number, forms: Forms) =>
  (forms[new Intl.PluralRules('he').select(n)] ?? forms.other).replace('#', new Intl.NumberFormat('he').format(n));
const SECONDS: Forms = { one: 'שנייה אחת', two: 'שתי שניות', other: '# שניות' };
const MINUTES: Forms = { one: 'דקה אחת', two: 'שתי דקות', other: '# דקות' };
const CHARACTERS: Forms = { one: 'תו אחד', two: 'שני תווים', other: '# תווים' };
/** Whole minutes from a minute up (callers round up above one), else seconds: "שתי דקות", "45 שניות". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, MINUTES) : count(seconds, SECONDS));

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'יש לבדוק את השדות המסומנים ולנסות שוב.',
    'invalid-credentials': 'שם המשתמש והסיסמה אינם תואמים. נסו שוב.',
    forbidden: 'לחשבון הזה אין הרשאה להתחבר. יש לפנות למנהל המערכת של Riffyn.',
    'locked-out': 'החשבון ננעל אחרי ניסיונות רבים מדי. אפשר להמתין, או לבקש ממנהל המערכת של Riffyn לשחרר את הנעילה.',
    'password-expired': 'תוקף הסיסמה פג. יש לשנות אותה ב-Riffyn ואז להתחבר כאן עם הסיסמה החדשה.',
    'mfa-enroll': 'יש להגדיר קודם שלב אימות נוסף לחשבון. כדי להגדיר אותו, יש להתחבר ל-Riffyn עצמה.',
    'invalid-passcode': 'הקוד לא התקבל. יש להזין את הקוד העדכני ביותר.',
    'mfa-expired': 'השלב הזה מסתיים דקות ספורות אחרי שהסיסמה מתקבלת. יש להתחיל את ההתחברות מחדש.',
    'no-mfa-factor': 'נדרש שלב אימות נוסף, אבל לא הוגדרה אף שיטת אימות. יש לפנות למנהל המערכת של Riffyn.',
    'session-expired': 'פג תוקף ההפעלה. יש להתחבר שוב.',
    'rate-limited': 'יותר מדי ניסיונות.',
    conflict: 'השם הזה כבר תפוס. יש לבחור שם אחר.',
    server: 'אירעה תקלה בשרת של Riffyn. נסו שוב בעוד דקה.',
    network: 'אין גישה לשרת של Riffyn. יש לבדוק את החיבור ולנסות שוב.',
    timeout: 'השרת של Riffyn לא ענה בזמן. נסו שוב.',
    malformed: 'השרת של Riffyn שלח תשובה שהדף הזה לא מבין. נסו שוב מאוחר יותר.',
    aborted: 'הבקשה בוטלה.',
    internal: 'משהו השתבש בדף הזה. יש לטעון אותו מחדש ולנסות שוב.',
  },
  retryIn: (seconds) => `נסו שוב בעוד ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn ביקשה להמתין ${duration(seconds)}.`,
  retryLater: 'יש להמתין דקה לפני שמנסים שוב.',
  received: (status) => `(התשובה הייתה: „${status}”)`,
  serverSaid: 'הודעת השרת:',
  stepNotLoaded: 'השלב הבא לא נטען. בדקו את החיבור ונסו שוב.',
  tryAgain: 'נסו שוב',
};

/** Every string of the kit in Hebrew. Pass it as `messages`; change a few with `withOverrides`. */
export const he: AuthMessages = {
  loginForm: {
    dir,
    heading: 'התחברות ל-Riffyn',
    usernameLabel: 'שם משתמש',
    passwordLabel: 'סיסמה',
    submit: 'התחברות',
    submitPending: 'מתחברים…',
    retryReady: 'אפשר לנסות להתחבר שוב עכשיו.',
    showPassword: 'הצגת הסיסמה',
    capsLockOn: 'מקש Caps Lock פועל.',
    usernameRequired: 'יש להזין שם משתמש.',
    usernameHasColon:
      'שם משתמש לא יכול להכיל נקודתיים (:). בהתחברות נשלחים שם המשתמש והסיסמה מחוברים בנקודתיים, ולכן יש להסיר אותן.',
    usernameTooLong: 'שם משתמש מכיל 256 תווים לכל היותר. כדאי לבדוק מה הודבק.',
    usernameHasControl: 'שם המשתמש מכיל תו בקרה בלתי נראה. יש להקליד אותו שוב.',
    usernameHasBrokenCharacter: 'שם המשתמש מכיל תו פגום (חצי של אמוג׳י או סמל). יש להקליד אותו שוב.',
    passwordRequired: 'יש להזין סיסמה.',
    passwordTooLong: 'סיסמה מכילה 1024 תווים לכל היותר. כדאי לבדוק מה הודבק.',
    passwordHasControl: 'הסיסמה מכילה תו בקרה בלתי נראה. יש להקליד אותה שוב.',
    passwordHasBrokenCharacter: 'הסיסמה מכילה תו פגום (חצי של אמוג׳י או סמל). יש להקליד אותה שוב.',
    errors,
  },
  mfa: {
    dir,
    heading: 'אימות זהות',
    signingInAs: (username) => `מתחברים בתור ${username}`,
    chooseFactor: 'בחירת שיטת אימות',
    chooseFactorFirst: 'יש לבחור קודם שיטת אימות.',
    otherFactors: 'שיטות אחרות אינן זמינות כאן',
    noUsableFactor:
      'אף אחת משיטות האימות שלך לא נותנת כאן קוד להקלדה. אפשר להגדיר אפליקציית אימות, או לפנות למנהל המערכת של Riffyn.',
    // The vendor's Latin name isolated and kept on one line: split across lines, or left to the
    // right-to-left run, its brackets land on the wrong words.
    usingFactor: (label, hint) => `שיטת אימות: ${label}${hint ? ` (\u2068${hint.replaceAll(' ', '\u00a0')}\u2069)` : ''}`,
    factorLabels: {
      totp: 'אפליקציית אימות',
      push: 'התראת Okta Verify',
      sms: 'הודעת SMS',
      call: 'שיחה קולית',
      email: 'אימייל',
      hardware: 'אסימון חומרה',
      other: () => 'שיטת אימות אחרת',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'קוד בן 6 ספרות',
    codeLabelAnyLength: 'קוד אימות',
    codeHints: {
      totp: 'הזינו את הקוד מאפליקציית האימות.',
      hardware: 'יש להזין את הקוד שמופיע על אסימון החומרה.',
      other: 'יש להזין את קוד האימות.',
    },
    sentWhenComplete: 'הקוד נשלח מיד כשכל 6 הספרות מוזנות.',
    codeIncomplete: 'יש להזין את כל 6 הספרות של הקוד.',
    codeTooShort: 'יש להזין את הקוד המלא: 6 ספרות לפחות.',
    verify: 'אימות',
    verifying: 'מאמתים…',
    checking: 'הקוד נבדק…',
    expiresIn: (seconds) => `הזמן שנותר להזנת הקוד: ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'נותרה פחות מדקה להזנת הקוד.'
        : seconds < 90
          ? 'נותרה בערך דקה להזנת הקוד.'
          : `נותרו בערך ${count(Math.round(seconds / 60), MINUTES)} להזנת הקוד.`,
    timeWarningAction: 'אם צריך יותר זמן, יש לבחור „עוד זמן”: מה שהוקלד נשמר.',
    moreTime: 'עוד זמן',
    gettingMoreTime: 'מבקשים עוד זמן…',
    timeExtended: (seconds) => `ניתן זמן נוסף: יש לכם עכשיו ${duration(seconds)} להזנת הקוד.`,
    clockSkew: (seconds, deviceBehind) =>
      `השעון של המכשיר הזה ${deviceBehind ? 'מפגר' : 'מקדים'} ב-${count(seconds, SECONDS)} ביחס לשעון השרת. ` +
      'ייתכן שקודי אימות שנוצרים בו יידחו: כדאי להגדיר עדכון אוטומטי של התאריך והשעה.',
    restart: 'להתחיל מחדש',
    expiredHeading: 'הזמן לאימות נגמר',
    errors,
  },
  apiKey: {
    dir,
    shown: {
      heading: 'שמירת מפתח ה-API',
      onceWarning: 'המפתח הזה מוצג פעם אחת בלבד. כדאי לשמור אותו עכשיו במקום בטוח.',
      signedInAs: (username) => `מחובר/ת בתור ${username}`,
      keyLabel: 'מפתח API',
      maskedDescription: (prefix) => `מוסתר.${prefix && ` הוא מתחיל ב-${prefix}.`}`,
      reveal: 'הצגת המפתח',
      copy: 'העתקה',
      copied: 'הועתק ללוח.',
      copyFailed: 'הדפדפן לא אפשר העתקה. יש לבחור „הצגת המפתח” ולהעתיק אותו ידנית.',
      download: 'הורדה כקובץ',
      downloadAs: { env: 'הורדה כקובץ .env', txt: 'הורדה כקובץ .txt' },
      downloaded: (fileName) => `${fileName} נשלח להורדות. כדאי לוודא שהוא שם, ואז לשמור אותו במקום בטוח.`,
      keyName: 'שם המפתח:',
      renameToggle: 'שינוי שם המפתח',
      confirm: 'שמרתי את המפתח הזה במקום בטוח',
      confirmRequired: 'אשרו קודם ששמרתם את המפתח: הוא לא יוצג שוב.',
      done: 'סיום',
    },
    rename: {
      label: 'שם המפתח',
      submit: 'שינוי שם',
      pending: 'משנים את השם…',
      renamed: (name) => `השם שונה ל-${name}.`,
      required: 'יש להזין שם למפתח.',
      tooLong: (maxLength) => `אפשר להשתמש ב-${count(maxLength, CHARACTERS)} לכל היותר.`,
      unchanged: 'זה כבר השם של המפתח. יש להזין שם אחר.',
    },
    acknowledged: {
      heading: 'מפתח ה-API נשמר',
      body: (name) => `המפתח ${name} נשמר; הוא לא יוצג שוב.`,
    },
    none: {
      heading: 'כבר יש לך מפתח API',
      body: 'Riffyn מציגה מפתח פעם אחת בלבד, ולכן אין מפתח חדש לשמור.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'כדי לראות את המפתחות, לשנות את שמם או לבטל אותם, יש לפתוח את „Security Settings” ב-Riffyn.',
      manageLink: 'פתיחת „Security Settings”',
    },
    continue: 'המשך',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'פג תוקף ההפעלה, ולכן אי אפשר לשנות את שם המפתח. כדאי לשמור קודם את המפתח: הוא לא יוצג שוב.',
        forbidden: 'לחשבון הזה אין הרשאה לשנות שמות של מפתחות. עדיין אפשר לשמור את המפתח.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={heSessionTimeout} />`. */
export const heSessionTimeout: SessionTimeoutMessages = {
  dir,
  heading: 'ההפעלה עומדת להסתיים',
  body: (timeLeft) => `מטעמי אבטחה, יתבצע ניתוק בעוד ${timeLeft}. כדי להמשיך לעבוד, יש להישאר מחוברים.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, MINUTES) : seconds > 10 ? count(seconds, SECONDS) : 'כמה שניות'),
  stay: 'להישאר מחוברים',
  signOut: 'התנתקות',
  errors,
};

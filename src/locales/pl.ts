// `riffyn-login-kit/locales/pl`: Polish (polski), the informal imperative of Polish software
// ("Spróbuj ponownie"), no gendered forms. Counted nouns through Intl.PluralRules (one, few,
// many: "1 minutę", "2 minuty", "5 minut"), in the accusative the sentences need ("za", "o");
// numbers through Intl.NumberFormat. Imports nothing at run time.
import type { AuthMessages } from '../i18n/messages.js';
import type { ErrorMessages } from '../i18n/errors.js';
import type { SessionTimeoutMessages } from '../i18n/session-timeout.js';

type Forms = { one: string; few: string; many: string };
const count = (n: number, forms: Forms) => {
  const form = new Intl.PluralRules('pl').select(n);
  return `${new Intl.NumberFormat('pl').format(n)} ${form === 'one' || form === 'few' ? forms[form] : forms.many}`;
};
const SECONDS: Forms = { one: 'sekundę', few: 'sekundy', many: 'sekund' };
const MINUTES: Forms = { one: 'minutę', few: 'minuty', many: 'minut' };
const CHARACTERS: Forms = { one: 'znak', few: 'znaki', many: 'znaków' };
/** Whole minutes from a minute up (callers round up above one), else seconds: "2 minuty", "1 sekundę". */
const duration = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? count(seconds / 60, MINUTES) : count(seconds, SECONDS));

const errors: ErrorMessages = {
  kinds: {
    'invalid-input': 'Sprawdź zaznaczone pola i spróbuj ponownie.',
    'invalid-credentials': 'Nazwa użytkownika i hasło nie pasują do siebie. Spróbuj ponownie.',
    forbidden: 'To konto nie ma uprawnień do logowania. Skontaktuj się z administratorem Riffyn.',
    'locked-out': 'To konto zostało zablokowane po zbyt wielu próbach. Zaczekaj albo poproś administratora Riffyn o odblokowanie.',
    'password-expired': 'Twoje hasło wygasło. Zmień je w Riffyn, a potem zaloguj się tutaj nowym hasłem.',
    'mfa-enroll': 'Na tym koncie trzeba najpierw skonfigurować drugi krok logowania. Zaloguj się bezpośrednio w Riffyn, aby to zrobić.',
    'invalid-passcode': 'Ten kod nie zadziałał. Wpisz najnowszy kod.',
    'mfa-expired': 'Ten krok wygasa kilka minut po zaakceptowaniu hasła. Zacznij logowanie od nowa.',
    'no-mfa-factor': 'Wymagany jest drugi krok, ale nie skonfigurowano żadnej metody weryfikacji. Skontaktuj się z administratorem Riffyn.',
    'session-expired': 'Sesja wygasła. Zaloguj się ponownie.',
    'rate-limited': 'Zbyt wiele prób.',
    conflict: 'Ta nazwa jest już zajęta. Wybierz inną.',
    server: 'Na serwerze Riffyn wystąpił problem. Spróbuj ponownie za minutę.',
    network: 'Nie można połączyć się z serwerem Riffyn. Sprawdź połączenie i spróbuj ponownie.',
    timeout: 'Serwer Riffyn zbyt długo nie odpowiadał. Spróbuj ponownie.',
    malformed: 'Serwer Riffyn wysłał odpowiedź, której ta strona nie rozumie. Spróbuj ponownie później.',
    aborted: 'Żądanie zostało anulowane.',
    internal: 'Na tej stronie coś poszło nie tak. Odśwież ją i spróbuj ponownie.',
  },
  retryIn: (seconds) => `Spróbuj ponownie za ${duration(seconds)}.`,
  waitAsked: (seconds) => `Riffyn prosi, aby odczekać ${duration(seconds)}.`,
  retryLater: 'Odczekaj minutę, zanim spróbujesz ponownie.',
  received: (status) => `(Odpowiedź: „${status}”).`,
  serverSaid: 'Komunikat serwera:',
  stepNotLoaded: 'Nie udało się wczytać następnego kroku. Sprawdź połączenie i spróbuj ponownie.',
  tryAgain: 'Spróbuj ponownie',
};

/** Every string of the kit in Polish. Pass it as `messages`; change a few with `withOverrides`. */
export const pl: AuthMessages = {
  loginForm: {
    heading: 'Zaloguj się do Riffyn',
    usernameLabel: 'Nazwa użytkownika',
    passwordLabel: 'Hasło',
    submit: 'Zaloguj się',
    submitPending: 'Logowanie…',
    retryReady: 'Możesz teraz spróbować zalogować się ponownie.',
    showPassword: 'Pokaż hasło',
    capsLockOn: 'Caps Lock jest włączony.',
    usernameRequired: 'Wpisz nazwę użytkownika.',
    usernameHasColon:
      'Nazwa użytkownika nie może zawierać dwukropka (:). Przy logowaniu nazwa użytkownika i hasło są wysyłane połączone dwukropkiem, więc go usuń.',
    usernameTooLong: 'Nazwa użytkownika może mieć najwyżej 256 znaków. Sprawdź, co zostało wklejone.',
    usernameHasControl: 'Nazwa użytkownika zawiera niewidoczny znak sterujący. Wpisz ją ponownie.',
    usernameHasBrokenCharacter: 'Nazwa użytkownika zawiera uszkodzony znak (połowę emoji lub symbolu). Wpisz ją ponownie.',
    passwordRequired: 'Wpisz hasło.',
    passwordTooLong: 'Hasło może mieć najwyżej 1024 znaki. Sprawdź, co zostało wklejone.',
    passwordHasControl: 'Hasło zawiera niewidoczny znak sterujący. Wpisz je ponownie.',
    passwordHasBrokenCharacter: 'Hasło zawiera uszkodzony znak (połowę emoji lub symbolu). Wpisz je ponownie.',
    errors,
  },
  mfa: {
    heading: 'Potwierdź swoją tożsamość',
    signingInAs: (username) => `Logowanie jako ${username}`,
    chooseFactor: 'Wybierz metodę weryfikacji',
    chooseFactorFirst: 'Najpierw wybierz metodę weryfikacji.',
    otherFactors: 'Inne metody nie są tu dostępne',
    noUsableFactor:
      'Żadna z Twoich metod weryfikacji nie daje tutaj kodu do wpisania. Skonfiguruj aplikację uwierzytelniającą lub skontaktuj się z administratorem Riffyn.',
    usingFactor: (label, hint) => `Metoda weryfikacji: ${label}${hint ? ` (${hint})` : ''}`,
    factorLabels: {
      totp: 'Aplikacja uwierzytelniająca',
      push: 'Powiadomienie push Okta Verify',
      sms: 'SMS',
      call: 'Połączenie głosowe',
      email: 'E-mail',
      hardware: 'Token sprzętowy',
      other: () => 'Inna metoda weryfikacji',
    },
    vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
    codeLabel: 'Kod 6-cyfrowy',
    codeLabelAnyLength: 'Kod weryfikacyjny',
    codeHints: {
      totp: 'Wpisz kod z aplikacji uwierzytelniającej.',
      hardware: 'Wpisz kod z tokenu sprzętowego.',
      other: 'Wpisz kod weryfikacyjny.',
    },
    sentWhenComplete: 'Zostanie wysłany, gdy tylko wpiszesz wszystkie 6 cyfr.',
    codeIncomplete: 'Wpisz wszystkie 6 cyfr kodu.',
    codeTooShort: 'Wpisz cały kod: co najmniej 6 cyfr.',
    verify: 'Zweryfikuj',
    verifying: 'Weryfikowanie…',
    checking: 'Sprawdzanie kodu…',
    expiresIn: (seconds) => `Na wpisanie kodu masz ${duration(seconds)}`,
    timeWarning: (seconds) =>
      seconds < 60
        ? 'Na wpisanie kodu została mniej niż minuta.'
        : seconds < 90
          ? 'Na wpisanie kodu została około minuta.'
          : `Na wpisanie kodu zostało około ${new Intl.NumberFormat('pl').format(Math.round(seconds / 60))} minut.`,
    timeWarningAction: 'Wybierz „Więcej czasu”, jeśli potrzebujesz go więcej: wpisane znaki zostaną.',
    moreTime: 'Więcej czasu',
    gettingMoreTime: 'Przedłużanie czasu…',
    timeExtended: (seconds) => `Przedłużono czas: masz teraz ${duration(seconds)} na wpisanie kodu.`,
    clockSkew: (seconds, deviceBehind) =>
      `Zegar tego urządzenia ${deviceBehind ? 'spóźnia się' : 'spieszy się'} o ${count(seconds, SECONDS)} względem zegara serwera. ` +
      'Kody z aplikacji uwierzytelniającej na tym urządzeniu mogą zostać odrzucone: włącz automatyczne ustawianie daty i godziny.',
    restart: 'Zacznij od nowa',
    expiredHeading: 'Czas na weryfikację minął',
    errors,
  },
  apiKey: {
    shown: {
      heading: 'Zapisz klucz API',
      onceWarning: 'Ten klucz jest pokazywany tylko raz. Zapisz go teraz w bezpiecznym miejscu.',
      signedInAs: (username) => `Zalogowano jako ${username}`,
      keyLabel: 'Klucz API',
      maskedDescription: (prefix) => `Ukryty.${prefix && ` Zaczyna się od ${prefix}.`}`,
      reveal: 'Pokaż klucz',
      copy: 'Kopiuj',
      copied: 'Skopiowano do schowka.',
      copyFailed: 'Przeglądarka nie pozwoliła na kopiowanie. Wybierz „Pokaż klucz” i skopiuj go samodzielnie.',
      download: 'Pobierz jako',
      downloadAs: { env: 'Pobierz jako .env', txt: 'Pobierz jako .txt' },
      downloaded: (fileName) => `Plik ${fileName} trafił do pobranych. Sprawdź, czy tam jest, i przechowuj go w bezpiecznym miejscu.`,
      keyName: 'Nazwa klucza:',
      renameToggle: 'Zmień nazwę klucza',
      confirm: 'Klucz jest zapisany w bezpiecznym miejscu',
      confirmRequired: 'Najpierw potwierdź, że klucz został zapisany: nie zostanie pokazany ponownie.',
      done: 'Gotowe',
    },
    rename: {
      label: 'Nazwa klucza',
      submit: 'Zmień nazwę',
      pending: 'Zmienianie nazwy…',
      renamed: (name) => `Zmieniono nazwę na ${name}.`,
      required: 'Wpisz nazwę klucza.',
      tooLong: (maxLength) => `Użyj maksymalnie ${count(maxLength, CHARACTERS)}.`,
      unchanged: 'Klucz ma już tę nazwę. Wpisz inną.',
    },
    acknowledged: {
      heading: 'Klucz API zapisany',
      body: (name) => `Twój klucz ${name} jest zapisany; nie zostanie pokazany ponownie.`,
    },
    none: {
      heading: 'Masz już klucz API',
      body: 'Riffyn pokazuje klucz tylko raz, więc nie ma nowego klucza do zapisania.',
      // Riffyn's own menu is named in English, so the name stays as users see it there.
      manage: 'Aby zobaczyć klucze, zmienić ich nazwy lub je unieważnić, otwórz „Security Settings” w Riffyn.',
      manageLink: 'Otwórz „Security Settings”',
    },
    continue: 'Dalej',
    errors: {
      ...errors,
      kinds: {
        ...errors.kinds,
        'session-expired': 'Sesja wygasła, więc nie można zmienić nazwy klucza. Najpierw zapisz klucz: nie zostanie pokazany ponownie.',
        forbidden: 'To konto nie może zmieniać nazw kluczy. Nadal możesz zapisać klucz.',
      },
    },
  },
  errors,
};

/** `<SessionTimeoutWarning>`'s strings: `<SessionTimeoutWarning messages={plSessionTimeout} />`. */
export const plSessionTimeout: SessionTimeoutMessages = {
  heading: 'Sesja zaraz się skończy',
  body: (timeLeft) => `Ze względów bezpieczeństwa wylogowanie nastąpi za ${timeLeft}. Przedłuż sesję, aby dalej pracować.`,
  timeLeft: (seconds) => (seconds >= 60 ? count(seconds / 60, MINUTES) : seconds > 10 ? count(seconds, SECONDS) : 'kilka sekund'),
  stay: 'Przedłuż sesję',
  signOut: 'Wyloguj się',
  errors,
};

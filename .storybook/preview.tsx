import type { Decorator, Preview } from '@storybook/react-vite';
// msw-storybook-addon 3.x: the CSF3 loader registers public/mockServiceWorker.js on first load.
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/theme/styles.css';
import { ApiKeyReveal } from '../src/components/ApiKeyReveal/ApiKeyReveal.js';
import { AuthFlow } from '../src/components/AuthFlow/AuthFlow.js';
import { LoginForm } from '../src/components/LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../src/components/MfaFactorPicker/MfaFactorPicker.js';
import { mergeMessages, withOverrides } from '../src/i18n/merge.js';
import type { AuthMessages } from '../src/i18n/messages.js';
import { brandTheme } from '../src/theme/brand-theme.js';
import { shippedLocales } from '../test/shipped-locales.js';
import { darkTheme, lightTheme, themeToCssVars, type AuthTheme } from '../src/theme/theme.js';

/** The toolbar's themes; `system` sets nothing, so the stylesheet follows the OS, as in an app. */
const themes: Record<string, AuthTheme | undefined> = { system: undefined, light: lightTheme, dark: darkTheme, brand: brandTheme };

/** The toolbar's languages: the shipped translations; `en` is the kit's own default strings. */
const locales: Record<string, AuthMessages | undefined> = {
  en: undefined,
  ...Object.fromEntries(Object.entries(shippedLocales).map(([code, locale]) => [code, locale.messages])),
};
/** Which part of a complete message set each component's `messages` prop takes. */
const steps = new Map<unknown, 'loginForm' | 'mfa' | 'apiKey'>([
  [LoginForm, 'loginForm'],
  [MfaFactorPicker, 'mfa'],
  [ApiKeyReveal, 'apiKey'],
]);

/**
 * The toolbar's language becomes the story's `messages`, as an app passes a locale: the story's
 * own `messages` (if any) are overrides on top of it, the way `withOverrides` works for apps.
 */
const withLocale: Decorator = (Story, context) => {
  const locale = locales[context.globals.locale as string];
  const own = context.args.messages as object | undefined;
  const step = steps.get(context.component);
  const messages = !locale
    ? undefined
    : context.component === AuthFlow
      ? withOverrides(locale, own ?? {})
      : step && mergeMessages(locale[step], own);
  return messages ? <Story args={{ ...context.args, messages }} /> : <Story />;
};

/**
 * The toolbar's theme is set as --rlk-* variables on a wrapper: the stylesheet's defaults sit on
 * :root, so the variables inherit into every component, exactly as an app's own wrapper would.
 * A story's `theme` prop still wins (it is set on the component's root). On a docs page each story
 * is a block among others: no full-viewport height there.
 */
const withTheme: Decorator = (Story, context) => {
  const vars = themeToCssVars(themes[context.globals.theme as string]);
  // By default no `dir` here: the locale's own applies (Arabic and Hebrew mirror), as on a page
  // that sets none. Choosing one is an app that set its page's direction, which wins.
  const dir = context.globals.dir === 'rtl' || context.globals.dir === 'ltr' ? (context.globals.dir as string) : undefined;
  const docs = context.viewMode === 'docs';
  return (
    <div
      dir={dir}
      lang={context.globals.locale === 'pseudo' ? 'en-XA' : (context.globals.locale as string)}
      style={{
        ...vars,
        background: 'var(--rlk-color-background)',
        padding: docs ? '1rem' : '1.5rem',
        minHeight: docs ? undefined : '100vh',
        boxSizing: 'border-box',
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withLocale, withTheme],
  globalTypes: {
    theme: {
      description: 'Theme tokens for the components',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'system', title: 'System (follows the OS)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the components (the shipped translations)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (default strings)' },
          { value: 'ar', title: 'العربية' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'he', title: 'עברית' },
          { value: 'it', title: 'Italiano' },
          { value: 'ja', title: '日本語' },
          { value: 'ko', title: '한국어' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'pl', title: 'Polski' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'sv', title: 'Svenska' },
          { value: 'tr', title: 'Türkçe' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'pseudo', title: 'Pseudo-locale (accented, 40% longer)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'locale', title: 'The language’s own (page sets none)' },
          { value: 'ltr', title: 'Page says ltr' },
          { value: 'rtl', title: 'Page says rtl' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'system', dir: 'locale', locale: 'en' },
  parameters: {
    // Any axe violation fails the story's test (in `npm test`) and shows in the a11y panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
    options: {
      // Guides first, then the components, each in the order it reads best.
      storySort: { order: ['Introduction', 'Theming', 'Headless: useAuth', 'Testing your page', 'Components'] },
    },
  },
};
export default preview;

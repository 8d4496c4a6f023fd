/**
 * Design tokens. Each becomes a CSS custom property `--rlk-<kebab-name>` on a component's root,
 * and the default stylesheet reads nothing else, so a theme can restyle everything without CSS.
 * Hover colours, tints and hairlines are mixed from these in the stylesheet, so they follow.
 */
export interface AuthTheme {
  /** The page behind the card (the components do not paint it; the demo and Storybook do). */
  colorBackground: string;
  /** The card: a step lighter than the background in dark themes. */
  colorSurface: string;
  /** Text on the card. */
  colorText: string;
  /** Secondary text (hints, timers). Must keep 4.5:1 contrast on the surface. */
  colorTextMuted: string;
  /** Borders of inputs. Must keep 3:1 contrast on the surface (WCAG 1.4.11). */
  colorBorder: string;
  colorInputBackground: string;
  /** Primary buttons, links, the chosen factor, the countdown bar. */
  colorPrimary: string;
  /** Text on a primary button. */
  colorPrimaryText: string;
  /** Focus ring on every control; 3:1 against the surface, and never a hue that reads as an error. */
  colorFocus: string;
  colorDanger: string;
  colorDangerBackground: string;
  colorWarning: string;
  colorWarningBackground: string;
  colorSuccess: string;
  fontFamily: string;
  /** The API key and the code field. */
  fontFamilyMono: string;
  fontSize: string;
  /** Corner radius of inputs and buttons; the card's is 1.5 times it. */
  radius: string;
  /** The base gap (8px by default); other gaps are multiples of it. */
  spacing: string;
  /** Widest the card grows. */
  maxWidth: string;
  /** The card's elevation (`none` in dark themes, where the surface colour lifts it). */
  shadow: string;
  /** `light` or `dark`: how the browser draws native parts (checkbox, radio, scrollbars). */
  colorScheme: string;
}

/** A theme prop may set any subset; the rest comes from the stylesheet's defaults. */
export type AuthThemeInput = { [K in keyof AuthTheme]?: AuthTheme[K] | undefined };

/**
 * The stylesheet's light defaults, as values (for docs, controls and building a theme from). Pass
 * it as `theme` to stay light whatever the operating system prefers.
 */
export const lightTheme: AuthTheme = {
  colorBackground: '#f6f8fa',
  colorSurface: '#ffffff',
  colorText: '#1b1f24',
  colorTextMuted: '#59636e',
  colorBorder: '#8a939d',
  colorInputBackground: '#ffffff',
  colorPrimary: '#0a5cc2',
  colorPrimaryText: '#ffffff',
  colorFocus: '#0a5cc2',
  colorDanger: '#b3261e',
  colorDangerBackground: '#fdecea',
  colorWarning: '#7a4d00',
  colorWarningBackground: '#fff4d6',
  colorSuccess: '#1a7f37',
  fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
  fontFamilyMono: 'ui-monospace, Menlo, Consolas, monospace',
  fontSize: '1rem',
  radius: '8px',
  spacing: '0.5rem',
  maxWidth: '25rem',
  shadow: '0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.08)',
  colorScheme: 'light',
};

/**
 * The stylesheet's dark defaults (used when the operating system prefers dark), with AA contrast
 * on every pair the components use. Pass it as `theme` to stay dark whatever the OS says.
 */
export const darkTheme: AuthTheme = {
  ...lightTheme,
  colorBackground: '#0d1117',
  colorSurface: '#161b22',
  colorText: '#e6edf3',
  colorTextMuted: '#9da7b3',
  colorBorder: '#6e7681',
  colorInputBackground: '#0d1117',
  colorPrimary: '#4c9aff',
  colorPrimaryText: '#0d1117',
  colorFocus: '#79b8ff',
  colorDanger: '#ff8a80',
  colorDangerBackground: '#3a1614',
  colorWarning: '#f2cc60',
  colorWarningBackground: '#3a2e0a',
  colorSuccess: '#56d364',
  shadow: 'none',
  colorScheme: 'dark',
};

// The values above stay out of a page that only themes through props: a bundler keeps an object
// built with a spread, so the function lives in a module of its own.
export { themeToCssVars } from './css-vars.js';

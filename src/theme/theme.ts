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
  /** Secondary text (subtitles, descriptions, timers). Must keep 4.5:1 contrast on the surface and the background. */
  colorTextMuted: string;
  /** Hints under fields and the footer: a step quieter than `colorTextMuted`, still 4.5:1 on the surface and the background. */
  colorTextHint: string;
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
  /** Body text; everything else is sized in `em` of it. */
  fontSize: string;
  /** Labels, hints, footer and secondary text. */
  fontSizeSmall: string;
  /** Each step's heading. */
  fontSizeHeading: string;
  /** Body text and labels (labels stay at body weight: their size and place set them apart). */
  fontWeight: string;
  /** Labels and the chosen option. */
  fontWeightMedium: string;
  /** Headings and buttons. */
  fontWeightStrong: string;
  lineHeight: string;
  lineHeightHeading: string;
  /** Corner radius of inputs and buttons; the card's is 1.5 times it. */
  radius: string;
  /**
   * Two steps of the spacing grid (8px by default, so a 4 px grid). Every gap and padding is a
   * multiple of half of it, exposed as `--rlk-space-1` (4px) … `--rlk-space-8` (32px).
   */
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
  colorTextHint: '#656e79',
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
  fontSizeSmall: '0.875em',
  fontSizeHeading: '1.375em',
  fontWeight: '400',
  fontWeightMedium: '500',
  fontWeightStrong: '600',
  lineHeight: '1.5',
  lineHeightHeading: '1.25',
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
  colorTextHint: '#8b949e',
  colorBorder: '#6e7681',
  colorInputBackground: '#0d1117',
  // A mid blue under white text: a bright one (with dark text) glares from a dark page.
  colorPrimary: '#2f6fd6',
  colorPrimaryText: '#ffffff',
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

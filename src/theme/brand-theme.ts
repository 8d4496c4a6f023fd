import { lightTheme, type AuthTheme } from './theme.js';

/**
 * An example brand theme (used by Storybook's toolbar and the demo) showing how far tokens go. Its
 * focus ring is the brand's purple: a pink or red ring would read as the error colour.
 */
export const brandTheme: AuthTheme = {
  ...lightTheme,
  colorBackground: '#f6f1fc',
  colorSurface: '#ffffff',
  colorText: '#24123d',
  colorTextMuted: '#5b4a70',
  colorTextHint: '#6f5f84',
  colorBorder: '#7d6a96',
  colorInputBackground: '#ffffff',
  colorPrimary: '#6b2fb3',
  colorPrimaryText: '#ffffff',
  colorFocus: '#6b2fb3',
  fontFamily: 'Georgia, "Times New Roman", serif',
  radius: '14px',
  spacing: '0.6rem',
};

import { brandTheme } from '../src/theme/brand-theme.js';
import { darkTheme, lightTheme } from '../src/theme/theme.js';

/** Controls for the theming props every component shares (StylingProps), one definition for all stories. */
export const stylingArgTypes = {
  // A choice of the shipped themes, not a raw object editor; the Theming page edits single tokens.
  theme: {
    control: 'select',
    options: ['none', 'light', 'dark', 'brand'],
    mapping: { none: undefined, light: lightTheme, dark: darkTheme, brand: brandTheme },
    description: 'Token overrides (`AuthThemeInput`), set as --rlk-* variables. `none`: the stylesheet’s own (follows the OS)',
  },
  className: { control: 'text' },
  classNames: { control: 'object' },
  unstyled: { control: 'boolean' },
  style: { control: 'object' },
  messages: { control: 'object' },
  logo: { control: false },
  footer: { control: 'text' },
  headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
  autoFocus: { control: 'boolean' },
  ref: { control: false },
} as const;

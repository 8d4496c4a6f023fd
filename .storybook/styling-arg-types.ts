/** Controls for the theming props every component shares (StylingProps), one definition for all stories. */
export const stylingArgTypes = {
  theme: { control: 'object', description: 'Token overrides (`AuthThemeInput`), set as --rlk-* variables' },
  className: { control: 'text' },
  classNames: { control: 'object' },
  unstyled: { control: 'boolean' },
  style: { control: 'object' },
  messages: { control: 'object' },
  headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
  autoFocus: { control: 'boolean' },
  ref: { control: false },
} as const;

/**
 * On a field that holds something secret but is no credential (the API key, its name): no
 * autocomplete, and the attribute each common password manager reads as "leave this field alone",
 * since managers ignore `autocomplete="off"` on purpose. 1Password: `data-1p-ignore`; LastPass:
 * `data-lpignore="true"`; Bitwarden: `data-bwignore` (its presence); Dashlane:
 * `data-form-type="other"`. Present from the first render: managers classify a field when they
 * first see it.
 */
export const ignoredByPasswordManagers = {
  autoComplete: 'off',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-bwignore': 'true',
  'data-form-type': 'other',
} as const;

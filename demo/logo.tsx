/** The demo app's own mark (Acme), for the kit's `logo` slot; also used by the screenshot page and the stories. */
export const acmeLogo = (
  <svg width="40" height="40" viewBox="0 0 40 40" role="img" aria-label="Acme">
    <rect width="40" height="40" rx="10" fill="var(--rlk-color-primary)" />
    <path
      d="M12 28l8-16 8 16M15.5 22h9"
      fill="none"
      stroke="var(--rlk-color-primary-text)"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

/**
 * The kit's few icons, inline (no icon library, no request): 24-unit strokes in the text colour,
 * hidden from assistive technology (the button or text beside each one carries the meaning).
 */
const EYE = 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12ZM12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6Z';

const paths = {
  eye: EYE,
  'eye-off': `${EYE}M3 3l18 18`,
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18ZM12 7.5v5.5M12 16.5v.5',
  info: 'M12 11v6M12 7.5v.5',
};

export type IconName = keyof typeof paths;

/** One icon; `badge` draws it in a tinted disc, for the key step's saved and no-new-key views. */
export function Icon({ name, size = 20, badge }: { name: IconName; size?: number; badge?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={badge ? '-6 -6 36 36' : '0 0 24 24'}
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {badge && <circle cx="12" cy="12" r="18" fill="currentColor" fillOpacity={0.14} stroke="none" />}
      <path d={paths[name]} />
    </svg>
  );
}

/**
 * The kit's few icons, inline (no icon library, no request): 24-unit strokes in the text colour,
 * hidden from assistive technology (the button or text beside each one carries the meaning).
 * One export per use, so a component ships only the paths it draws.
 */
const EYE = 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12ZM12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6Z';
const CHECK = 'M5 12.5l4.5 4.5L19 7.5';

function Svg({ d, size = 20, badge }: { d: string; size?: number; badge?: boolean }) {
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
      <path d={d} />
    </svg>
  );
}

/** Show/hide toggles: an eye, struck through while the secret is shown. */
export const EyeIcon = ({ off }: { off: boolean }) => <Svg d={off ? `${EYE}M3 3l18 18` : EYE} />;

/** The copy button; a tick for a moment once copied. */
export const CopyIcon = ({ done }: { done: boolean }) => <Svg d={done ? CHECK : 'M9 9h11v11H9zM5 15H4V4h11v1'} />;

/** Before an alert's sentence. */
export const AlertIcon = () => <Svg d="M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18ZM12 7.5v5.5M12 16.5v.5" />;

/** Above the key step's saved (a tick) and no-new-key (an i) views, in a tinted disc. */
export const BadgeIcon = ({ info }: { info: boolean }) => <Svg d={info ? 'M12 11v6M12 7.5v.5' : CHECK} size={48} badge />;

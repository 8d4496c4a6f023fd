import { forwardRef } from 'react';
import type { TextDirection } from '../../i18n/direction.js';
import { useVisuallyHidden } from '../shared/hydration.js';
import { useSlotProps, type StylingProps } from '../shared/styling.js';

/**
 * Session mode, while the kit asks whether this browser is signed in already: an empty card of
 * the sign-in step's size, so the page neither flashes the sign-in form nor jumps when the answer
 * comes. Busy, with one quiet status line for screen readers.
 */
export const RestoringCard = forwardRef<HTMLDivElement, StylingProps<never> & { label: string; dir?: TextDirection | undefined }>(function RestoringCard(
  { label, dir, ...styling },
  ref,
) {
  const { root } = useSlotProps(styling, { dir, ref });
  const srOnly = useVisuallyHidden();
  return (
    <div {...root('AuthFlow')} data-state="restoring" aria-busy="true">
      <span role="status" {...srOnly}>
        {label}
      </span>
    </div>
  );
});

import { forwardRef } from 'react';
import { slotProps, visuallyHidden, type StylingProps } from '../shared/styling.js';

/**
 * Session mode, while the kit asks whether this browser is signed in already: an empty card of
 * the sign-in step's size, so the page neither flashes the sign-in form nor jumps when the answer
 * comes. Busy, with one quiet status line for screen readers.
 */
export const RestoringCard = forwardRef<HTMLDivElement, StylingProps<never> & { label: string }>(function RestoringCard(
  { label, ...styling },
  ref,
) {
  return (
    <div {...slotProps(styling).root('AuthFlow')} ref={ref} data-state="restoring" aria-busy="true">
      <span role="status" style={visuallyHidden}>
        {label}
      </span>
    </div>
  );
});

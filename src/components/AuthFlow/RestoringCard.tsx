import { forwardRef } from 'react';
import type { TextDirection } from '../../i18n/direction.js';
import { useVisuallyHidden } from '../shared/hydration.js';
import { useSlotProps, type StylingProps } from '../shared/styling.js';

/**
 * An empty card of the sign-in step's size, so the page neither flashes the sign-in form nor
 * jumps: in session mode while the kit asks whether this browser is signed in already
 * (`restoring`), and while a step's code is still on its way (`loading`, rare: it is fetched
 * while the server answers). Busy, with one quiet status line for screen readers.
 */
export const RestoringCard = forwardRef<
  HTMLDivElement,
  StylingProps<never> & { label: string; state?: 'restoring' | 'loading' | undefined; dir?: TextDirection | undefined }
>(function RestoringCard(
  { label, state = 'restoring', dir, ...styling },
  ref,
) {
  const { root } = useSlotProps(styling, { dir, ref });
  const srOnly = useVisuallyHidden();
  return (
    <div {...root('AuthFlow')} data-state={state} aria-busy="true">
      <span role="status" {...srOnly}>
        {label}
      </span>
    </div>
  );
});

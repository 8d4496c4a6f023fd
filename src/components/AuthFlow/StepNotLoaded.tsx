import { forwardRef, useEffect, useId, useRef } from 'react';
import type { TextDirection } from '../../i18n/direction.js';
import type { ErrorMessages } from '../../i18n/errors.js';
import { moveFocus } from '../shared/focus.js';
import { AlertIcon } from '../shared/icons.js';
import { useSlotProps, type StylingProps } from '../shared/styling.js';

export interface StepNotLoadedProps extends StylingProps<never> {
  messages: Pick<ErrorMessages, 'stepNotLoaded' | 'tryAgain'>;
  onRetry(): void;
  /** The locale's direction (see `LoginFormMessages.dir`). */
  dir?: TextDirection | undefined;
}

/**
 * In place of a step whose code did not load: says so, and offers to load it again. The sign-in
 * it belongs to goes on (the flow keeps its state), so nothing the user typed is lost. The button
 * takes focus (the one that led here has gone) and is described by the sentence, so it is said
 * once, as focus lands, rather than by an alert as well.
 */
export const StepNotLoaded = forwardRef<HTMLDivElement, StepNotLoadedProps>(function StepNotLoaded(
  { messages, onRetry, dir, ...styling },
  ref,
) {
  const { root, target } = useSlotProps(styling, { dir, ref });
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => moveFocus(button.current), []);
  return (
    <div {...root('AuthFlow')} data-state="step-not-loaded">
      <div data-slot="alert">
        <AlertIcon />
        <p id={id}>{messages.stepNotLoaded}</p>
      </div>
      <button ref={button} data-slot="submit" data-variant="primary" type="button" style={target} aria-describedby={id} onClick={onRetry}>
        {messages.tryAgain}
      </button>
    </div>
  );
});

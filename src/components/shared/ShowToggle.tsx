import type { ComponentProps } from 'react';
import { EyeIcon } from './icons.js';
import { useVisuallyHidden } from './hydration.js';

export interface ShowToggleProps extends Omit<ComponentProps<'button'>, 'children' | 'type' | 'aria-pressed'> {
  /** Whether the secret is shown now. */
  shown: boolean;
  /** The name, the same in both states ("Show password", "Show key"). */
  label: string;
}

/**
 * The kit's one toggle pattern, for every secret it can show: a fixed name, `aria-pressed` for
 * the state (never both a swapped label and `aria-pressed`), and an eye icon, struck through
 * while the secret is shown. The name is visually hidden text, so it is translated with the page.
 */
export function ShowToggle({ shown, label, ...button }: ShowToggleProps) {
  return (
    <button type="button" data-variant="icon" {...button} aria-pressed={shown}>
      <EyeIcon off={shown} />
      <span {...useVisuallyHidden()}>{label}</span>
    </button>
  );
}

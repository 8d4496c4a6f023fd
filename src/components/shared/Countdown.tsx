import type { CSSProperties, ReactNode } from 'react';
import { useLiveStyle } from './hydration.js';

type Slot = (name: 'timer' | 'countdown' | 'countdown-bar') => { 'data-slot': string; className: string | undefined };

export interface CountdownProps {
  slot: Slot;
  /** For `aria-describedby` (e.g. a button held until the wait is over). */
  id?: string | undefined;
  /** Whole seconds left, and at the start: the bar shows the share left. */
  seconds: number;
  total: number | null;
  /** The sentence; callers pass whole minutes until the last one (`calmSeconds`), so it changes once a minute. */
  text: string;
  warning?: boolean | undefined;
  /** More inside the timer, e.g. the MFA step's one-time warning. */
  children?: ReactNode | undefined;
}

/**
 * The kit's one countdown: a sentence in a `role="timer"` element, which is never a live region
 * (read when the user reaches it, not every time it changes), and a bar hidden from assistive
 * technology. Used for the MFA step's time left and for a rate limit's wait.
 */
export function Countdown({ slot, id, seconds, total, text, warning, children }: CountdownProps) {
  const state = warning ? 'warning' : 'running';
  const progress = useLiveStyle({ '--rlk-progress': total ? seconds / total : 1 } as CSSProperties);
  return (
    <div {...slot('timer')}>
      <p {...slot('countdown')} id={id} role="timer" data-state={state}>
        {text}
      </p>
      <div
        {...slot('countdown-bar')}
        aria-hidden="true"
        data-state={state}
        style={progress}
      />
      {children}
    </div>
  );
}

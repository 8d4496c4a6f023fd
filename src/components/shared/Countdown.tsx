import type { CSSProperties, ReactNode } from 'react';
import { useLiveStyle } from './hydration.js';
import { useCountdown } from './useCountdown.js';

type Slot = (name: 'timer' | 'countdown' | 'countdown-bar') => { 'data-slot': string; className: string | undefined };

export interface CountdownProps {
  slot: Slot;
  /** For `aria-describedby` (e.g. a button held until the wait is over). */
  id?: string | undefined;
  /** When the time is up (epoch ms, local clock). */
  deadline: number;
  /** Whole seconds at the start: the bar shows the share left. */
  total: number | null;
  /** The sentence for the seconds left; callers say whole minutes until the last one (`calmSeconds`), so it changes once a minute. */
  text: (seconds: number) => string;
  warning?: boolean | undefined;
  /** More inside the timer, e.g. the MFA step's one-time warning. */
  children?: ReactNode | undefined;
}

/**
 * The kit's one countdown: a sentence in a `role="timer"` element, which is never a live region
 * (read when the user reaches it, not every time it changes), and a bar hidden from assistive
 * technology. Used for the MFA step's time left and for a rate limit's wait. It owns its
 * once-a-second timer, so only it re-renders as the seconds go, not the step around it.
 */
export function Countdown({ slot, id, deadline, total, text, warning, children }: CountdownProps) {
  const seconds = useCountdown(deadline)!;
  const state = warning ? 'warning' : 'running';
  const progress = useLiveStyle({ '--rlk-progress': total ? seconds / total : 1 } as CSSProperties);
  return (
    <div {...slot('timer')}>
      <p {...slot('countdown')} id={id} role="timer" data-state={state}>
        {text(seconds)}
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

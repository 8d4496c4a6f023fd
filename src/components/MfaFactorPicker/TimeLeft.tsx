import type { CSSProperties } from 'react';
import { calmSeconds } from '../../i18n/errors.js';
import type { MfaMessages } from '../../i18n/mfa.js';
import { Countdown } from '../shared/Countdown.js';
import type { MfaFactorPickerSlot } from './MfaFactorPicker.types.js';

export interface TimeLeftProps {
  slot: (name: MfaFactorPickerSlot) => { 'data-slot': string; className: string | undefined };
  /** The unstyled minimum target size for the button (see `slotProps`). */
  target?: CSSProperties | undefined;
  /** When the code request dies (epoch ms, local clock), and the seconds it had when it first showed. */
  deadline: number;
  total: number | null;
  /** Within the step's warning time. */
  warning: boolean;
  /** The seconds left when the warning first showed for this deadline, fixed so it is said once; null before. */
  warnedAt: number | null;
  /** The seconds this deadline had when "Get more time" brought it; null unless it did. */
  extendedTo: number | null;
  /** Offered in the warning when given ("Get more time"). */
  onExtend?: (() => void) | undefined;
  extending: boolean;
  messages: Pick<MfaMessages, 'expiresIn' | 'timeWarning' | 'timeWarningAction' | 'timeExtended' | 'moreTime' | 'gettingMoreTime'>;
}

/**
 * The time left before the code request dies: the countdown (it alone re-renders every second),
 * a polite one-time warning when little is left with "Get more time", and the word that more was given.
 */
export function TimeLeft({ slot, target, deadline, total, warning, warnedAt, extendedTo, onExtend, extending, messages }: TimeLeftProps) {
  return (
    // Whole minutes until the last one: it changes once a minute, and reads naturally.
    <Countdown slot={slot} deadline={deadline} total={total} text={(seconds) => messages.expiresIn(calmSeconds(seconds))} warning={warning}>
      {/* Polite and always mounted while there is a deadline; filled once, not every second. */}
      <div {...slot('time-warning')} role="status">
        {warnedAt !== null ? (
          <p {...slot('warning')}>
            {messages.timeWarning(warnedAt)}
            {onExtend ? ` ${messages.timeWarningAction}` : null}
          </p>
        ) : extendedTo !== null ? (
          <p {...slot('warning')} data-state="extended">
            {/* To the nearest minute: a fresh 5-minute request read a second early is not "6 minutes". */}
            {messages.timeExtended(extendedTo > 60 ? Math.round(extendedTo / 60) * 60 : extendedTo)}
          </p>
        ) : null}
      </div>
      {warnedAt !== null && onExtend ? (
        <button
          {...slot('more-time')}
          type="button"
          data-variant="link"
          data-state={extending ? 'pending' : 'idle'}
          style={target}
          aria-disabled={extending || undefined}
          onClick={() => {
            if (!extending) onExtend();
          }}
        >
          {extending ? messages.gettingMoreTime : messages.moreTime}
        </button>
      ) : null}
    </Countdown>
  );
}

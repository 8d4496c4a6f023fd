import { useEffect, useRef, useState } from 'react';
import { useTimeout } from '../shared/useTimeout.js';
import { keyOnClipboard } from './clipboard.js';

/** Where the last copy stands: `copied` for two seconds, then back to `idle`. */
export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The key's copy button: copies, says whether it worked, and keeps the key on the clipboard no
 * longer than on screen: leaving `view` (Done, or a sign-out) empties the clipboard if the copy
 * button filled it and it still holds the key. Returns the state, a setter to put it back to `idle`, and the copy itself (which resolves to how it went).
 */
export function useKeyCopy(view: string) {
  const [copy, setCopy] = useState<CopyState>('idle');
  // Ignore a clipboard answer that arrives after a newer click.
  const copyRun = useRef(0);
  // Emptied on leaving only if the clipboard still holds the key (see clipboard.ts).
  const copied = useRef<ReturnType<typeof keyOnClipboard> | null>(null);
  useEffect(
    () => () => {
      void copied.current?.clear();
      copied.current = null;
    },
    [view],
  );
  // "Copied" is a moment, not a state: the button and the status go back after two seconds.
  useTimeout(copy === 'copied', 2000, () => setCopy('idle'));
  const copyKey = async (value: string) => {
    const run = ++copyRun.current;
    setCopy('idle');
    let outcome: CopyState = 'copied';
    try {
      // Throws too where there is no clipboard API (an http:// page, an old browser).
      await navigator.clipboard.writeText(value);
      copied.current?.stop(); // an earlier copy's watch: the key is on the clipboard again
      copied.current = keyOnClipboard(value);
    } catch {
      // The rejection (NotAllowedError…) carries nothing the user can act on; never log it with the key near.
      outcome = 'failed';
    }
    if (run === copyRun.current) setCopy(outcome);
    return outcome;
  };
  return [copy, setCopy, copyKey] as const;
}

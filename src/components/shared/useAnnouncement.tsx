import { useCallback, useRef, useState, type ReactNode } from 'react';

/**
 * A sentence for a live region that is already on the page, for what the user caused where focus
 * does not move (Enter in the field that is wrong, WCAG 4.1.3). Saying the same words again
 * renders a new node, so screen readers read it again; `say(null)` empties the region (and costs
 * no render when it is empty: it is called on every keystroke). Returns what to render inside the
 * region, and `say`.
 */
export function useAnnouncement(): [ReactNode, (text: string | null) => void] {
  const [said, setSaid] = useState<{ text: string; n: number } | null>(null);
  const count = useRef(0);
  const saying = useRef(false);
  const say = useCallback((text: string | null) => {
    if (!text && !saying.current) return;
    saying.current = !!text;
    setSaid(text ? { text, n: ++count.current } : null);
  }, []);
  return [said ? <span key={said.n}>{said.text}</span> : null, say];
}

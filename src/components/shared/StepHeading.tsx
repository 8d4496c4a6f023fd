import type { ReactNode, RefObject } from 'react';

export interface StepHeadingProps {
  /** `data-slot` + class, from the owning component's `slotProps`. */
  slot: (name: 'heading') => { 'data-slot': string; className: string | undefined };
  /** The component's `headingLevel`, so the step fits the page's outline. */
  level: 1 | 2 | 3 | 4 | 5 | 6;
  /** What names the step's landmark (`aria-labelledby`). */
  id: string;
  /** Given when the step moves focus to its heading (a new view): it becomes focusable by script only. */
  focusRef?: RefObject<HTMLHeadingElement | null> | undefined;
  children: ReactNode;
}

/** A step's heading, at the level the page asks for; the name of the step's region. */
export function StepHeading({ slot, level, id, focusRef, children }: StepHeadingProps) {
  const Heading = `h${level}` as 'h2';
  return (
    <Heading {...slot('heading')} id={id} ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
      {children}
    </Heading>
  );
}

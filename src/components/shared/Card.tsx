import type { ReactNode } from 'react';

type Slot = (name: 'header' | 'logo' | 'footer') => { 'data-slot': string; className: string | undefined };

/** The top of every step: the app's logo (when given), then the heading and what belongs under it. */
export function CardHeader({ slot, logo, children }: { slot: Slot; logo?: ReactNode | undefined; children: ReactNode }) {
  return (
    <div {...slot('header')}>
      {logo ? <div {...slot('logo')}>{logo}</div> : null}
      {children}
    </div>
  );
}

/** The bottom of every step, when the app gives one. */
export function CardFooter({ slot, footer }: { slot: Slot; footer?: ReactNode | undefined }) {
  return footer ? <div {...slot('footer')}>{footer}</div> : null;
}

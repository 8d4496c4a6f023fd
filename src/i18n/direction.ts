/**
 * A language's writing direction, as a locale states it (`dir` on each step's messages). The
 * kit's root takes it as its `dir` attribute unless the page already chose one: an ancestor's or
 * the document's `dir` wins (see `useSlotProps`). Left out, the page's direction applies.
 */
export type TextDirection = 'ltr' | 'rtl';

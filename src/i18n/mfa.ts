import type { FactorKind } from '../core/factors.js';
import type { TextDirection } from './direction.js';
import { errorMessages, inWords, type ErrorMessages } from './errors.js';


export type { FactorKind };

/** Every string the MFA step (`MfaFactorPicker`) shows. Override any subset with its `messages` prop. */
export interface MfaMessages {
  /**
   * The language's writing direction (a right-to-left locale sets `'rtl'`): the component's root
   * gets it as `dir`, unless the page already chose one (an ancestor's or the document's `dir`
   * wins). Left out, as in English, the page's direction applies.
   */
  dir?: TextDirection | undefined;
  /** The step's heading. */
  heading: string;
  /** Under the heading, when a username is given. */
  signingInAs: (username: string) => string;
  /** Legend of the radio group shown when the server offered several factors. */
  chooseFactor: string;
  /** Shown under the legend when the user tries to verify before choosing a factor. */
  chooseFactorFirst: string;
  /** The one line under which the factors a typed code cannot complete (push, SMS, call, e-mail…) are named. */
  otherFactors: string;
  /** Shown instead of the code field when no factor offered takes a typed code. */
  noUsableFactor: string;
  /** The sentence naming the only factor, when there is exactly one (no chooser then). */
  usingFactor: (label: string, hint: string | null) => string;
  /** The name of each kind of factor; `other` gets the server's raw factorType, to show or not. */
  factorLabels: Omit<Record<FactorKind, string>, 'other'> & { other: (factorType: string) => string };
  /**
   * Display names for a factor's `vendorName` / `provider` (upper-case keys, as Okta sends them),
   * shown as a secondary hint. A vendor not listed (add any) is shown as the server sent it.
   */
  vendorNames: Record<string, string>;
  /** The code field's label, for factors whose codes have 6 digits (authenticator apps, text messages…). */
  codeLabel: string;
  /** The code field's label for factors whose codes may be longer (hardware tokens, unknown factors). */
  codeLabelAnyLength: string;
  /** The hint under the code field, per kind of the chosen factor (the TOTP one when none is chosen). */
  codeHints: Record<'totp' | 'hardware' | 'other', string>;
  /** Added to the hint of a 6-digit code: it is sent without a button press (WCAG 3.2.2). */
  sentWhenComplete: string;
  /** Shown when the user presses Verify with fewer than 6 digits. */
  codeIncomplete: string;
  /** The same, for a factor whose codes may be longer than 6 digits. */
  codeTooShort: string;
  /** The verify button. */
  verify: string;
  /** The verify button while the code is being checked. */
  verifying: string;
  /** Announced (politely) while the code is being checked. */
  checking: string;
  /**
   * The visible countdown. `seconds` is whole minutes (a multiple of 60) while more than a minute
   * is left, so it changes once a minute. Not a live region: it is read when the user reaches it.
   */
  expiresIn: (seconds: number) => string;
  /**
   * Announced once when little time is left (WCAG 2.2.1); `seconds` is the time left when the
   * warning appeared, so the sentence does not change every second.
   */
  timeWarning: (seconds: number) => string;
  /** After the time warning when more time can be had: what to do. */
  timeWarningAction: string;
  /** The button in the time warning that gets a fresh code request (`onExtend`). */
  moreTime: string;
  /** That button while the new code request is on its way. */
  gettingMoreTime: string;
  /** Announced once when more time was given; `seconds` is whole minutes (see `expiresIn`). */
  timeExtended: (seconds: number) => string;
  /**
   * Shown when this device's clock and the server's differ a lot. `seconds` is the absolute
   * difference; `deviceBehind` is true when this device's clock is behind the server's.
   */
  clockSkew: (seconds: number, deviceBehind: boolean) => string;
  /** The button that goes back to the username and password (secondary while entering a code). */
  restart: string;
  /** The expired view's heading; `errors.kinds['mfa-expired']` explains it under the heading. */
  expiredHeading: string;
  /** Messages for the errors shown in this step. */
  errors: ErrorMessages;
}

export const mfaMessages: MfaMessages = {
  heading: 'Verify it’s you',
  signingInAs: (username) => `Signing in as ${username}`,
  chooseFactor: 'Choose how to verify',
  chooseFactorFirst: 'Choose a verification method first.',
  otherFactors: 'Other methods aren’t available here',
  noUsableFactor:
    'None of your verification methods gives a code to type here. Set up an authenticator app, or contact your Riffyn administrator.',
  usingFactor: (label, hint) => `Verification method: ${label}${hint ? ` (${hint})` : ''}`,
  factorLabels: {
    totp: 'Authenticator app',
    push: 'Okta Verify push',
    sms: 'Text message',
    call: 'Voice call',
    email: 'Email',
    hardware: 'Hardware token',
    other: () => 'Another verification method',
  },
  vendorNames: { GOOGLE: 'Google Authenticator', OKTA: 'Okta', YUBICO: 'YubiKey' },
  codeLabel: '6-digit code',
  codeLabelAnyLength: 'Verification code',
  codeHints: {
    totp: 'Enter the code from your authenticator app.',
    hardware: 'Enter the code on your hardware token.',
    other: 'Enter the verification code.',
  },
  sentWhenComplete: 'It is sent as soon as all 6 digits are in.',
  codeIncomplete: 'Enter all 6 digits of the code.',
  codeTooShort: 'Enter the whole code: at least 6 digits.',
  verify: 'Verify',
  verifying: 'Verifying…',
  checking: 'Checking your code…',
  expiresIn: (seconds) => `Time left to enter the code: ${inWords(seconds)}`,
  timeWarning: (seconds) =>
    `${seconds < 60 ? 'Less than a minute' : seconds < 90 ? 'About 1 minute' : `About ${Math.round(seconds / 60)} minutes`} left to enter your code.`,
  timeWarningAction: 'Choose “Get more time” if you need longer: what you typed stays.',
  moreTime: 'Get more time',
  gettingMoreTime: 'Getting more time…',
  timeExtended: (seconds) => `More time given: you now have ${inWords(seconds)} to enter the code.`,
  clockSkew: (seconds, deviceBehind) =>
    `This device’s clock is ${seconds} seconds ${deviceBehind ? 'behind' : 'ahead of'} the server’s. ` +
    'Authenticator codes made on it may be refused: set the date and time to update automatically.',
  restart: 'Start again',
  expiredHeading: 'Verification timed out',
  errors: errorMessages,
};

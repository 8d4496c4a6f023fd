import { forwardRef } from 'react';
import { useRenameApiKey } from '../../react/useSessionCalls.js';
import { ApiKeyReveal } from '../ApiKeyReveal/ApiKeyReveal.js';
import type { ApiKeyRevealProps } from '../ApiKeyReveal/ApiKeyReveal.types.js';
import type { AuthFlowComponents } from './AuthFlow.types.js';

export interface KeyStepProps extends Omit<ApiKeyRevealProps, 'onRename' | 'renameState'> {
  /** The app's own key step, if it gave one. */
  component?: AuthFlowComponents['apiKey'];
  allowRename: boolean;
}

/**
 * `<AuthFlow>`'s key step with the rename call it offers: loaded on demand with it, so a sign-in
 * page carries neither until a sign-in is on its way. The rename's outcome lives and ends with
 * the step.
 */
export const KeyStep = forwardRef<HTMLElement, KeyStepProps>(function KeyStep({ component, allowRename, ...props }, ref) {
  const { renameApiKey, renameApiKeyState } = useRenameApiKey();
  const Key = component ?? ApiKeyReveal;
  return <Key {...props} ref={ref} onRename={allowRename ? renameApiKey : undefined} renameState={renameApiKeyState} />;
});

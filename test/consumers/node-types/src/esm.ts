// Type-checked as an ES module (the package is "type": "module") under bundler, node16, nodenext.
import 'riffyn-login-kit/styles.css';
import { createRef, type ComponentProps } from 'react';
import { AuthFlow, LoginForm, MfaFactorPicker, ApiKeyReveal, type LoginFormProps } from 'riffyn-login-kit';
import {
  AuthError,
  createRiffynClient,
  createRiffynProxy,
  isAuthError,
  type AuthErrorKind,
  type RiffynClient,
  type RiffynProxyHandler,
} from 'riffyn-login-kit/core';
import { toNodeHandler, type NodeHandler } from 'riffyn-login-kit/node';
import { createMockRiffyn, type MockRiffyn } from 'riffyn-login-kit/testing';
import { startMockRiffynServer } from 'riffyn-login-kit/testing/server';
import { riffynHandlers } from 'riffyn-login-kit/testing/msw';
import { withOverrides, type AuthMessages } from 'riffyn-login-kit';
import { de } from 'riffyn-login-kit/locales/de';
import { ja } from 'riffyn-login-kit/locales/ja';
import { zhCN } from 'riffyn-login-kit/locales/zh-CN';
import { ar } from 'riffyn-login-kit/locales/ar';
import { ptBR } from 'riffyn-login-kit/locales/pt-BR';

// A shipped language is a complete, typed set; an override keeps its type.
export const german: AuthMessages = withOverrides(de, { loginForm: { submit: 'Los' } });
export const languages: AuthMessages[] = [ja, zhCN, ar, ptBR];

const client: RiffynClient = createRiffynClient({ baseUrl: 'https://api.example.test', timeoutMs: undefined });
const kind: AuthErrorKind = 'internal';
const error = new AuthError(kind, { cause: new Error('x'), status: undefined });
export const known: boolean = isAuthError(error);

// Refs: the root elements, typed.
export const loginRef = createRef<HTMLDivElement>();
export const login: ComponentProps<typeof LoginForm> = { onSubmit: () => {}, ref: loginRef, error: undefined };
export const flow: ComponentProps<typeof AuthFlow> = { ref: createRef<HTMLElement>(), headingLevel: undefined };
export const mfa: ComponentProps<typeof MfaFactorPicker>['ref'] = createRef<HTMLElement>();
export const key: ComponentProps<typeof ApiKeyReveal>['ref'] = createRef<HTMLElement>();

// exactOptionalPropertyTypes: optional props passed through as possibly undefined.
export function passThrough(pending?: boolean, defaultUsername?: string): LoginFormProps {
  return { onSubmit: () => {}, pending, defaultUsername, classNames: { submit: undefined } };
}

const mock: MockRiffyn = createMockRiffyn();
export const handlers = riffynHandlers(mock, { baseUrl: undefined });
export const started = () => startMockRiffynServer({ port: undefined, mock });
// The same-origin proxy (Fetch API) and its Node adapter; options may be undefined too.
export const proxy: RiffynProxyHandler = createRiffynProxy({ upstream: 'https://api.example.test', timeoutMs: undefined, log: undefined });
export const onNode: NodeHandler = toNodeHandler(proxy);
export { client };

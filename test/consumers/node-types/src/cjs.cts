// Type-checked as CommonJS under node16 and nodenext: the require condition's .d.cts types.
// Not riffyn-login-kit/testing/msw: msw's own types (2.11.2 and later) import the ESM-only
// rettime, which a CommonJS file cannot; that is msw's limit, not the kit's (esm.ts checks it).
import { AuthFlow, LoginForm } from 'riffyn-login-kit';
import { AuthError, createRiffynProxy, isAuthError } from 'riffyn-login-kit/core';
import { toNodeHandler } from 'riffyn-login-kit/node';
import { createMockRiffyn } from 'riffyn-login-kit/testing';
import { startMockRiffynServer } from 'riffyn-login-kit/testing/server';
import { fr } from 'riffyn-login-kit/locales/fr';
import { withOverrides } from 'riffyn-login-kit/core';
import type { ComponentProps } from 'react';

export const known: boolean = isAuthError(new AuthError('network'));
export const login: ComponentProps<typeof LoginForm>['onSubmit'] = ({ username, password }) => void [username, password];
export const flow: ComponentProps<typeof AuthFlow>['headingLevel'] = 2;
export const mock = createMockRiffyn();
export const start = startMockRiffynServer;
export const proxy = toNodeHandler(createRiffynProxy({ upstream: 'https://api.example.test', basePath: undefined }));
export const french = withOverrides(fr, { errors: { kinds: { network: 'Hors ligne.' } } }).loginForm.errors.kinds.network;

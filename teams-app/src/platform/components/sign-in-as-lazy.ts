import { lazy } from 'react';

/**
 * The sign-in-as picker is a chunk of its own: only local mode shows it, and its Fluent Dropdown
 * (with popup positioning and focus management) is the largest part of the header. Outside Teams
 * the shell asks for it at once, so it arrives while the service's setup calls are under way.
 */
export const loadSignInAs = () => import('./SignInAs');

export const SignInAs = lazy(async () => ({ default: (await loadSignInAs()).SignInAs }));

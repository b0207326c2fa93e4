import type { MeView, SignInBody, SignInResponse } from '@jiebang/contracts';
import type { z } from 'zod';

export type Me = z.infer<typeof MeView>;
export type Role = Me['grants'][number]['role'];
export type SignInInput = z.input<typeof SignInBody>;
export type SignInResult = z.infer<typeof SignInResponse>;

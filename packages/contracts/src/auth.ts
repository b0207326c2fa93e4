import { z } from 'zod';
import { ROLES } from '@jiebang/domain';

export const SignInBody = z.object({
  username: z.string().trim().min(1, 'is required').max(100),
  password: z.string().min(1, 'is required').max(200),
});

export const RoleGrantView = z.object({
  role: z.enum(ROLES),
  tenantId: z.uuid(),
  organisationId: z.uuid().nullable(),
  programmeId: z.uuid().nullable(),
});

export const MeView = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    tenantId: z.uuid(),
    grants: z.array(RoleGrantView),
  })
  .meta({ id: 'Me' });

export const SignInResponse = z.object({
  token: z.string().describe('Session token; also set as the jb_session cookie. Send as `Authorization: Bearer <token>`.'),
  expiresAt: z.iso.datetime(),
  me: MeView,
});

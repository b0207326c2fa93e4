import type { Actor } from '@jiebang/domain';

export const presentMe = (actor: Actor) => ({ userId: actor.userId, displayName: actor.displayName, tenantId: actor.tenantId, grants: [...actor.grants] });

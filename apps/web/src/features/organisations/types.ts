import type { RegisterOrganisationBody, RegisterOrganisationResponse, TenantListItem } from '@jiebang/contracts';
import type { z } from 'zod';

export type RegistrationInput = z.input<typeof RegisterOrganisationBody>;
export type Registration = z.infer<typeof RegisterOrganisationResponse>;
export type OrganisationType = RegistrationInput['organisation']['type'];
export type Tenant = z.infer<typeof TenantListItem>;

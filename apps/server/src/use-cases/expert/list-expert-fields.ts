import { EXPERT_FIELDS } from '@jiebang/domain';

/** The field catalogue (GB/T 4754-2017 divisions with everyday aliases), public: the registration form needs it. */
export function listExpertFields() {
  return EXPERT_FIELDS.map((field) => ({ code: field.code, label: field.label, aliases: [...field.aliases] }));
}

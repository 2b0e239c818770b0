import type { CategoryDefinition } from '../category.js';
import type { CategoryId } from '../ids.js';
import { accountStatus } from './account-status.js';
import { contact } from './contact.js';
import { credential } from './credential.js';
import { financial } from './financial.js';
import { governmentId } from './government-id.js';
import { otherPii } from './other-pii.js';
import { phoneFragment } from './phone-fragment.js';
import { phone } from './phone.js';

/** Every category, keyed by id. The order is the order of CATEGORY_IDS. */
export const CATEGORIES: Readonly<Record<CategoryId, CategoryDefinition>> = {
  credential,
  phone,
  'phone-fragment': phoneFragment,
  'account-status': accountStatus,
  contact,
  'government-id': governmentId,
  financial,
  'other-pii': otherPii,
};

/** The definition of one category. */
export function getCategory(id: CategoryId): CategoryDefinition {
  return CATEGORIES[id];
}

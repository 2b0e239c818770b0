import { CATEGORY_IDS } from '../taxonomy/ids.js';
import type { CategoryId } from '../taxonomy/ids.js';

/**
 * What a hash or key-derivation function removes: everything but `credential`. A hash of a
 * password is a stored password hash, which the policy keeps in `credential` (crackable offline).
 */
export const ALL_BUT_CREDENTIAL: readonly CategoryId[] = CATEGORY_IDS.filter((id) => id !== 'credential');

/** What a mask removes: everything but `phone-fragment`, which a mask showing digits still is. */
export const ALL_BUT_PHONE_FRAGMENT: readonly CategoryId[] = CATEGORY_IDS.filter((id) => id !== 'phone-fragment' && id !== 'phone');

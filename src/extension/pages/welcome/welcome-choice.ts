// What the welcome page's one question sets. 家里的长辈: the elder profile (every warning, the
// confirmation before sending a form on a risky page), larger text and read-aloud on.
import type { Settings } from '../../../settings/settings-schema';
import { ELDER_TEXT_SCALE } from '../../../settings/text-scale';

export type Who = 'self' | 'elder';

export function choiceFor(who: Who): Pick<Settings, 'sensitivity' | 'textScale' | 'readAloud'> {
  return who === 'elder'
    ? { sensitivity: 'elder', textScale: ELDER_TEXT_SCALE, readAloud: true }
    : { sensitivity: 'standard', textScale: 1, readAloud: false };
}

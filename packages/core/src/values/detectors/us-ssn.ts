import { isEndBoundary, isStartBoundary } from '../chars.js';
import type { ValueDetector } from '../detector.js';

const SSN_SHAPE = /[0-9]{3}-[0-9]{2}-[0-9]{4}/g;

/** Whether area, group and serial are ones the SSA issues (never 000/666/9xx, 00, 0000). */
function isIssuableSsn(ssn: string): boolean {
  const area = ssn.slice(0, 3);
  return area !== '000' && area !== '666' && !area.startsWith('9') && ssn.slice(4, 6) !== '00' && ssn.slice(7) !== '0000';
}

/** US Social Security numbers in the dashed `AAA-GG-SSSS` form. */
export const usSsnDetector: ValueDetector = {
  id: 'us-ssn',
  category: 'government-id',
  title: 'US Social Security number',
  description:
    'The dashed AAA-GG-SSSS form with an issuable area, group and serial. Nine bare digits are not matched: without a label they are indistinguishable from ids and ZIP+4 codes.',
  scan(text, report) {
    const shapes = SSN_SHAPE;
    shapes.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = shapes.exec(text)) !== null) {
      const start = m.index;
      const end = start + 11;
      if (!isStartBoundary(text, start) || !isEndBoundary(text, end) || !isIssuableSsn(m[0])) {
        shapes.lastIndex = start + 1;
        continue;
      }
      if (report(start, end)) return;
    }
  },
};

// Chromium: the quick read leaves a page's large inline scripts out and joins the text around
// them (the case lives in ../scenarios/large-scripts.ts, shared with Firefox).
import { describe } from 'vitest';
import { largeScriptCases } from '../scenarios/large-scripts';
import { chromiumSuite } from './chromium-suite';

describe('Chromium: pages with large inline scripts', () => {
  largeScriptCases({ name: 'Chromium', session: chromiumSuite() });
});

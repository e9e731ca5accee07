// Metamorphic property "fullwidth-digits" over every fixture page: see transforms/fullwidth-digits.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { fullwidthDigits } from './transforms/fullwidth-digits';

metamorphicSuite(fullwidthDigits);

// Metamorphic property "inline-split" over every fixture page: see transforms/inline-split.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { inlineSplit } from './transforms/inline-split';

metamorphicSuite(inlineSplit);

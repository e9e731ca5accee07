// Metamorphic property "labelled-line" over every fixture page: see transforms/labelled-line.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { labelledLine } from './transforms/labelled-line';

metamorphicSuite(labelledLine);

// Metamorphic property "quiet-report" over every fixture page: see transforms/quiet-report.ts for
// the transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { quietReport } from './transforms/quiet-report';

metamorphicSuite(quietReport);

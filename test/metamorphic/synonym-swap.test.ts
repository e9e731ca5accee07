// Metamorphic property "synonym-swap" over every fixture page: see transforms/synonym-swap.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { synonymSwap } from './transforms/synonym-swap';

metamorphicSuite(synonymSwap);

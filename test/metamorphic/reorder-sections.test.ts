// Metamorphic property "reorder-sections" over every fixture page: see transforms/reorder-sections.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { reorderSections } from './transforms/reorder-sections';

metamorphicSuite(reorderSections);

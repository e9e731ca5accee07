// Metamorphic property "benign-noise" over every fixture page: see transforms/benign-noise.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { benignNoise } from './transforms/benign-noise';

metamorphicSuite(benignNoise);

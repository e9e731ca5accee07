// Metamorphic property "news-reframe" over every fixture page: see transforms/news-reframe.ts for the
// transformation, harness/run-suite.ts for the relation and known-gaps.ts for what still fails.
import './harness/config';
import { metamorphicSuite } from './harness/run-suite';
import { newsReframe } from './transforms/news-reframe';

metamorphicSuite(newsReframe);

// The page kinds Mingbai knows: one line each. The page-kind and risk-code checks of every pack,
// the fact registry, the settings' categories, the options page and the CLI's names all derive
// from this list (domain-catalog.ts). Adding a kind: docs/adding-a-page-kind.md.
import type { DomainModule } from './domain-module';
import { foodDomain } from './food/domain';
import { loanDomain } from './loan/domain';
import { trainingDomain } from './training/domain';

export const DOMAINS: readonly DomainModule[] = [loanDomain, foodDomain, trainingDomain];

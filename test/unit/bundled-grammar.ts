// The bundled packs' grammar (labels, units, numerals), as the parsers read it in a scan.
import { bundledRuleset } from '../fuzz/bundled-ruleset';

export const GRAMMAR = bundledRuleset().grammar;

// What the explorer says about a node: derivations (the arithmetic), facts (value + derivation, for the
// detail panel) and erratum proofs. One folder, one concept per file.
export * from './derivations';
export * from './errata';
export * from './facts';

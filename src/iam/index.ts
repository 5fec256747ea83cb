// The policy engine's public face. Plain TypeScript: no React, DOM, storage, clock or randomness.
export type * from './types';

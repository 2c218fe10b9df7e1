// What run.mjs itself needs from the TypeScript side: the vault generator and its shapes.
export { FULL_VAULT, QUICK_VAULT, generateVault } from "../generate";
export { baselineOf, comparison } from "./compare";

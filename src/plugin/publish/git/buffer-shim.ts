// esbuild injects this module wherever the bundle uses the free name `Buffer` (isomorphic-git does): the
// plugin then carries its own Buffer (the `buffer` package) instead of relying on a global that Obsidian
// mobile does not have. Nothing global is changed, so other plugins are unaffected.
export { Buffer } from "buffer/";

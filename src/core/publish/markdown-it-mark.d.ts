declare module "markdown-it-mark" {
	import type { PluginSimple } from "markdown-it";
	const mark: PluginSimple;
	export default mark;
}

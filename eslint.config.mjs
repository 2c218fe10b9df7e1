import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"dist/",
		"tests/.output/",
		"bench/.output/",
		"example-vault/.obsidian/",
	]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
			},
		},
	},
	{
		files: ["esbuild.config.mjs", "package.json"],
		rules: {
			// The design card asks for the builtin-modules package (the externals list); the rule bans it.
			"depend/ban-dependencies": "off",
		},
	},
	{
		// Node hosts: the CLI, tests, benchmarks and build scripts run in Node, never in Obsidian.
		files: ["src/cli/**", "tests/**", "bench/**", "scripts/**", "bin/**", "*.mjs", "*.js"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			// Terminal programs talk through the console; the no-console guideline is about the plugin.
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"obsidianmd/prefer-active-doc": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// CommonJS files (the bin launcher, jest config) load with require by design.
		files: ["bin/*.js", "jest.config.js"],
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);

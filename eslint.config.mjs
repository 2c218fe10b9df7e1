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
		// The harness is our stand-in for Obsidian itself: it implements createEl, instanceOf and the vault's
		// delete and trash, so the rules for plugins calling them do not apply to it or to its own tests.
		files: ["tests/harness/**"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
		},
	},
	{
		// Plain Chromium pages (the garden site, the bench's sidebar page): not Obsidian, so no createEl or
		// requestUrl there.
		files: ["tests/e2e/**", "bench/lib/chromium-*.ts"],
		rules: { "obsidianmd/prefer-create-el": "off", "no-restricted-globals": "off" },
	},
	{
		// CommonJS files (the bin launcher, jest config) load with require by design.
		files: ["bin/*.js", "jest.config.js"],
		rules: { "@typescript-eslint/no-require-imports": "off" },
	},
]);

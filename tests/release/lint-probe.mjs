// Runs ESLint with the project's own eslint.config.mjs and prints what the manifest test needs as JSON.
// It runs as a child process because ESLint loads its ES-module config with import(), which Jest's
// CommonJS sandbox cannot do.
import { ESLint } from "eslint";

const RULE = "obsidianmd/no-unsupported-api";

// App.isDarkMode arrived in Obsidian 1.10.0: calling it must be reported while minAppVersion is older.
const PROBE = `import { App } from "obsidian";
export function probeDarkMode(app: App): boolean {
	return app.isDarkMode();
}
`;

const PROBE_FILE = "since-probe.ts";

const eslint = new ESLint({
	cwd: process.cwd(),
	ruleFilter: ({ ruleId }) => ruleId === RULE,
	// The probe exists only in memory, so it cannot be part of tsconfig.json: give it the default project.
	overrideConfig: {
		files: [PROBE_FILE],
		languageOptions: { parserOptions: { projectService: { allowDefaultProject: [PROBE_FILE] } } },
	},
});
const config = await eslint.calculateConfigForFile("src/plugin/main.ts");
// The probe goes first: typescript-eslint builds its project service from the first file it parses.
const [probeResult] = await eslint.lintText(PROBE, { filePath: PROBE_FILE });
const pluginResults = await eslint.lintFiles(["src/plugin/**/*.ts"]);

const summarize = (result) =>
	result.messages.map((m) => ({ file: result.filePath, line: m.line, ruleId: m.ruleId, message: m.message }));

process.stdout.write(
	JSON.stringify({
		ruleSetting: config.rules?.[RULE] ?? null,
		pluginFiles: pluginResults.length,
		pluginMessages: pluginResults.flatMap(summarize),
		probeMessages: summarize(probeResult),
	}),
);

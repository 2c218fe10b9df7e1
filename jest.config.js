/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
	moduleFileExtensions: ["ts", "js", "json"],
	testTimeout: 60000,
	// Jest's default is one worker fewer than the cores: on CI's two cores that is one, and the suites ran one by one.
	maxWorkers: "100%",
};

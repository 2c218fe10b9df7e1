// A real git smart-HTTP server for tests: Debian's `git http-backend` (CGI) behind a Node HTTP server on
// 127.0.0.1, with Basic auth and hooks to make it misbehave (reject credentials, drop a push half way,
// run something between two requests) and counters of what crossed the wire.
import { execFile, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

const HTTP_BACKEND = "/usr/lib/git-core/git-http-backend";

export interface GitRequestRecord {
	method: string;
	/** Path after the repository name: `/info/refs`, `/git-upload-pack`, `/git-receive-pack`. */
	path: string;
	/** `git-upload-pack` (fetch) or `git-receive-pack` (push). */
	service: string;
	status: number;
	/** Request body bytes received from the client. */
	bytesIn: number;
	/** Response body bytes sent to the client. */
	bytesOut: number;
}

export interface GitRequestInfo {
	method: string;
	path: string;
	service: string;
}

export interface GitServerHooks {
	/** Answer every request with 401, whatever the credentials. */
	rejectAuth?: boolean;
	/**
	 * Drop the connection of the next push (POST git-receive-pack) after this share (0..1) of its body reached
	 * git: git gets a truncated pack and the client a reset socket. One-shot.
	 */
	dropNextReceivePack?: { fraction: number };
	/** Awaited before a request is served (e.g. push from another clone between a fetch and a push). */
	beforeRequest?: (info: GitRequestInfo) => Promise<void> | void;
}

export interface GitTestServer {
	/** Clone URL without credentials, e.g. http://127.0.0.1:PORT/site.git */
	url: string;
	/** Clone URL with the valid credentials in it (for the git CLI). */
	authedUrl: string;
	/** Path of the bare repository on disk. */
	bareDir: string;
	/** Temp folder owning everything this server created. */
	root: string;
	username: string;
	password: string;
	hooks: GitServerHooks;
	requests: GitRequestRecord[];
	/** Bytes the clients uploaded in push requests since the last reset. */
	uploadedBytes(): number;
	resetCounters(): void;
	/** Run the git CLI with a fixed identity and no user config. */
	git(args: string[], cwd?: string): string;
	close(): Promise<void>;
}

export interface GitServerOptions {
	/** Name of the bare repository, `site.git` by default. */
	repoName?: string;
	username?: string;
	password?: string;
	/** Extra `git config` entries for the bare repository (e.g. receive.maxInputSize). */
	config?: Record<string, string>;
}

/** Environment for the git CLI that ignores the machine's and user's config. */
export function gitEnv(): Record<string, string | undefined> {
	return {
		...process.env,
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_CONFIG_GLOBAL: "/dev/null",
		GIT_TERMINAL_PROMPT: "0",
		GIT_AUTHOR_NAME: "Other Person",
		GIT_AUTHOR_EMAIL: "other@example.com",
		GIT_COMMITTER_NAME: "Other Person",
		GIT_COMMITTER_EMAIL: "other@example.com",
	};
}

/** Runs the git CLI synchronously: only for local work, never against the server (it runs in this process). */
export function runGit(args: string[], cwd?: string): string {
	return execFileSync("git", args, { cwd, env: gitEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** Runs the git CLI without blocking, for commands that talk to the test server (clone, fetch, push). */
export function gitAsync(args: string[], cwd?: string): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile("git", args, { cwd, env: gitEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error) reject(new Error(`git ${args.join(" ")} failed: ${stderr}`));
			else resolve(stdout);
		});
	});
}

export async function startGitServer(options: GitServerOptions = {}): Promise<GitTestServer> {
	const repoName = options.repoName ?? "site.git";
	const username = options.username ?? "publisher";
	const password = options.password ?? "correct-horse-battery-staple";
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "pg-git-server-"));
	const projectRoot = path.join(root, "repos");
	const bareDir = path.join(projectRoot, repoName);
	fs.mkdirSync(projectRoot, { recursive: true });
	runGit(["init", "--bare", "--initial-branch=main", bareDir]);
	runGit(["config", "http.receivepack", "true"], bareDir);
	for (const [key, value] of Object.entries(options.config ?? {})) runGit(["config", key, value], bareDir);

	const hooks: GitServerHooks = {};
	const requests: GitRequestRecord[] = [];
	const expected = "Basic " + Buffer.from(`${username}:${password}`).toString("base64");
	const prefix = `/${repoName}`;

	const server = http.createServer((req, res) => {
		void serve(req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
			res.end(String(error));
		});
	});

	async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? "/", "http://127.0.0.1");
		const method = req.method ?? "GET";
		const subPath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
		const service = url.searchParams.get("service") ?? (subPath.startsWith("/git-") ? subPath.slice(1) : "");
		const record: GitRequestRecord = { method, path: subPath, service, status: 0, bytesIn: 0, bytesOut: 0 };
		requests.push(record);
		if (hooks.beforeRequest) await hooks.beforeRequest({ method, path: subPath, service });

		if (!url.pathname.startsWith(prefix + "/")) {
			record.status = 404;
			res.writeHead(404, { "Content-Type": "text/plain" });
			res.end("Repository not found");
			return;
		}
		if (hooks.rejectAuth || req.headers.authorization !== expected) {
			record.status = 401;
			req.resume();
			res.writeHead(401, { "WWW-Authenticate": 'Basic realm="git"', "Content-Type": "text/plain" });
			res.end("Authentication required");
			return;
		}

		const drop = method === "POST" && service === "git-receive-pack" ? hooks.dropNextReceivePack : undefined;
		if (drop) hooks.dropNextReceivePack = undefined;

		const env: Record<string, string | undefined> = {
			PATH: process.env.PATH,
			GIT_PROJECT_ROOT: projectRoot,
			GIT_HTTP_EXPORT_ALL: "1",
			GIT_CONFIG_NOSYSTEM: "1",
			GIT_CONFIG_GLOBAL: "/dev/null",
			REMOTE_USER: username,
			REMOTE_ADDR: "127.0.0.1",
			REQUEST_METHOD: method,
			PATH_INFO: url.pathname,
			QUERY_STRING: url.search.startsWith("?") ? url.search.slice(1) : "",
			CONTENT_TYPE: req.headers["content-type"] ?? "",
			GATEWAY_INTERFACE: "CGI/1.1",
			SERVER_PROTOCOL: "HTTP/1.1",
		};
		if (req.headers["content-length"] !== undefined) env.CONTENT_LENGTH = req.headers["content-length"];
		if (req.headers["content-encoding"] !== undefined) env.HTTP_CONTENT_ENCODING = req.headers["content-encoding"];
		if (req.headers["git-protocol"] !== undefined) env.GIT_PROTOCOL = String(req.headers["git-protocol"]);

		const cgi = spawn(HTTP_BACKEND, [], { env, stdio: ["pipe", "pipe", "pipe"] });
		let stderr = "";
		cgi.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
		cgi.stdin.on("error", () => undefined);

		const total = Number(req.headers["content-length"] ?? "0");
		const dropAt = drop ? Math.max(1, Math.floor(total * drop.fraction)) : Infinity;
		let dropped = false;
		req.on("data", (chunk: Buffer) => {
			if (dropped) return;
			const room = dropAt - record.bytesIn;
			if (chunk.length >= room) {
				// Give git only part of the pack, then cut everything: git sees a truncated pack, the client a reset.
				cgi.stdin.write(chunk.subarray(0, room));
				record.bytesIn += room;
				dropped = true;
				record.status = -1;
				cgi.kill("SIGKILL");
				req.socket.destroy();
				return;
			}
			record.bytesIn += chunk.length;
			cgi.stdin.write(chunk);
		});
		req.on("end", () => {
			if (!dropped) cgi.stdin.end();
		});

		let head = Buffer.alloc(0);
		let headersDone = false;
		cgi.stdout.on("data", (chunk: Buffer) => {
			if (dropped) return;
			if (headersDone) {
				record.bytesOut += chunk.length;
				res.write(chunk);
				return;
			}
			head = Buffer.concat([head, chunk]);
			let end = head.indexOf("\r\n\r\n");
			let sepLength = 4;
			if (end < 0) {
				end = head.indexOf("\n\n");
				sepLength = 2;
			}
			if (end < 0) return;
			headersDone = true;
			const headerText = head.subarray(0, end).toString("latin1");
			const body = head.subarray(end + sepLength);
			let status = 200;
			const headers: Record<string, string> = {};
			for (const line of headerText.split(/\r?\n/)) {
				const colon = line.indexOf(":");
				if (colon < 0) continue;
				const name = line.slice(0, colon).trim();
				const value = line.slice(colon + 1).trim();
				if (name.toLowerCase() === "status") status = parseInt(value, 10);
				else headers[name] = value;
			}
			record.status = status;
			res.writeHead(status, headers);
			record.bytesOut += body.length;
			if (body.length > 0) res.write(body);
		});
		await new Promise<void>((resolve) => {
			cgi.on("close", () => {
				if (!dropped) {
					if (!headersDone) {
						record.status = 500;
						res.writeHead(500, { "Content-Type": "text/plain" });
						res.end("git http-backend failed: " + stderr);
					} else {
						res.end();
					}
				}
				resolve();
			});
		});
	}

	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	if (address === null || typeof address === "string") throw new Error("The git test server has no port");
	const url = `http://127.0.0.1:${address.port}${prefix}`;
	const authedUrl = `http://${encodeURIComponent(username)}:${encodeURIComponent(password)}@127.0.0.1:${address.port}${prefix}`;

	return {
		url,
		authedUrl,
		bareDir,
		root,
		username,
		password,
		hooks,
		requests,
		uploadedBytes: () =>
			requests.filter((r) => r.method === "POST" && r.service === "git-receive-pack").reduce((sum, r) => sum + r.bytesIn, 0),
		resetCounters: () => {
			requests.length = 0;
		},
		git: (args, cwd) => runGit(args, cwd ?? bareDir),
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			fs.rmSync(root, { recursive: true, force: true });
		},
	};
}

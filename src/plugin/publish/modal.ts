// The publish preview: new / changed / renamed / removed notes with checkboxes and a diff of each note's
// compiled text, and the target it goes to: the folder and its file counts, or the exact git commit (branch,
// parent, full message) for the notes selected. The dry run shows the same, read-only.
import { Modal, Setting, type App } from "obsidian";
import { lineDiff, writtenPaths, type PlannedNote, type RemovedNote, type RenamedNote } from "../../core/publish";
import type { Prepared, TargetPreview } from "./publisher";

type Row = { path: string; label: string; detail: string; checked: boolean; diff: boolean };

function rows(prepared: Prepared): { title: string; rows: Row[] }[] {
	const plan = prepared.build.plan;
	const planned = (n: PlannedNote, what: string): Row => ({ path: n.path, label: n.path, detail: `${n.url}${what}`, checked: true, diff: true });
	return [
		{ title: "New", rows: plan.new.map((n) => planned(n, "")) },
		{ title: "Changed", rows: plan.changed.map((n) => planned(n, ` · ${n.reasons.map(reasonText).join(", ")}`)) },
		{ title: "Renamed", rows: plan.renamed.map((n: RenamedNote) => ({ path: n.to, label: `${n.from} → ${n.to}`, detail: n.fromUrl === n.url ? n.url : `${n.fromUrl} redirects to ${n.url}`, checked: true, diff: false })) },
		// Removals are listed but never pre-selected: taking a page down is a choice.
		{ title: "Removed", rows: plan.removed.map((n: RemovedNote) => ({ path: n.path, label: n.path, detail: `${n.url} · ${n.reason === "deleted" ? "note deleted" : "no longer flagged"}`, checked: false, diff: false })) },
	].filter((s) => s.rows.length > 0);
}

function reasonText(reason: string): string {
	return ({ text: "text edited", embed: "an embedded note changed", link: "a linked note's URL changed", url: "its URL changed", settings: "settings changed", speakers: "a speaker's name changed", backlinks: "the notes linking to it changed", quotes: "the quotes its quotes block shows changed", missing: "its files were missing from the target" } as Record<string, string>)[reason] ?? reason;
}

/** Without a host to build again: the prepared build's counts (the whole plan), no commit. */
function preparedCounts(prepared: Prepared): Promise<TargetPreview> {
	return Promise.resolve({ write: writtenPaths(prepared.build.changes).length, delete: prepared.build.changes.delete.length, commit: null });
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export class PublishPreviewModal extends Modal {
	private readonly selected = new Set<string>();
	private targetEl: HTMLElement | null = null;
	/** Target previews run one after another (the git one fetches into the shared cache). */
	private queue: Promise<void> = Promise.resolve();
	private asked = 0;

	constructor(
		app: App,
		private readonly prepared: Prepared,
		private readonly mode: "preview" | "dry-run",
		private readonly onConfirm: (selection: Set<string>) => void = () => undefined,
		/** What publishing a selection does to the target (everything when absent); see `previewTarget`. */
		private readonly preview: (selection?: ReadonlySet<string>) => Promise<TargetPreview> = () => preparedCounts(prepared),
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		const { build, target } = this.prepared;
		contentEl.addClass("pg-publish-modal");
		this.setTitle(this.mode === "dry-run" ? "Dry run: what publishing would change" : "Publish flagged notes");
		contentEl.createEl("p", { cls: "pg-publish-target", text: `Target: ${target.describe()}` });
		this.targetEl = contentEl.createDiv({ cls: "pg-publish-commit" });
		const sections = rows(this.prepared);
		contentEl.createEl("p", { cls: "pg-publish-summary", text: `${plural(build.plan.unchanged.length, "unchanged note")}.` });
		if (sections.length === 0) contentEl.createEl("p", { text: writtenPaths(build.changes).length + build.changes.delete.length === 0 ? "Nothing to publish: every flagged note is up to date." : "No note changed; only site files (speaker, quote or search pages) are updated." });
		for (const section of sections) {
			contentEl.createEl("h3", { text: `${section.title} (${section.rows.length})` });
			const list = contentEl.createDiv({ cls: "pg-publish-list" });
			for (const row of section.rows) this.row(list, row);
		}
		if (this.mode === "dry-run") {
			const details = contentEl.createEl("details", { cls: "pg-publish-files" });
			details.createEl("summary", { text: "Files" });
			const pre = details.createEl("pre");
			pre.setText([...writtenPaths(build.changes).map((path) => `write  ${path}`), ...build.changes.delete.map((p) => `delete ${p}`)].join("\n") || "None");
		}
		const buttons = new Setting(contentEl);
		if (this.mode === "preview") {
			buttons.addButton((b) =>
				b.setButtonText("Publish selected").setCta().onClick(() => {
					const selection = new Set(this.selected);
					this.close();
					// A target preview still running shares the git cache: publish after it.
					void this.queue.then(() => this.onConfirm(selection));
				}),
			);
		}
		buttons.addButton((b) => b.setButtonText(this.mode === "preview" ? "Cancel" : "Close").onClick(() => this.close()));
		this.refreshTarget();
	}

	/** Shows what the current selection does to the target; a newer selection supersedes a running one. */
	private refreshTarget(): void {
		const asked = ++this.asked;
		const el = this.targetEl;
		if (!el) return;
		el.empty();
		el.createEl("p", { cls: "pg-publish-pending", text: "Working out what publishing changes…" });
		const selection = this.mode === "preview" ? new Set(this.selected) : undefined;
		this.queue = this.queue.then(async () => {
			if (asked !== this.asked) return;
			let shown: TargetPreview | Error;
			try {
				shown = await this.preview(selection);
			} catch (error) {
				shown = error instanceof Error ? error : new Error(String(error));
			}
			if (asked === this.asked && this.targetEl === el) this.showTarget(el, shown);
		});
	}

	private showTarget(el: HTMLElement, shown: TargetPreview | Error): void {
		el.empty();
		if (shown instanceof Error) {
			el.createEl("p", { cls: "pg-publish-error", text: `Could not preview the target: ${shown.message}` });
			return;
		}
		const files = `${plural(shown.write, "file")} to write, ${shown.delete} to delete`;
		const commit = shown.commit;
		if (!commit) {
			el.createEl("p", { cls: "pg-publish-summary", text: `${files}.` });
			return;
		}
		if (!commit.willCommit) {
			el.createEl("p", { cls: "pg-publish-summary", text: `No commit: branch ${commit.branch} already holds this site.` });
			return;
		}
		const parent = commit.parent === null ? `none (the branch ${commit.branch} will be created)` : commit.parent;
		el.createEl("p", { cls: "pg-publish-summary", text: `Commit on branch ${commit.branch} · parent ${parent} · ${files}.` });
		el.createEl("pre", { cls: "pg-publish-message", text: commit.message });
	}

	onClose(): void {
		this.asked++;
		this.targetEl = null;
		this.contentEl.empty();
	}

	private row(list: HTMLElement, row: Row): void {
		const item = list.createDiv({ cls: "pg-publish-row" });
		const line = item.createDiv({ cls: "pg-publish-line" });
		if (this.mode === "preview") {
			const box = line.createEl("input", { type: "checkbox", cls: "pg-publish-check" });
			box.checked = row.checked;
			box.setAttribute("aria-label", `Publish ${row.label}`);
			if (row.checked) this.selected.add(row.path);
			box.addEventListener("change", () => {
				if (box.checked) this.selected.add(row.path);
				else this.selected.delete(row.path);
				this.refreshTarget();
			});
		}
		line.createSpan({ cls: "pg-publish-path", text: row.label });
		line.createSpan({ cls: "pg-publish-detail", text: row.detail });
		if (!row.diff) return;
		const toggle = line.createEl("button", { cls: "pg-publish-diff-toggle", text: "Show changes" });
		const box = item.createDiv({ cls: "pg-publish-diff" });
		box.hide();
		toggle.addEventListener("click", () => {
			if (box.isShown()) {
				box.hide();
				toggle.setText("Show changes");
				return;
			}
			toggle.setText("Hide changes");
			box.show();
			if (box.childElementCount === 0) void this.fillDiff(box, row.path);
		});
	}

	private async fillDiff(box: HTMLElement, path: string): Promise<void> {
		const { build, target, texts } = this.prepared;
		const file = build.markdownFiles.get(path);
		const after = file === undefined ? undefined : (texts?.get(file) ?? build.changes.write.find((f) => f.path === file)?.content);
		const before = file && target.readFile ? await target.readFile(file).catch(() => null) : null;
		if (typeof after !== "string") {
			box.createDiv({ text: "The compiled text did not change." });
			return;
		}
		for (const line of lineDiff(before ?? "", after)) {
			box.createDiv({ cls: `pg-diff-${line.kind}`, text: `${line.kind === "added" ? "+" : line.kind === "removed" ? "-" : " "} ${line.text}` });
		}
	}
}

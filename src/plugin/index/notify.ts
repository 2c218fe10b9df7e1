// Views hear about index changes a moment after the last one, so a burst of edits redraws them once.
import { Component } from "obsidian";

export class ChangeNotifier extends Component {
	private timer: number | null = null;
	private latest: (() => void) | null = null;

	constructor(private readonly delayMs = 60) {
		super();
	}

	/** Pass as the index's `schedule`: keeps the latest notification and sends it after the delay. */
	readonly schedule = (notify: () => void): void => {
		this.latest = notify;
		if (this.timer !== null) return;
		this.timer = window.setTimeout(() => {
			this.timer = null;
			const fire = this.latest;
			this.latest = null;
			fire?.();
		}, this.delayMs);
	};

	onunload(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.latest = null;
	}
}

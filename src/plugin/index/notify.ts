// Views hear about index changes a moment after the first of a burst, with the latest notification, so a
// burst of edits redraws them once. Obsidian's `debounce` without resetting the timer: during a long burst
// (the first pass) the sidebar still redraws every `delayMs`, instead of only when the burst ends.
import { Component, debounce, type Debouncer } from "obsidian";

export class ChangeNotifier extends Component {
	private readonly fire: Debouncer<[() => void], void>;

	constructor(delayMs = 60) {
		super();
		this.fire = debounce((notify: () => void) => notify(), delayMs, false);
	}

	/** Pass as the index's `schedule`: keeps the latest notification and sends it after the delay. */
	readonly schedule = (notify: () => void): void => {
		this.fire(notify);
	};

	onunload(): void {
		this.fire.cancel();
	}
}

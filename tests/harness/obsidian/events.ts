// Obsidian's Events: named listeners with an optional `this`, refs that can be removed with `offref`.

export interface EventRef {
	/** The emitter, so `Component.registerEvent` can detach the ref on unload. */
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private _events = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this._events.get(name) ?? [];
		list.push(ref);
		this._events.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._events.get(name);
		if (!list) return;
		this._events.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: EventRef): void {
		const list = this._events.get(ref.name);
		if (!list) return;
		this._events.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._events.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	/** Like Obsidian: a throwing listener is logged and does not stop the others. */
	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}

	/** Harness only: how many listeners are attached (tests check that unload detaches them). */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._events.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._events.values()) n += list.length;
		return n;
	}
}

// `obsidian` for the sidebar's browser test: the project's Obsidian harness, with icons drawn as real
// (simple, hand-made) SVGs so screenshots show what users see instead of empty boxes.
export * from "../../harness/obsidian/index";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Each icon as SVG primitives on a 24×24 grid (stroke only, like Obsidian's icon set). */
const SHAPES: Record<string, string[]> = {
	search: ["circle cx=11 cy=11 r=7", "line x1=16.5 y1=16.5 x2=21 y2=21"],
	"chevron-down": ["path d=M6,9L12,15L18,9"],
	x: ["line x1=6 y1=6 x2=18 y2=18", "line x1=18 y1=6 x2=6 y2=18"],
	user: ["circle cx=12 cy=8 r=4", "path d=M4,21c0-4.4,3.6-7,8-7s8,2.6,8,7"],
	"user-x": ["circle cx=10 cy=8 r=4", "path d=M2,21c0-4.4,3.6-7,8-7c1.6,0,3,.3,4.2,.9", "line x1=17 y1=15 x2=22 y2=20", "line x1=22 y1=15 x2=17 y2=20"],
	podcast: ["circle cx=12 cy=11 r=2", "path d=M12,14v7", "path d=M7.8,15.2a6,6,0,1,1,8.4,0", "path d=M4.9,18a10,10,0,1,1,14.2,0"],
	"upload-cloud": ["path d=M7,18a5,5,0,0,1-.6-10,6,6,0,0,1,11.6,1.5,4,4,0,0,1,0,8.5", "path d=M9,14L12,11L15,14", "line x1=12 y1=11 x2=12 y2=21"],
	play: ["path d=M7,4L19,12L7,20Z"],
	quote: ["path d=M5,17c2-1,3-3,3-6H5V6h5v5c0,4-2,7-5,8", "path d=M14,17c2-1,3-3,3-6h-3V6h5v5c0,4-2,7-5,8"],
	shuffle: ["path d=M2,18h3c4,0,6-12,11-12h6", "path d=M19,3l3,3l-3,3", "path d=M2,6h3c2,0,3,2,4,4", "path d=M22,18h-6c-2,0-3-2-4-4", "path d=M19,15l3,3l-3,3"],
	"arrow-up-right": ["line x1=7 y1=17 x2=17 y2=7", "path d=M7,7h10v10"],
	history: ["path d=M3,12a9,9,0,1,0,3-6.7L3,8", "path d=M3,3v5h5", "path d=M12,7v5l4,2"],
	"refresh-cw": ["path d=M21,12a9,9,0,0,1-15,6.7L3,16", "path d=M3,12a9,9,0,0,1,15-6.7L21,8", "path d=M21,3v5h-5", "path d=M3,21v-5h5"],
};

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = document.createElementNS(SVG_NS, "svg");
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-width", "2");
	svg.setAttribute("stroke-linecap", "round");
	svg.setAttribute("stroke-linejoin", "round");
	svg.classList.add("svg-icon", `lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	for (const shape of SHAPES[iconId] ?? []) {
		const [tag = "path", ...attrs] = shape.split(" ");
		const el = document.createElementNS(SVG_NS, tag);
		for (const attr of attrs) {
			const eq = attr.indexOf("=");
			el.setAttribute(attr.slice(0, eq), attr.slice(eq + 1));
		}
		svg.appendChild(el);
	}
	parent.appendChild(svg);
}

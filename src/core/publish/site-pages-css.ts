// Styles of the speaker, tag, episode and backlink parts of the static site, appended to the site's
// stylesheet (assets.ts). Only the site's own variables: both colour schemes follow.

export const PAGES_CSS = `.tag-list, .speaker-list { list-style: none; padding: 0; }
.note-tags { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin: 0.5rem 0 1rem; font-size: 0.9em; }
.tag-list li, .speaker-list li, .tagged-notes li { margin: 0.35rem 0; }
ol.speaker-list { list-style: decimal; padding-left: 1.5rem; }
.backlinks { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.speaker-episode { margin: 2rem 0; padding-top: 0.5rem; border-top: 1px solid var(--line); }
.speaker-episode h2 { font-size: 1.2em; margin-bottom: 0.25rem; }
figure.speaker-quote { margin: 1rem 0 1.5rem; }
.quote-time { font-variant-numeric: tabular-nums; }
.show table { margin-bottom: 1rem; }
`;

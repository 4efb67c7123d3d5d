/**
 * The comment line a builder writes to name the layout its chart needs. A comment, so the text
 * stays mermaid that any mermaid renders; read by parse.ts, so the layout need not guess a chart's
 * kind from its ids or titles (which trainers' data would one day imitate). A module of its own
 * so the map builders, which pages load up front, do not bring the parser with them.
 */
export const LAYOUT_COMMENT = /^%% layout: ([\w-]+)$/;
export const layoutComment = (name: string) => `%% layout: ${name}`;

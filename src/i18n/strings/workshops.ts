/** UI strings of the workshops area (see ../ui.ts). */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};

/** UI strings of the shell area (see ../ui.ts). */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};

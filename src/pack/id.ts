/** Entry ids come from file names: lowercase pinyin or English words joined by hyphens. Alone, for the browser: no zod. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

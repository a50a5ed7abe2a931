import { zhCN } from './zh-CN.ts';

/** The UI strings of the site's language; a second language plugs in here. */
export const ui = zhCN;

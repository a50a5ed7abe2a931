/** What a message says about one problem: what is wrong, and what to do about it. */
export interface Said {
  message: string;
  hint?: string;
}

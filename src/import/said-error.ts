/** An error that says what to do, as the catalogs' messages do: the command prints both parts. */
import type { Said } from '../pack/messages/said.ts';

export class SaidError extends Error {
  readonly hint?: string;
  constructor(said: Said) {
    super(said.message);
    this.name = 'SaidError';
    if (said.hint) this.hint = said.hint;
  }
}

// The council a letter is about, by name: the one it is addressed to, else the one its statistics
// footer, heading or captions name (a statistics text has no addressee). See councilOf.
import { councilOf } from '../figures';
import type { Letter } from '../model';

export function councilNameOf(letter: Letter): string | null {
  return councilOf(letter)?.text ?? null;
}

// The council a letter is about, by name: the one it is addressed to, else the one its statistics
// footer or heading names (a statistics text has no addressee).
import type { Letter } from '../model';

export function councilNameOf(letter: Letter): string | null {
  return letter.addressee?.authority?.text ?? letter.footers[0]?.authority.text ?? letter.statistics.authority?.text ?? null;
}

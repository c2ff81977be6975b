// A benchmark corpus made from the real letters: each variant carries different, consistent
// figures and council names, so the engine does real work on every letter.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

// The five real 2020 letters (samples/ also holds made-up ones, which would change the corpus).
const REAL_LETTERS = path.join(__dirname, '..', 'test', 'fixtures', 'letters');

export function realLetters(): string[] {
  return readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(REAL_LETTERS, f), 'utf8'));
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Rochford', 'Sevenoaks', 'Bassetlaw', 'Hertsmere', 'Leicestershire', 'Kent', 'Poole', 'Dacorum', 'Wealden', 'Breckland'];
const KINDS = ['District Council', 'Borough Council', 'County Council', 'City Council'];

/** `count` letters; the same `seed` gives the same letters on every machine (test/golden keeps their output). */
export function corpus(count: number, seed = 2020): string[] {
  const letters = realLetters();
  const full = letters.find((l) => l.includes('of complaints we investigated were upheld'))!;
  const rand = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = i % 2 === 0 ? full : letters[i % letters.length]!;
    const council = `${PLACES[i % PLACES.length]} ${KINDS[(i >> 3) % KINDS.length]}`;
    const t = 1 + Math.floor(rand() * 60);
    const k = Math.floor(rand() * (t + 1));
    const r = Math.floor(rand() * (k + 1));
    const c = 1 + Math.floor(rand() * 20);
    const x = Math.floor(rand() * (c + 1));
    let text = base.replace(/Rochford District Council|Sevenoaks District Council|Bassetlaw District Council|Hertsmere Borough Council|Leicestershire County Council/g, council);
    if (base === full) {
      text = text
        .replace('satisfactory remedy decisions\n\nStatistics are based on a total of 1 detailed investigation for', `satisfactory remedy decisions\n\nStatistics are based on a total of ${k} detailed investigation${k === 1 ? '' : 's'} for`)
        .replace('100% of complaints', `${Math.round((100 * k) / t)}% of complaints`)
        .replace(/^1\nupheld decision$/m, `${k}\nupheld decision${k === 1 ? '' : 's'}`)
        .replace('total of 1 detailed investigation for', `total of ${t} detailed investigation${t === 1 ? '' : 's'} for`)
        .replace('In **100%** of cases', `In **${Math.round((100 * x) / c)}%** of cases`)
        .replace('1 compliance outcome', `${c} compliance outcome${c === 1 ? '' : 's'}`)
        .replace('In **0%** of upheld', `In **${k === 0 ? 0 : Math.round((100 * r) / k)}%** of upheld`)
        .replace(/^0\nsatisfactory remedy decisions$/m, `${r}\nsatisfactory remedy decision${r === 1 ? '' : 's'}`);
    }
    out.push(text);
  }
  return out;
}

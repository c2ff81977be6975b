// A folder in memory for the letter service's tests: files by URI, every .letter, .txt or .md file a
// candidate, in name order.
import type { FileStat, LetterFileSystem } from '../../../src/service';

export class MemoryFolder implements LetterFileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Each write's modification time, as a disk would give it: the service skips a file whose size and time are unchanged. */
  private readonly mtimes = new Map<string, number>();
  private clock = 1;
  reads = 0;

  write(name: string, content: string | Uint8Array): string {
    const uri = `memory:/folder/${name}`;
    this.files.set(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    this.mtimes.set(uri, this.clock++);
    return uri;
  }

  async findCandidates(limit: number): Promise<string[]> {
    return [...this.files.keys()].filter((u) => /\.(?:letter|txt|md)$/.test(u)).sort().slice(0, limit);
  }

  async stat(uri: string): Promise<FileStat> {
    const bytes = this.files.get(uri);
    if (!bytes) throw new Error(`ENOENT ${uri}`);
    return { type: 'file', size: bytes.length, mtime: this.mtimes.get(uri) ?? 0 };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const bytes = this.files.get(uri);
    if (!bytes) throw new Error(`ENOENT ${uri}`);
    this.reads++;
    return bytes;
  }
}

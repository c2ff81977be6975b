// Bytes from disk to text, the same way in the CLI, the workspace check and the browser:
// UTF-16 when a byte-order mark says so, else UTF-8 (its BOM dropped, invalid bytes replaced).
// The decoders are made once: a TextDecoder costs more to create than a letter costs to decode,
// and decode() without { stream: true } keeps no state between calls.
const UTF8 = new TextDecoder('utf-8');
let utf16le: TextDecoder | undefined;
let utf16be: TextDecoder | undefined;

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return (utf16le ??= new TextDecoder('utf-16le')).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return (utf16be ??= new TextDecoder('utf-16be')).decode(bytes);
  return UTF8.decode(bytes);
}

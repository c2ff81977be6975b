// A flat view of the text for reading sentences: white space of any kind (hard wraps, NBSP,
// lines holding only spaces) folds to one space, and Markdown/HTML dress (`**`, `<u>`, `[text](#)`,
// `## `, bullets, HTML comments) is dropped. `offsets[i]` is where flat[i] came from, so a match
// in the flat text maps back to an exact source range.

export interface FlatText {
  flat: string;
  offsets: Int32Array;
}

/** Inline tags that only dress text; anything else (e.g. hostile `<img …>`) stays as literal text. */
const DRESS_TAG = /<\/?(?:u|b|i|em|strong|span|p|br)\s*\/?>/iy;
const HTML_COMMENT_END = '-->';

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2022 /* • bullet */;
}

/**
 * @param skip spans (sorted, non-overlapping) to leave out entirely, such as page footers that
 * PDF-to-text output drops into the middle of a sentence.
 */
export function flatten(text: string, skip: readonly { start: number; end: number }[] = []): FlatText {
  const out: string[] = [];
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  let pendingSpace = false;
  let skipIndex = 0;
  let linkClose = -1; // offset of the "](" closing the link being read
  let linkEnd = -1;
  let chunkStart = -1; // start of a run of plain characters copied in one slice
  const flush = (end: number): void => {
    if (chunkStart >= 0) {
      out.push(text.slice(chunkStart, end));
      chunkStart = -1;
    }
  };
  const emitSpace = (at: number): void => {
    if (pendingSpace && n > 0) {
      out.push(' ');
      offsets[n++] = at;
    }
    pendingSpace = false;
  };
  let i = 0;
  while (i < text.length) {
    const next = skip[skipIndex];
    if (next && i >= next.start) {
      flush(i);
      i = Math.max(i, next.end);
      skipIndex++;
      pendingSpace = true;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      flush(i);
      pendingSpace = true;
      i++;
      continue;
    }
    if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
      flush(i);
      i += 2;
      continue;
    }
    if (c === 35 /* # */ && (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13)) {
      // A Markdown heading marker at the start of a line.
      let j = i;
      while (text.charCodeAt(j) === 35 && j - i < 6) j++;
      if (text.charCodeAt(j) === 32) {
        flush(i);
        pendingSpace = true;
        i = j;
        continue;
      }
    }
    if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        flush(i);
        const end = text.indexOf(HTML_COMMENT_END, i + 4);
        i = end < 0 ? text.length : end + HTML_COMMENT_END.length;
        pendingSpace = true;
        continue;
      }
      DRESS_TAG.lastIndex = i;
      const tag = DRESS_TAG.exec(text);
      if (tag) {
        flush(i);
        i += tag[0].length;
        continue;
      }
    }
    if (c === 91 /* [ */ && linkClose < 0) {
      // "[text](#)" keeps "text"; the brackets and the target go. Bounded look-ahead keeps this linear.
      const close = text.indexOf('](', i + 1);
      if (close > i && close - i < 300) {
        const end = text.indexOf(')', close + 2);
        if (end > 0 && end - close < 300) {
          flush(i);
          linkClose = close;
          linkEnd = end + 1;
          i++;
          continue;
        }
      }
    }
    if (i === linkClose) {
      flush(i);
      i = linkEnd;
      linkClose = -1;
      continue;
    }
    emitSpace(i);
    if (chunkStart < 0) chunkStart = i;
    offsets[n++] = i;
    i++;
  }
  flush(text.length);
  offsets[n] = text.length;
  return { flat: out.join(''), offsets: offsets.subarray(0, n + 1) };
}

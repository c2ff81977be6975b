// Bytes to text: UTF-16 when a byte-order mark says so, else UTF-8 without its mark, invalid bytes replaced.
import * as assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/text/decode';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('decoding a letter\'s bytes', () => {
  it('reads UTF-8, dropping its byte-order mark and replacing invalid bytes', () => {
    assert.equal(decodeText(bytes(0x4c, 0xc3, 0xa9, 0x21)), 'Lé!');
    assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, 0x4c)), 'L');
    assert.equal(decodeText(bytes(0x4c, 0xff, 0x4d)), 'L\uFFFDM');
    assert.equal(decodeText(bytes()), '');
  });

  it('reads UTF-16 little-endian after FF FE and big-endian after FE FF, twice alike', () => {
    for (let i = 0; i < 2; i++) {
      assert.equal(decodeText(bytes(0xff, 0xfe, 0x4c, 0x00, 0xe9, 0x00)), 'Lé');
      assert.equal(decodeText(bytes(0xfe, 0xff, 0x00, 0x4c, 0x00, 0xe9)), 'Lé');
    }
  });

  it('reads a lone FF or FE, or the marks\' bytes the wrong way round, as UTF-8', () => {
    assert.equal(decodeText(bytes(0xff, 0x41)), '\uFFFDA');
    assert.equal(decodeText(bytes(0xfe, 0x41)), '\uFFFDA');
    assert.equal(decodeText(bytes(0xff, 0xff, 0x41)), '\uFFFD\uFFFDA');
    assert.equal(decodeText(bytes(0xfe, 0xfe, 0x41)), '\uFFFD\uFFFDA');
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/io/sha256.js';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex (verification against FIPS 180-4 test vectors and node:crypto)', () => {
  it('gives the published digests of the FIPS 180-4 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto at every length around the block and padding boundaries, and on UTF-8 text', () => {
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: n }, (_, k) => String.fromCharCode(32 + ((k * 7 + n) % 90))).join('');
      expect(sha256Hex(text), `length ${n}`).toBe(node(text));
    }
    for (const text of ['Côte d’Ivoire', 'B − A', '日本語', '😀 emoji', '\u2028']) expect(sha256Hex(text)).toBe(node(text));
  });
});

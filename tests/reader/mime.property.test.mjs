// Property tests (fast-check) for the MIME the reader parses: whatever a
// decrypted message holds, parseEntity returns and never throws, and what
// src/report.rs builds comes back exactly. The number of runs per property
// is TIPLINE_FUZZ_RUNS (default 2,000, a few seconds; scripts/fuzz --long
// sets a long run).
import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseEntity } from '../../static/reader/mime.js';
import { mimeEntity, report, textOf } from './fixtures.mjs';

const runs = Number(process.env.TIPLINE_FUZZ_RUNS || 2000);
const enc = new TextEncoder();

function wellFormed(e) {
  assert.equal(typeof e.text, 'string');
  assert.ok(e.json === null || typeof e.json === 'object');
  assert.ok(Array.isArray(e.parts));
  for (const p of e.parts) {
    assert.equal(typeof p.contentType, 'string');
    assert.equal(typeof p.body, 'string');
    assert.ok(p.bytes instanceof Uint8Array);
  }
}

test('arbitrary bytes never make parseEntity throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      wellFormed(parseEntity(bytes));
    }),
    { numRuns: runs },
  );
});

// MIME-looking text: headers, boundaries, encodings and nesting drawn from
// the pieces a parser branches on.
const piece = fc.constantFrom(
  'MIME-Version: 1.0\r\n', 'Content-Type: multipart/mixed; boundary="b"\r\n',
  'Content-Type: multipart/alternative; boundary=b\r\n', 'Content-Type: text/plain; charset=utf-8\r\n',
  'Content-Type: application/json\r\n', 'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n', 'Content-Disposition: attachment; filename="x.json"\r\n',
  'Content-Disposition: inline\r\n', '\r\n', '\n', '--b\r\n', '--b--\r\n', '--b', '=\r\n', '=C3=A9', '==',
  '{"a": 1}', '{', 'SGVsbG8=', '\u1000\u103b', ' ', ';', '"', 'boundary=', 'filename*=utf-8\'\'x',
);
const mimeish = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((a) => a.join(''));

test('MIME-looking input never makes parseEntity throw', () => {
  fc.assert(
    fc.property(mimeish, (s) => {
      wellFormed(parseEntity(enc.encode(s)));
    }),
    { numRuns: runs },
  );
});

test('an entity with bytes flipped, cut or inserted never makes parseEntity throw', () => {
  const good = mimeEntity(textOf(report()), report());
  const edit = fc.record({
    at: fc.nat({ max: good.length - 1 }),
    cut: fc.nat({ max: 64 }),
    insert: fc.uint8Array({ maxLength: 32 }),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      let b = Array.from(good);
      for (const { at, cut, insert } of edits) {
        const i = Math.min(at, b.length);
        b.splice(i, cut, ...insert);
      }
      wellFormed(parseEntity(new Uint8Array(b)));
    }),
    { numRuns: runs },
  );
});

test('multipart nested far deeper than a report never makes parseEntity throw', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 200 }), (depth) => {
      let s = '';
      for (let i = 0; i < depth; i++) s += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
      s += 'Content-Type: text/plain\r\n\r\ndeep\r\n';
      for (let i = depth - 1; i >= 0; i--) s += `--b${i}--\r\n`;
      wellFormed(parseEntity(enc.encode(s)));
    }),
    { numRuns: Math.min(runs, 200) },
  );
});

test('any report src/report.rs builds comes back exactly', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 300 });
  fc.assert(
    fc.property(text, text, text, fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 32 }), (details, area, name, hex) => {
      const r = report({ details, location: { area }, people: [{ name, age: null }] });
      const t = textOf(r);
      const e = parseEntity(mimeEntity(t, r, `tipline-${hex}`));
      assert.deepEqual(e.json, r);
      assert.equal(e.text, t.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/\n/g, '\r\n'));
    }),
    { numRuns: runs },
  );
});

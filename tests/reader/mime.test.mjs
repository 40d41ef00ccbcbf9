import test from 'node:test';
import assert from 'node:assert/strict';
import { parseEntity } from '../../static/reader/mime.js';
import { mimeEntity, report, textOf, bucket, BURMESE_CHINESE } from './fixtures.mjs';

const enc = new TextEncoder();

test('an entity as mime_entity builds it parses, padding and all', () => {
  const r = report();
  const text = textOf(r);
  const bytes = mimeEntity(text, r);
  assert.equal(bytes.length, bucket(bytes.length), 'fixture is padded to its bucket');
  assert.equal(bytes.length, 8192);
  const e = parseEntity(bytes);
  assert.deepEqual(e.json, r);
  assert.equal(e.json.details, BURMESE_CHINESE);
  // The text part comes back with CRLF (as sealed), no trailing line break.
  assert.equal(e.text, text.replace(/\n/g, '\r\n'));
  assert.ok(e.text.includes(BURMESE_CHINESE));
  assert.equal(e.parts.length, 2);
  assert.deepEqual(e.parts.map((p) => [p.contentType, p.disposition, p.filename]), [
    ['text/plain', 'inline', null],
    ['application/json', 'attachment', 'report.json'],
  ]);
  assert.ok(e.parts[1].bytes instanceof Uint8Array);
});

test('a line over 998 bytes is sent as binary and still parses', () => {
  const r = report({ details: 'ဗ'.repeat(400) });
  const bytes = mimeEntity(textOf(r), r);
  assert.match(new TextDecoder().decode(bytes), /Content-Transfer-Encoding: binary/);
  assert.equal(parseEntity(bytes).json.details, 'ဗ'.repeat(400));
});

test('LF-only line ends, an unquoted boundary and header names in any case', () => {
  const r = report();
  const s = [
    'mime-version: 1.0',
    'CONTENT-TYPE: Multipart/Mixed;',
    '\tboundary=b1',
    '',
    'preamble',
    '--b1',
    'content-type: TEXT/PLAIN; charset=utf-8',
    '',
    'hello ' + BURMESE_CHINESE,
    'second line',
    '--b1',
    'Content-type: application/json',
    '',
    JSON.stringify(r),
    '--b1--',
    '      ',
    '',
  ].join('\n');
  const e = parseEntity(enc.encode(s));
  assert.equal(e.text, 'hello ' + BURMESE_CHINESE + '\nsecond line');
  assert.deepEqual(e.json, r);
});

test('malformed or missing JSON gives json: null and no throw', () => {
  const bad = mimeEntity('just text', null, undefined, '{"tip_id": "x", oops');
  const e = parseEntity(bad);
  assert.equal(e.json, null);
  assert.equal(e.text, 'just text');

  for (const body of ['[1,2]', '42', 'null', '']) {
    assert.equal(parseEntity(mimeEntity('t', null, undefined, body)).json, null, body);
  }

  const noJson = `Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nonly text\r\n--x--\r\n`;
  const m = parseEntity(enc.encode(noJson));
  assert.equal(m.text, 'only text');
  assert.equal(m.json, null);
  assert.equal(m.parts.length, 1);
});

test('garbage, truncation and a wrong boundary never throw', () => {
  const r = report();
  const full = mimeEntity(textOf(r), r);
  for (const cut of [0, 1, 10, 60, 150, 400, 900]) {
    const e = parseEntity(full.subarray(0, cut));
    assert.equal(typeof e.text, 'string');
  }
  // Truncated inside the JSON part, before the closing boundary: JSON is malformed.
  const s = new TextDecoder().decode(full);
  const cut = enc.encode(s.slice(0, s.indexOf('"consent"')));
  assert.equal(parseEntity(cut).json, null);

  const wrong = `Content-Type: multipart/mixed; boundary="nope"\r\n\r\n--other\r\n\r\nhi\r\n`;
  assert.match(parseEntity(enc.encode(wrong)).text, /hi/);
  assert.doesNotThrow(() => parseEntity(new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0x0a, 0x0a])));
  assert.equal(parseEntity(new Uint8Array([0x68, 0xff, 0x69])).text.length, 3, 'invalid UTF-8 replaced, not thrown');
});

test('an unterminated last part runs to the end, its padding trimmed', () => {
  const r = report();
  const s = `Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: application/json\n\n${JSON.stringify(r)}\n   \n`;
  assert.deepEqual(parseEntity(enc.encode(s)).json, r);
});

test('base64 and quoted-printable parts are decoded', () => {
  const b64 = Buffer.from('မင်္ဂလာပါ 你好').toString('base64').replace(/(.{8})/g, '$1\r\n');
  const s = `Content-Type: multipart/mixed; boundary="q"\r\n\r\n--q\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: BASE64\r\n\r\n${b64}\r\n--q\r\nContent-Type: application/json\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{"a":=\r\n"=E4=BD=A0"}\r\n--q--\r\n`;
  const e = parseEntity(enc.encode(s));
  assert.equal(e.text, 'မင်္ဂလာပါ 你好');
  assert.deepEqual(e.json, { a: '你' });
});

test('a boundary string inside a line is not a delimiter; JSON is never evaluated', () => {
  const r = report({ details: 'see --tipline-0123456789abcdef0123456789abcdef-- here', route: '__proto__' });
  const e = parseEntity(mimeEntity(textOf(r), r));
  assert.equal(e.json.details, r.details);
  const evil = mimeEntity('x', null, undefined, '{"__proto__": {"polluted": 1}}');
  const j = parseEntity(evil).json;
  assert.equal({}.polluted, undefined);
  assert.equal(Object.getPrototypeOf(j), Object.prototype);
});

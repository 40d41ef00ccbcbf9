import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import * as openpgp from 'openpgp';
import { sha256 } from '@noble/hashes/sha2.js';
import { listedFiles, filesOfTip, decryptFile, saveName, humanSize, FileError, TEXT } from '../../static/reader/files.js';
import { report } from './fixtures.mjs';

// --- listedFiles: the twin of src/open.rs `listed_files` -----------------

// What src/report.rs `files_text` writes (numbered from `first`).
function filesText(files, first) {
  if (!files.length) return '';
  const said = {
    removed: 'removed by Tipline (location, camera, time)',
    kept: "kept as sent, at the source's choice",
    unreadable: "not removed: the file's structure could not be read",
  };
  let s = `\n== Files (${files.length}) ==\nSealed apart from this text: download each from the tip page.\n`;
  files.forEach((f, i) => {
    s += `${first + i}. ${f.name} (${f.media_type}, ${f.size} bytes)\n   SHA-256 ${f.sha256}\n   Photo metadata: ${said[f.metadata] ?? 'not removed: Tipline does not clean this kind of file'}\n`;
  });
  return s;
}

// The plaintext of an addition, as src/conversation.rs `add_from_source`
// seals it: CRLF throughout.
function additionText(typed, files, first) {
  const listed = filesText(files, first).replace(/\n/g, '\r\n');
  return `Tipline: information the source added to tip 0b7e6a52\r\nDay: 2025-03-15\r\n\r\n${typed.trim()}\r\n${listed}`;
}

const FILES = [
  { name: 'gate (east), 2 bytes).jpg', media_type: 'image/jpeg', size: 12, sha256: 'ab'.repeat(32), metadata: 'removed' },
  { name: 'ဖုန်း.png', media_type: 'image/png', size: 7, sha256: 'cd'.repeat(32), metadata: 'kept' },
];
const bare = (l) => l.map(({ number, name, sha256: h }) => ({ number, name, sha256: h }));

test('listed files are read back from the text that lists them (as src/open.rs tests)', () => {
  const text = `Details: 3. not (a file, 4 bytes)\n${filesText(FILES, 4)}`;
  assert.deepEqual(bare(listedFiles(text)), [
    { number: 4, name: 'gate (east), 2 bytes).jpg', sha256: 'ab'.repeat(32) },
    { number: 5, name: 'ဖုန်း.png', sha256: 'cd'.repeat(32) },
  ]);
});

test('what the entry lines also say comes back: type, size, photo metadata', () => {
  assert.deepEqual(listedFiles(filesText(FILES, 1)).map((f) => [f.media_type, f.size, f.metadata]), [
    ['image/jpeg', 12, 'removed'],
    ['image/png', 7, 'kept'],
  ]);
});

test('a listing the source typed above the real one does not count', () => {
  const fake = `look:\n== Files (1) ==\n1. evil.exe (image/jpeg, 3 bytes)\n   SHA-256 ${'ee'.repeat(32)}\n`;
  const text = additionText(fake, FILES, 2);
  const got = bare(listedFiles(text));
  assert.deepEqual(got.map((f) => f.number), [2, 3]);
  assert.ok(!got.some((f) => f.name === 'evil.exe' || f.sha256 === 'ee'.repeat(32)));
});

test('CRLF texts (additions) list the same files as LF ones', () => {
  assert.deepEqual(listedFiles(additionText('photos of the gate', FILES, 7)), listedFiles(filesText(FILES, 7)));
  assert.equal(listedFiles(additionText('x', FILES, 7))[0].sha256, 'ab'.repeat(32));
});

test('no heading, no files; a heading at the very start (no line break before it) is not one', () => {
  assert.deepEqual(listedFiles('Details: 1. a.jpg (image/jpeg, 3 bytes)\n   SHA-256 ' + 'ab'.repeat(32)), []);
  assert.deepEqual(listedFiles(filesText(FILES, 1).slice(1)), []);
  assert.deepEqual(listedFiles(''), []);
  assert.deepEqual(listedFiles(null), []);
});

test('an entry without a valid SHA-256 line right after it is skipped; the next is still read', () => {
  const h = 'Ab'.repeat(32);
  const text = [
    '', '== Files (5) ==',
    '1. no-hash.jpg (image/jpeg, 3 bytes)',
    '2. short.jpg (image/jpeg, 3 bytes)', `   SHA-256 ${'ab'.repeat(31)}`,
    '3. not-hex.jpg (image/jpeg, 3 bytes)', `   SHA-256 ${'zz'.repeat(32)}`,
    '4. no-size.jpg (image/jpeg, 3)', `   SHA-256 ${h}`,
    `x. not-a-number.jpg (image/jpeg, 3 bytes)`, `   SHA-256 ${h}`,
    '5. ok.jpg (image/jpeg, 3 bytes)', `   SHA-256 ${h}`,
    '6. trailing.jpg (image/jpeg, 3 bytes)', `   SHA-256 ${h} `,
    '7. last.jpg (image/jpeg, 3 bytes)', `   SHA-256 ${h}\r`,
  ].join('\n');
  // Upper-case hex is read as lower case; a bare CR at the very end is
  // kept (as Rust's `lines` does), so the last hash is 65 characters.
  assert.deepEqual(bare(listedFiles(text)), [{ number: 5, name: 'ok.jpg', sha256: h.toLowerCase() }]);
});

test('numbers parse as Rust u32: a leading +, no sign, no overflow', () => {
  const h = 'ab'.repeat(32);
  const entry = (n) => `\n== Files (1) ==\n${n}. a.jpg (image/jpeg, 3 bytes)\n   SHA-256 ${h}\n`;
  assert.equal(listedFiles(entry('+4'))[0].number, 4);
  assert.equal(listedFiles(entry('0004'))[0].number, 4);
  assert.equal(listedFiles(entry('4294967295'))[0].number, 4294967295);
  assert.deepEqual(listedFiles(entry('4294967296')), []);
  assert.deepEqual(listedFiles(entry('-4')), []);
  assert.deepEqual(listedFiles(entry(' 4')), []);
});

// --- filesOfTip -----------------------------------------------------------

const served = (...numbers) => numbers.map((n) => ({ number: n, sealed_size: 100 + n, url: `/responder/tips/t/team/files/${n}` }));
const reportFiles = [
  { number: 1, name: 'gate.jpg', media_type: 'image/jpeg', size: 1200, sha256: '11'.repeat(32), metadata: 'removed' },
  { number: 2, name: 'list.pdf', media_type: 'application/pdf', size: 3400, sha256: '22'.repeat(32), metadata: 'not-supported' },
];

test('served files take name, type, size, hash and metadata from the report and additions', () => {
  const add = additionText('two more', [
    { name: 'video.mp4', media_type: 'video/mp4', size: 300000000, sha256: '33'.repeat(32), metadata: 'unreadable' },
  ], 3);
  const files = filesOfTip(report({ files: reportFiles }), [add], served(3, 1, 2));
  assert.deepEqual(files.map((f) => [f.number, f.listed, f.from, f.name, f.media_type, f.size, f.sha256, f.metadata, f.url, f.sealed_size]), [
    [1, true, 'report', 'gate.jpg', 'image/jpeg', 1200, '11'.repeat(32), 'removed', '/responder/tips/t/team/files/1', 101],
    [2, true, 'report', 'list.pdf', 'application/pdf', 3400, '22'.repeat(32), 'not-supported', '/responder/tips/t/team/files/2', 102],
    [3, true, 'addition', 'video.mp4', 'video/mp4', 300000000, '33'.repeat(32), 'unreadable', '/responder/tips/t/team/files/3', 103],
  ]);
  assert.ok(files.every((f) => !f.missing && !f.conflicting));
});

test('a served file no signed text lists is NOT LISTED: no name, no hash to save it by', () => {
  const files = filesOfTip(report({ files: reportFiles }), [], served(1, 2, 9));
  const nine = files.find((f) => f.number === 9);
  assert.equal(nine.listed, false);
  assert.equal(nine.sha256, null);
  assert.equal(nine.name, '');
  // No report at all (it did not decrypt): nothing is listed.
  assert.ok(filesOfTip(null, [], served(1)).every((f) => !f.listed && f.sha256 === null));
});

test('the report wins over an addition that claims its number; additions that disagree conflict', () => {
  const claim = (n, h) => additionText('', [{ name: 'other.jpg', media_type: 'image/jpeg', size: 5, sha256: h, metadata: 'kept' }], n);
  const files = filesOfTip(report({ files: reportFiles }), [claim(1, 'ff'.repeat(32)), claim(4, '44'.repeat(32)), claim(4, '45'.repeat(32))], served(1, 4));
  const [one, four] = [1, 4].map((n) => files.find((f) => f.number === n));
  assert.equal(one.sha256, '11'.repeat(32));
  assert.equal(one.name, 'gate.jpg');
  assert.equal(one.listed, true);
  assert.equal(four.conflicting, true);
  assert.equal(four.listed, false);
  assert.equal(four.sha256, null);
  // The same listing twice is no conflict.
  const twice = filesOfTip(null, [claim(4, '44'.repeat(32)), claim(4, '44'.repeat(32))], served(4));
  assert.equal(twice[0].listed, true);
});

test('a listed file the server does not serve is shown as missing', () => {
  const files = filesOfTip(report({ files: reportFiles }), [], served(2));
  assert.deepEqual(files.map((f) => [f.number, f.missing, f.url]), [[1, true, null], [2, false, '/responder/tips/t/team/files/2']]);
});

test('malformed entries of the report JSON and of the served list are left out', () => {
  const bad = [
    { number: 0, name: 'zero', sha256: '11'.repeat(32) },
    { number: 1.5, name: 'half', sha256: '11'.repeat(32) },
    { number: 3, name: 'short hash', sha256: '11' },
    null, 'x',
    { number: 5, name: 'ok', media_type: 'image/png', size: 9, sha256: '55'.repeat(32), metadata: 'odd' },
  ];
  const files = filesOfTip(report({ files: bad }), [], [...served(5), { number: 5, url: '/dup' }, { number: 6 }, null]);
  assert.deepEqual(files.map((f) => [f.number, f.listed, f.metadata, f.url]), [[5, true, null, '/responder/tips/t/team/files/5']]);
});

test('save names: N-name, no separators, controls, direction marks or leading dots', () => {
  assert.equal(saveName(3, 'gate.jpg'), '3-gate.jpg');
  assert.equal(saveName(1, '../../etc/passwd'), '1-_.._etc_passwd');
  assert.ok(!/[/\\]/.test(saveName(1, 'a\\b/c')));
  assert.equal(saveName(2, 'a\u0000b\u001b[31m\u202egpj.exe'), '2-ab[31mgpj.exe');
  assert.equal(saveName(4, '.hidden'), '4-hidden');
  assert.equal(saveName(5, ' \u200e '), '5-file');
  assert.equal(saveName(6, 'ဖုန်း.png'), '6-ဖုန်း.png');
});

test('human sizes', () => {
  assert.equal(humanSize(1), '1 byte');
  assert.equal(humanSize(812), '812 bytes');
  assert.equal(humanSize(4_200_000), '4.2 MB');
  assert.equal(humanSize(120_000_000), '120 MB');
  assert.equal(humanSize(12_345_678), '12 MB');
  assert.equal(TEXT.progress(12_000_000, 120_000_000), 'Decrypting… 12 MB of 120 MB');
});

// --- decryptFile, against the real OpenPGP.js and @noble/hashes -----------

const SIZE = 3 * 1024 * 1024 + 12345;
const keys = (async () => {
  const make = () => openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: 'responder' }], format: 'object' });
  const [mine, other] = await Promise.all([make(), make()]);
  return { mine: mine.privateKey, other: other.privateKey };
})();

// A ReadableStream of `bytes` in `size`-byte chunks; `pulled()` says how
// many bytes were asked for so far.
function trickle(bytes, size) {
  let at = 0;
  const stream = new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => Math.min(at, bytes.length) };
}

async function readAll(stream) {
  const parts = [];
  for await (const p of stream) parts.push(p);
  return Buffer.concat(parts);
}

// A file sealed as the server seals it: binary, streamed in, one SEIPDv1.
async function seal(plain, key) {
  const message = await openpgp.createMessage({ binary: trickle(plain, 1 << 16).stream, format: 'binary' });
  const sealed = await openpgp.encrypt({ message, encryptionKeys: key.toPublic(), format: 'binary' });
  return new Uint8Array(await readAll(sealed));
}

const fixture = (async () => {
  const plain = new Uint8Array(randomBytes(SIZE));
  const { mine } = await keys;
  const sealed = await seal(plain, mine);
  const sha = createHash('sha256').update(plain).digest('hex');
  return { plain, sealed, sha };
})();

// A sink that, like a FileSystemWritableFileStream, commits only on close.
function fakeSink() {
  const s = {
    chunks: [], writes: 0, closed: false, aborted: false, committed: null,
    write(c) {
      assert.ok(!s.closed && !s.aborted, 'no write after close or abort');
      s.writes++;
      // Kept as given, as the in-memory sink keeps them: a chunk OpenPGP.js
      // reused would show here.
      s.chunks.push(c);
    },
    close() { s.closed = true; s.committed = Buffer.concat(s.chunks); },
    abort() { s.aborted = true; s.chunks = []; },
  };
  return s;
}

async function run(bytes, over = {}) {
  const { mine } = await keys;
  const { sha } = await fixture;
  const sink = fakeSink();
  const input = trickle(bytes, 8192);
  const progress = [];
  let pulledAtFirstWrite = null;
  const write = sink.write;
  sink.write = (c) => { pulledAtFirstWrite ??= input.pulled(); return write(c); };
  const args = { openpgp, sha256, body: input.stream, decryptionKeys: mine, expectedSha256: sha, sink, onProgress: (n) => progress.push(n), ...over };
  let error = null;
  try {
    await decryptFile(args);
  } catch (e) {
    error = e;
  }
  return { sink, error, progress, pulledAtFirstWrite };
}

test('the fixture is what the server sends: PKESK then one SEIPDv1', async () => {
  const { sealed } = await fixture;
  const m = await openpgp.readMessage({ binaryMessage: sealed });
  assert.deepEqual(Array.from(m.packets, (p) => [p.constructor.tag, p.version]), [[1, 3], [18, 1]]);
});

test('a sealed file decrypts into the sink, exactly, as a stream, and is closed', async () => {
  const { plain, sealed } = await fixture;
  const { sink, error, progress, pulledAtFirstWrite } = await run(sealed, { expectedSize: SIZE });
  assert.equal(error, null);
  assert.ok(sink.closed && !sink.aborted);
  assert.ok(Buffer.from(plain).equals(sink.committed), 'the exact bytes');
  assert.ok(sink.writes > 1, `more than one chunk written (${sink.writes})`);
  // Plaintext came out while most of the input was still unread: nothing
  // was gathered whole first.
  assert.ok(pulledAtFirstWrite < sealed.length / 2, `first write after ${pulledAtFirstWrite} of ${sealed.length} bytes read`);
  assert.equal(progress.at(-1), SIZE);
  assert.ok(progress.every((n, i) => i === 0 || n > progress[i - 1]));
});

test('a wrong expected SHA-256 aborts the sink and throws', async () => {
  const { sealed } = await fixture;
  const { sink, error } = await run(sealed, { expectedSha256: 'ab'.repeat(32) });
  assert.ok(error instanceof FileError);
  assert.equal(error.code, 'mismatch');
  assert.equal(error.message, TEXT.errors.mismatch);
  assert.ok(sink.aborted && !sink.closed && sink.committed === null);
});

test('one byte flipped in the middle of the ciphertext: aborted, nothing committed', async () => {
  const { sealed } = await fixture;
  const bad = sealed.slice();
  bad[bad.length >> 1] ^= 0x01;
  const { sink, error } = await run(bad);
  assert.ok(error instanceof FileError);
  assert.equal(error.code, 'damaged');
  assert.match(String(error.cause), /Modification detected/);
  assert.ok(sink.aborted && !sink.closed && sink.committed === null);
  // OpenPGP.js released the (tampered) plaintext before its integrity
  // check failed: that is why only close() may commit.
  assert.ok(sink.writes > 1);
});

test('a byte flipped in the MDC at the end, or a cut-off file: aborted', async () => {
  const { sealed } = await fixture;
  const bad = sealed.slice();
  bad[bad.length - 3] ^= 0x80;
  for (const bytes of [bad, sealed.slice(0, sealed.length - 1000), sealed.slice(0, sealed.length >> 1)]) {
    const { sink, error } = await run(bytes);
    assert.equal(error && error.code, 'damaged');
    assert.ok(sink.aborted && !sink.closed);
  }
});

test('a file sealed to another key fails cleanly, before anything is written', async () => {
  const { plain } = await fixture;
  const { other } = await keys;
  const { sink, error } = await run(await seal(plain.subarray(0, 100000), other));
  assert.equal(error && error.code, 'not-for-you', error && error.cause && error.cause.message);
  assert.ok(sink.aborted && !sink.closed);
  assert.equal(sink.writes, 0);
});

test('what is not an OpenPGP message at all is refused', async () => {
  const { sink, error } = await run(new Uint8Array(randomBytes(50000)));
  assert.ok(error instanceof FileError);
  assert.equal(error.code, 'not-a-message');
  assert.ok(sink.aborted && !sink.closed && sink.writes === 0);
});

test('more bytes than the signed listing gives: aborted as soon as they come', async () => {
  const { sealed } = await fixture;
  const { sink, error } = await run(sealed, { expectedSize: 100000 });
  assert.equal(error && error.code, 'too-large');
  assert.ok(sink.aborted && !sink.closed);
  assert.ok(sink.writes < 30, 'it stopped early');
});

test('no valid expected SHA-256: nothing is read', async () => {
  const { sealed } = await fixture;
  for (const h of [null, '', 'ab'.repeat(31), 'zz'.repeat(32)]) {
    const { sink, error, pulledAtFirstWrite } = await run(sealed, { expectedSha256: h });
    assert.equal(error && error.code, 'bad-hash');
    assert.ok(sink.aborted && sink.writes === 0 && pulledAtFirstWrite === null);
  }
});

test('a sink that cannot write: aborted, the reason kept', async () => {
  const { sealed } = await fixture;
  const sink = fakeSink();
  sink.write = () => Promise.reject(new Error('disk full'));
  const { mine } = await keys;
  const { sha } = await fixture;
  await assert.rejects(
    decryptFile({ openpgp, sha256, body: trickle(sealed, 8192).stream, decryptionKeys: mine, expectedSha256: sha, sink }),
    (e) => e.code === 'write' && e.cause.message === 'disk full',
  );
  assert.ok(sink.aborted && !sink.closed);
});

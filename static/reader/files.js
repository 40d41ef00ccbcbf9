// The files a source sent with a tip: which ones the signed report and
// additions list, and how one is decrypted into the responder's device.
// Pure: OpenPGP.js, the SHA-256 hasher and the place the bytes go are
// passed in, so Node tests run the same code as the browser.
//
// A sealed file carries no signature of its own. What ties it to the
// source is the SHA-256 the signed report (or addition) gives for its
// number; a file is kept only when its plaintext has that hash, and a
// file the signed text does not list is never decrypted at all.

/** Every string the Files section shows, in one place for translation. */
export const TEXT = {
  heading: (n) => `Files (${n})`,
  unavailable: (why) => `The list of files could not be loaded: ${why}`,
  number: (n) => `File ${n}`,
  sha256: 'SHA-256',
  photoData: 'photo data',
  listedIn: (from) => (from === 'report' ? 'listed in the signed report' : 'listed in a signed addition from the source'),
  metadata: {
    removed: 'location and camera data removed',
    kept: "kept at the source's choice",
    'not-supported': 'stored as sent (format not cleaned)',
    unreadable: 'stored as sent (could not be read)',
  },
  metadataUnknown: 'not stated',
  notListed: 'NOT LISTED: the signed report and additions do not list this file, so nothing ties it to the source. It is not offered for saving; tell your admins.',
  conflicting: 'LISTED TWICE with different contents by the signed additions: it is not offered for saving; tell your admins.',
  missing: 'Listed in the signed text, but the server does not offer it (deleted, or withheld). Tell your admins if you expected it.',
  save: 'Decrypt and save',
  memoryNote: 'This browser cannot write a file as it decrypts it: each file is held in memory until it is complete. For large files, use “tipline open --extract” or a Chromium-based browser (Chrome, Edge).',
  progress: (done, total) => (total ? `Decrypting… ${humanSize(done)} of ${humanSize(total)}` : `Decrypting… ${humanSize(done)}`),
  saved: 'Saved, SHA-256 checked.',
  notSaved: (why) => `Not saved: ${why}`,
  cancelled: 'Not saved: no file was chosen.',
  // Why a file was not kept (FileError codes).
  errors: {
    'bad-hash': 'the signed listing gives no valid SHA-256 for this file',
    download: (status) => `the server did not send the file (${status})`,
    'not-a-message': 'what the server sent is not a sealed file',
    'not-for-you': 'this file is not sealed to your key (or your key is expired or revoked)',
    damaged: 'the file is damaged or was changed after it was sealed (integrity check failed); what was decrypted was discarded',
    'too-large': 'the file is larger than the signed listing says; what was decrypted was discarded',
    mismatch: 'its SHA-256 is not the one the signed listing gives; what was decrypted was discarded',
    write: 'it could not be written to the chosen place',
  },
};

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'];

/** A size for people: "812 bytes", "4.2 MB", "120 MB" (units of 1000). */
export function humanSize(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < UNITS.length - 1) {
    v /= 1000;
    u++;
  }
  if (u === 0) return `${v} ${v === 1 ? 'byte' : 'bytes'}`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${UNITS[u]}`;
}

// What src/report.rs `metadata_text` writes, back to the JSON's words.
const METADATA_TEXT = {
  'removed by Tipline (location, camera, time)': 'removed',
  "kept as sent, at the source's choice": 'kept',
  'not removed: the file\'s structure could not be read': 'unreadable',
  'not removed: Tipline does not clean this kind of file': 'not-supported',
};

const HEX64 = /^[0-9a-fA-F]{64}$/;

// Rust's `str::parse::<u32>`: ASCII digits with an optional "+", no more
// than u32::MAX.
function parseU32(s) {
  if (!/^\+?[0-9]+$/.test(s)) return null;
  const n = Number(s.replace(/^\+/, ''));
  return n <= 0xffffffff ? n : null;
}

// Rust's `str::lines`: split on "\n", a "\r" right before it dropped
// (a bare "\r" at the very end is kept), no empty line after a final
// line break.
function lines(s) {
  const out = s.split('\n');
  const last = out.pop();
  const ls = out.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (last !== '') ls.push(last);
  return ls;
}

/**
 * The files a report's or addition's text lists, as src/report.rs
 * `files_text` writes them; the twin of src/open.rs `listed_files`, with
 * the same rules: only the text after the LAST "\n== Files (" counts, and
 * an entry is `N. name (type, size bytes)` followed at once by an indented
 * `SHA-256 <64 hex>` line. Each is {number, name, sha256} (lower case),
 * plus what the entry line and the line after also say, for display:
 * media_type, size (null when unreadable) and metadata (a JSON word, or
 * null).
 */
export function listedFiles(text) {
  const out = [];
  if (typeof text !== 'string') return out;
  const at = text.lastIndexOf('\n== Files (');
  if (at < 0) return out;
  const ls = lines(text.slice(at));
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i];
    const dot = line.indexOf('. ');
    if (dot < 0) continue;
    const number = parseU32(line.slice(0, dot));
    const rest = line.slice(dot + 2);
    if (number === null || !rest.endsWith(' bytes)')) continue;
    const inner = rest.slice(0, -' bytes)'.length);
    // The type and size hold no " (": the last one opens them.
    const open = inner.lastIndexOf(' (');
    if (open < 0) continue;
    const name = inner.slice(0, open);
    const next = i + 1 < ls.length ? ls[i + 1].trimStart() : '';
    const sha = next.startsWith('SHA-256 ') ? next.slice('SHA-256 '.length) : '';
    if (!HEX64.test(sha)) continue;
    const typeSize = inner.slice(open + 2);
    const comma = typeSize.lastIndexOf(', ');
    const size = comma < 0 ? null : parseU32(typeSize.slice(comma + 2));
    const after = i + 2 < ls.length ? ls[i + 2].trimStart() : '';
    const said = after.startsWith('Photo metadata: ') ? after.slice('Photo metadata: '.length) : null;
    out.push({
      number,
      name,
      sha256: sha.toLowerCase(),
      media_type: comma < 0 ? typeSize : typeSize.slice(0, comma),
      size,
      metadata: said !== null && Object.hasOwn(METADATA_TEXT, said) ? METADATA_TEXT[said] : null,
    });
    i++;
  }
  return out;
}

const isNumber = (n) => Number.isSafeInteger(n) && n >= 1;
const str = (v) => (typeof v === 'string' ? v : '');

// One entry of report.files (schema/report-v1.json), or null if it is not
// one: the report is signed, but its JSON is still read with care.
function fromReport(f) {
  if (!f || typeof f !== 'object' || !isNumber(f.number) || typeof f.sha256 !== 'string' || !HEX64.test(f.sha256)) return null;
  return {
    number: f.number,
    name: str(f.name),
    media_type: str(f.media_type),
    size: Number.isSafeInteger(f.size) && f.size >= 0 ? f.size : null,
    sha256: f.sha256.toLowerCase(),
    metadata: Object.hasOwn(TEXT.metadata, f.metadata) ? f.metadata : null,
  };
}

const same = (a, b) => a.sha256 === b.sha256 && a.name === b.name;

/**
 * The tip's files: what the server serves (`served`, from the reader's
 * tip JSON: [{number, sealed_size, url}]) joined by number with what the
 * signed report (`report.files`) and the signed additions' texts
 * (`additionTexts`, listed with listedFiles) say of them. The report's
 * JSON wins over an addition; two additions that disagree make the file
 * `conflicting`. Each entry is {number, url, sealed_size, listed, from,
 * name, media_type, size, sha256, metadata, conflicting, missing}:
 * `listed` false means no signed text lists it (show a warning, never
 * save it); `missing` means it is listed but not served. Sorted by number.
 */
export function filesOfTip(report, additionTexts, served) {
  const signed = new Map();
  const conflicts = new Set();
  const reportFiles = report && Array.isArray(report.files) ? report.files : [];
  for (const raw of reportFiles) {
    const f = fromReport(raw);
    if (f && !signed.has(f.number)) signed.set(f.number, { ...f, from: 'report' });
  }
  for (const text of additionTexts || []) {
    for (const f of listedFiles(text)) {
      const had = signed.get(f.number);
      if (!had) signed.set(f.number, { ...f, from: 'addition' });
      else if (had.from === 'addition' && !same(had, f)) conflicts.add(f.number);
    }
  }
  const out = [];
  const seen = new Set();
  for (const s of Array.isArray(served) ? served : []) {
    if (!s || !isNumber(s.number) || typeof s.url !== 'string' || seen.has(s.number)) continue;
    seen.add(s.number);
    const l = signed.get(s.number);
    const conflicting = conflicts.has(s.number);
    out.push({
      number: s.number,
      url: s.url,
      sealed_size: Number.isSafeInteger(s.sealed_size) ? s.sealed_size : null,
      listed: Boolean(l) && !conflicting,
      from: l ? l.from : null,
      name: l ? l.name : '',
      media_type: l ? l.media_type : '',
      size: l ? l.size : null,
      sha256: l && !conflicting ? l.sha256 : null,
      metadata: l ? l.metadata : null,
      conflicting,
      missing: false,
    });
  }
  for (const [number, l] of signed) {
    if (seen.has(number)) continue;
    out.push({ ...l, url: null, sealed_size: null, listed: true, conflicting: conflicts.has(number), missing: true });
  }
  return out.sort((a, b) => a.number - b.number);
}

/**
 * The name offered when saving file `number`: `N-name`, with no path
 * separators, control, direction-changing or reserved characters, and no
 * leading dot; "N-file" when nothing is left.
 */
export function saveName(number, name) {
  const cleaned = str(name)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 200)
    .trim();
  return `${number}-${cleaned || 'file'}`;
}

/** Why a file was not kept: `code` names the reason (TEXT.errors). */
export class FileError extends Error {
  constructor(code, message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'FileError';
    this.code = code;
  }
}

// Stops a download nobody will read (when OpenPGP.js has not taken it).
function release(body) {
  if (body && typeof body.cancel === 'function' && !body.locked) body.cancel().catch(() => {});
}

// The reason OpenPGP.js gave up before any plaintext came out.
function whyNot(e) {
  const m = String(e && e.message);
  if (/decryption key packets|session key/i.test(m)) return 'not-for-you';
  if (/modification|integrity|end of packet/i.test(m)) return 'damaged';
  return 'not-a-message';
}

const hexOf = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Decrypts one sealed file (`body`: a ReadableStream of the bytes the
 * server sent) with `decryptionKeys`, as a stream: each plaintext chunk is
 * hashed and written to `sink` ({write, close, abort}; write may return a
 * promise, which is awaited), and `onProgress(bytesSoFar)` is called.
 * At the end the SHA-256 must be `expectedSha256` (from the signed
 * listing) and, if `expectedSize` is given, no more bytes than that may
 * come. Then `sink.close()`; on any failure `sink.abort()` and a FileError.
 *
 * OpenPGP.js buffers a whole SEIPDv1 packet before it releases any of it
 * unless `allowUnauthenticatedStream` is set; with it set, plaintext comes
 * out before the integrity (MDC) check at the end, and a failed check
 * errors the stream after the last chunk. So the sink must not commit
 * anything before close() (a FileSystemWritableFileStream writes to a
 * swap file until then), and close() is called only after the stream has
 * ended without error and the hash matches.
 */
export async function decryptFile({ openpgp, sha256, body, decryptionKeys, expectedSha256, expectedSize, sink, onProgress }) {
  const abort = async () => {
    try { await sink.abort(); } catch { /* already gone: nothing was committed */ }
  };
  const fail = async (code, cause) => {
    await abort();
    const e = TEXT.errors[code];
    return new FileError(code, typeof e === 'function' ? e() : e, cause);
  };
  if (typeof expectedSha256 !== 'string' || !HEX64.test(expectedSha256)) {
    release(body);
    throw await fail('bad-hash');
  }
  let message;
  try {
    message = await openpgp.readMessage({ binaryMessage: body });
  } catch (e) {
    release(body);
    throw await fail('not-a-message', e);
  }
  let data;
  try {
    ({ data } = await openpgp.decrypt({
      message,
      decryptionKeys,
      format: 'binary',
      config: { allowUnauthenticatedStream: true },
    }));
  } catch (e) {
    release(body);
    throw await fail(whyNot(e), e);
  }
  const hash = sha256.create();
  let done = 0;
  // A Uint8Array body gives a Uint8Array back. A reader, not `for await`:
  // Safari's streams are not async iterable.
  const reader = (data instanceof Uint8Array
    ? new ReadableStream({ start(c) { c.enqueue(data); c.close(); } })
    : data).getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      const chunk = next.value;
      done += chunk.length;
      if (Number.isSafeInteger(expectedSize) && done > expectedSize) {
        throw new FileError('too-large', TEXT.errors['too-large']);
      }
      hash.update(chunk);
      try {
        await sink.write(chunk);
      } catch (e) {
        throw new FileError('write', TEXT.errors.write, e);
      }
      if (onProgress) onProgress(done);
    }
  } catch (e) {
    // Stop reading (and so downloading); an errored stream stays errored.
    reader.cancel().catch(() => {});
    if (e instanceof FileError) {
      await abort();
      throw e;
    }
    throw await fail('damaged', e);
  }
  if (hexOf(hash.digest()) !== expectedSha256.toLowerCase()) throw await fail('mismatch');
  try {
    await sink.close();
  } catch (e) {
    throw await fail('write', e);
  }
  return { size: done };
}

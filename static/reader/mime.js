// Reads the MIME entity that a sealed Tipline report decrypts to (built by
// `mime_entity` in src/report.rs): multipart/mixed with a text/plain part,
// an application/json part and, later, attachments, then padding. Tolerant
// of LF-only line ends, unquoted boundaries and header names in any case.
// Nothing here evaluates content: JSON goes through JSON.parse only.

const utf8 = new TextDecoder('utf-8', { fatal: false });
const MAX_DEPTH = 3;

// Bytes → a string with one char per byte (0–255), so offsets match bytes.
// (TextDecoder('latin1') is windows-1252 in browsers, so it cannot do this.)
function binary(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return s;
}

function toBytes(bin) {
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i) & 0xff;
  return out;
}

// Splits "header block, blank line, body"; a part with no headers starts
// with its blank line, and text that does not start with a header is all body.
function splitHead(s) {
  if (/^\r?\n/.test(s)) return [[], s.replace(/^\r?\n/, '')];
  if (!/^[!-9;-~]+[ \t]*:/.test(s)) return [[], s];
  const m = /\r?\n\r?\n/.exec(s);
  const head = m ? s.slice(0, m.index) : s;
  const body = m ? s.slice(m.index + m[0].length) : '';
  const headers = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length) {
      headers[headers.length - 1][1] += ' ' + line.trim();
    } else {
      const c = line.indexOf(':');
      if (c > 0) headers.push([line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim()]);
    }
  }
  return [headers, body];
}

function header(headers, name) {
  const h = headers.find(([n]) => n === name);
  return h ? h[1] : '';
}

// "type/sub; a=1; b=\"x;y\"" → { value: "type/sub", params: { a: "1", b: "x;y" } }
function parseValue(v) {
  const semi = v.indexOf(';');
  const value = (semi < 0 ? v : v.slice(0, semi)).trim().toLowerCase();
  const params = Object.create(null);
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m; (m = re.exec(v)); ) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
  }
  return { value, params };
}

function decodeBody(bin, cte) {
  const enc = cte.trim().toLowerCase();
  if (enc === 'base64') {
    let b = bin.replace(/[^A-Za-z0-9+/]/g, '');
    if (b.length % 4 === 1) b = b.slice(0, -1);
    try {
      return toBytes(atob(b + '='.repeat((4 - (b.length % 4)) % 4)));
    } catch {
      return new Uint8Array(0);
    }
  }
  if (enc === 'quoted-printable') {
    bin = bin.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  }
  return toBytes(bin);
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The parts of one entity, multiparts flattened (depth-capped).
function parts(bin, depth) {
  const [headers, body] = splitHead(bin);
  const ct = parseValue(header(headers, 'content-type') || 'text/plain');
  const boundary = ct.params.boundary;
  if (ct.value.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    // A delimiter is "--boundary" at a line start; the line break before it
    // belongs to the delimiter, so a part's body does not end with it.
    const re = new RegExp(`(?:^|\\r?\\n)--${escapeRe(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
    const out = [];
    let start = -1;
    for (let m; (m = re.exec(body)); ) {
      if (start >= 0) out.push(...parts(body.slice(start, m.index), depth + 1));
      if (m[1]) return out; // closing delimiter: the rest is epilogue (padding)
      start = m.index + m[0].length;
      start += body.startsWith('\r\n', start) ? 2 : body.startsWith('\n', start) ? 1 : 0;
    }
    // No closing delimiter: the last part runs to the end, padding trimmed.
    if (start >= 0) return [...out, ...parts(body.slice(start).replace(/[ \t\r\n]+$/, ''), depth + 1)];
    // No delimiter at all (wrong boundary): show the body as plain text.
    return [leaf(body, [], { value: 'text/plain', params: {} })];
  }
  return [leaf(body, headers, ct)];
}

function leaf(body, headers, ct) {
  const disp = parseValue(header(headers, 'content-disposition'));
  const bytes = decodeBody(body, header(headers, 'content-transfer-encoding'));
  return {
    contentType: ct.value,
    disposition: disp.value,
    filename: disp.params.filename ?? ct.params.name ?? null,
    body: utf8.decode(bytes),
    bytes,
  };
}

function parseJson(s) {
  try {
    const v = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * Parses a decrypted report entity. `text` is the first text/plain part,
 * `json` the first application/json part parsed (null when absent or
 * malformed); `parts` lists every leaf part with its bare lower-case
 * content type and disposition, the body decoded as UTF-8 and its raw bytes.
 * Never throws on malformed input.
 */
export function parseEntity(bytes) {
  const all = parts(binary(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)), 0);
  const textPart = all.find((p) => p.contentType === 'text/plain' && p.disposition !== 'attachment')
    ?? all.find((p) => p.contentType === 'text/plain');
  const jsonPart = all.find((p) => p.contentType === 'application/json');
  return {
    text: textPart ? textPart.body : '',
    json: jsonPart ? parseJson(jsonPart.body) : null,
    parts: all,
  };
}

// Test fixtures for the reader: a report as src/report.rs builds it, and
// the MIME entity exactly as `mime_entity` writes it (CRLF, 8bit/binary,
// padding to the size bucket after the closing boundary).

const enc = new TextEncoder();

export const BURMESE_CHINESE = 'ကျွန်ုပ်တို့ကို ဖမ်းထားသည်။ 我们被关在园区里，护照被收走了。';

export function report(over = {}) {
  const base = {
    schema_version: 1,
    tip_id: '0b7e6a52-3c1f-4d7e-9a43-5f0d2c8e1a11',
    received_day: '2025-03-14',
    form_language: 'my',
    source_key_fingerprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
    route: 'Myanmar urgent',
    reporter_role: 'inside',
    immediate_danger: 'yes',
    location: {
      country: 'MM', country_other: null, area: 'Myawaddy', compound: 'KK Park',
      building: 'Building 7', coordinates_text: '16.6829, 98.5193', lat: 16.6829, lon: 98.5193,
    },
    held: { count: 'about 40', nationalities: 'Kenyan, Indian' },
    people: [{ name: 'Aung', age: '24', nationality: 'MM', nationality_other: null, contact: '+95 9 123', last_contact: 'yesterday' }],
    recruitment: { platform: 'Facebook', job_ad: 'customer service in Bangkok', agent: null },
    passports_taken: 'yes',
    details: BURMESE_CHINESE,
    contact: { method: 'Telegram', safe_time: 'after 22:00' },
    consent: { operator: true, ngo: true, embassy: true, police: false },
  };
  const r = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && r[k] && typeof r[k] === 'object') Object.assign(r[k], v);
    else r[k] = v;
  }
  return r;
}

function crlf(s) {
  return s.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/\n/g, '\r\n');
}

export function bucket(len) {
  const KIB = 1024;
  let b = 8 * KIB;
  while (b < len && b < 1024 * KIB) b *= 2;
  return b >= len ? b : Math.ceil(len / (1024 * KIB)) * 1024 * KIB;
}

// `mime_entity(text, json)`, byte for byte (with a fixed boundary unless given).
export function mimeEntity(text, json, boundary = 'tipline-0123456789abcdef0123456789abcdef', jsonText) {
  const jt = jsonText ?? JSON.stringify(json, null, 2);
  let e = 'MIME-Version: 1.0\r\n';
  e += `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n`;
  e += 'This is a Tipline report in MIME format.\r\n';
  for (const [ctype, disposition, raw] of [
    ['text/plain; charset=utf-8', 'inline', text],
    ['application/json; charset=utf-8', 'attachment; filename="report.json"', jt],
  ]) {
    const body = crlf(raw);
    const cte = body.split('\r\n').some((l) => enc.encode(l).length > 998) ? 'binary' : '8bit';
    e += `--${boundary}\r\nContent-Type: ${ctype}\r\nContent-Transfer-Encoding: ${cte}\r\nContent-Disposition: ${disposition}\r\n\r\n`;
    e += body + '\r\n';
  }
  e += `--${boundary}--\r\n`;
  const bytes = Array.from(enc.encode(e));
  let missing = bucket(bytes.length) - bytes.length;
  while (missing > 0) {
    if (missing >= 2) {
      const n = Math.min(missing - 2, 74);
      for (let i = 0; i < n; i++) bytes.push(0x20);
      bytes.push(0x0d, 0x0a);
      missing -= n + 2;
    } else {
      bytes.push(0x20);
      missing -= 1;
    }
  }
  return new Uint8Array(bytes);
}

// The text/plain part, roughly as Report::to_text writes it.
export function textOf(r) {
  return `Tipline report: ${r.tip_id}\nReceived (UTC day): ${r.received_day}\n\n== Details ==\n${r.details}\n\n== Consent ==\nOperator: always\n`;
}

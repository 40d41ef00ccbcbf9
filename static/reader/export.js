// Exports the decrypted selection to the responder's device: CSV for a
// spreadsheet, GeoJSON for a map. Report text is written by strangers, so
// no CSV cell may start a spreadsheet formula.

const get = (o, path) => path.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);

// One column per row: header, then where its value comes from in the
// report JSON. People's names and contacts stay out of the file on purpose.
const COLUMNS = [
  ['tip_id', ['tip_id']],
  ['received_day', ['received_day']],
  ['route', ['route']],
  ['reporter_role', ['reporter_role']],
  ['immediate_danger', ['immediate_danger']],
  ['country', ['location', 'country']],
  ['country_other', ['location', 'country_other']],
  ['area', ['location', 'area']],
  ['compound', ['location', 'compound']],
  ['building', ['location', 'building']],
  ['lat', ['location', 'lat']],
  ['lon', ['location', 'lon']],
  ['held_count', ['held', 'count']],
  ['held_nationalities', ['held', 'nationalities']],
  ['passports_taken', ['passports_taken']],
  ['details', ['details']],
];

/**
 * One CSV cell (RFC 4180): a string that begins with =, +, -, @, tab or CR
 * gets a leading ' so no spreadsheet runs it as a formula. Every text cell
 * is quoted (quotes doubled, line breaks kept): spreadsheets set to split
 * on ";" (German, French, Spanish Excel) would otherwise start a new cell,
 * and a formula, inside an unquoted one.
 */
export function csvCell(s) {
  let v = s === null || s === undefined ? '' : String(s);
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  return `"${v.replace(/"/g, '""')}"`;
}

// A value from the JSON: finite numbers (parsed coordinates) are written
// as numbers, not neutralised, so "-12.5" stays a number; all else is text.
function cell(v) {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return csvCell(typeof v === 'string' ? v : '');
}

function groupKeys(groups) {
  const keyOf = new Map();
  for (const g of groups || []) for (const m of g.members || []) if (!keyOf.has(m)) keyOf.set(m, g.key);
  return keyOf;
}

/**
 * CSV with a header row and one row per report, CRLF line ends. `groups`
 * (optional, from groupReports) adds a "group" column. No byte-order mark:
 * prepend "\uFEFF" to the Blob if Excel must detect UTF-8.
 */
export function toCsv(reports, groups) {
  const keyOf = groups ? groupKeys(groups) : null;
  const head = COLUMNS.map(([h]) => h).concat(keyOf ? ['group'] : []);
  const rows = [head.map(csvCell).join(',')];
  for (const r of reports) {
    const row = COLUMNS.map(([, path]) => cell(get(r, path)));
    if (keyOf) row.push(csvCell(keyOf.get(r) ?? ''));
    rows.push(row.join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/**
 * A GeoJSON FeatureCollection: one Point ([lon, lat], RFC 7946 order) per
 * report with parsed coordinates. `groups` (optional) adds each report's
 * group key to its properties.
 */
export function toGeoJson(reports, groups) {
  const keyOf = groups ? groupKeys(groups) : null;
  const features = [];
  for (const r of reports) {
    const lat = get(r, ['location', 'lat']);
    const lon = get(r, ['location', 'lon']);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const str = (v) => (typeof v === 'string' ? v : null);
    const properties = {
      tip_id: str(r.tip_id),
      received_day: str(r.received_day),
      compound: str(get(r, ['location', 'compound'])),
      country: str(get(r, ['location', 'country'])),
    };
    if (keyOf) properties.group = keyOf.get(r) ?? null;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  }
  return { type: 'FeatureCollection', features };
}

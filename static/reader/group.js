// Groups decrypted reports (JSON of schema/report-v1.json) by compound, so
// that ten reports about one building show as one place. Two reports are
// the same place when their normalised compound names and countries are
// equal, or when they lie within 1 km of each other. Every comparison is
// against the group's FIRST report only (no chaining), so a group never
// drifts along a street of reports.

const EARTH_RADIUS_KM = 6371.0088;
const SAME_PLACE_KM = 1.0;

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The form of a name used to compare it: NFKC, zero-width characters
 * dropped, lower case, every run of whitespace, punctuation or symbols
 * turned into one space, trimmed.
 * Letters and marks of every script (Burmese, Chinese, Thai…) are kept.
 */
export function normaliseName(s) {
  if (typeof s !== 'string') return '';
  return s
    .normalize('NFKC')
    // Zero-width spaces and joiners (common in Burmese text) separate nothing.
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Z}]+/gu, ' ')
    .trim();
}

// The place facts of one report that grouping looks at.
function place(report) {
  const loc = (report && typeof report.location === 'object' && report.location) || {};
  const name = typeof loc.compound === 'string' ? loc.compound.trim() : '';
  let country = typeof loc.country === 'string' ? loc.country : '';
  // "OTHER" plus what the source typed, so Mexico and Peru stay apart.
  if (country === 'OTHER') country += ':' + normaliseName(loc.country_other);
  const { lat, lon } = loc;
  const located = Number.isFinite(lat) && Number.isFinite(lon)
    && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return {
    name,
    nameKey: normaliseName(name) ? `${country}|${normaliseName(name)}` : null,
    country: typeof loc.country === 'string' ? loc.country : null,
    lat: located ? lat : null,
    lon: located ? lon : null,
  };
}

function matches(first, p) {
  if (first.nameKey !== null && first.nameKey === p.nameKey) return true;
  return first.lat !== null && p.lat !== null
    && distanceKm(first.lat, first.lon, p.lat, p.lon) <= SAME_PLACE_KM;
}

/**
 * Groups reports in the order given (the caller passes newest first); a
 * report that matches several groups joins the one created first. Returns
 * [{ key, label, country, lat, lon, members }], where key, label, country
 * and the coordinates are those of the group's first report (lat/lon fall
 * back to the first member that has coordinates, for drawing on a map).
 * A report with neither a name nor coordinates is a group of its own.
 */
export function groupReports(reports) {
  const groups = [];
  const anchors = [];
  const keys = new Set();
  for (const report of reports) {
    const p = place(report);
    const i = anchors.findIndex((a) => matches(a, p));
    if (i >= 0) {
      const g = groups[i];
      g.members.push(report);
      if (g.lat === null && p.lat !== null) Object.assign(g, { lat: p.lat, lon: p.lon });
      continue;
    }
    const tip = report && typeof report.tip_id === 'string' ? report.tip_id : '';
    let key = p.nameKey !== null ? `name:${p.nameKey}`
      : p.lat !== null ? `geo:${p.lat.toFixed(5)},${p.lon.toFixed(5)}`
      : `tip:${tip}`;
    for (let n = 2, base = key; keys.has(key); n++) key = `${base}#${n}`;
    keys.add(key);
    anchors.push(p);
    groups.push({
      key,
      label: p.name || (p.lat !== null ? `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}` : '(no place given)'),
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      members: [report],
    });
  }
  return groups;
}

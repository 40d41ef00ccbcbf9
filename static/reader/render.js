// Builds the readable view of one decrypted report. Report text is written
// by anonymous strangers and shown in a page that holds an unlocked key, so
// it only ever reaches the page as textContent: no HTML parsing of any kind,
// and no attribute takes a value from the report (class names are fixed).

const ROLES = {
  inside: 'inside a compound now',
  escaped: 'escaped or released',
  family: 'family member or friend',
  other: 'other',
};
const DANGER = { yes: 'YES', no: 'no', unsure: 'unsure' };
// The English label of a known choice, else the value as sent.
const label = (table, v) => (typeof v === 'string' && Object.hasOwn(table, v) ? table[v] : v);

let regions = null;
// English name of a country code, as the text part writes it: "Myanmar (MM)".
function country(code) {
  if (typeof code !== 'string' || code === '') return '';
  if (code === 'OTHER') return 'other';
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const name = /^[A-Z]{2}$/.test(code) ? regions.of(code) : null;
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

// A shown value: strings as they are, numbers and booleans spelled out,
// anything else (absent, null, an unexpected object) left out.
function str(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return '';
}

const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.setAttribute('class', cls);
  if (text !== undefined) e.textContent = text;
  return e;
}

// A <section> with a heading and a <dl> of the non-empty [label, value] pairs;
// null when every value is empty.
function section(doc, cls, heading, pairs) {
  const dl = el(doc, 'dl');
  let shown = 0;
  for (const [name, value, vcls] of pairs) {
    const v = str(value);
    if (v.trim() === '') continue;
    dl.append(el(doc, 'dt', null, name), el(doc, 'dd', vcls, v));
    shown++;
  }
  if (shown === 0) return null;
  const s = el(doc, 'section', cls);
  s.append(el(doc, 'h3', null, heading), dl);
  return s;
}

/**
 * The view of one report: a <dl> of English-labelled fields per section
 * (a section per person in people[]), the source's consent and how to
 * contact them, then the raw text/plain part in a <details>. `report` is
 * the parsed JSON part (may be null) and `text` the text part.
 */
export function renderReport(doc, report, text) {
  const r = obj(report);
  const loc = obj(r.location);
  const held = obj(r.held);
  const rec = obj(r.recruitment);
  const contact = obj(r.contact);
  const root = el(doc, 'article', 'report');
  const add = (node) => node && root.append(node);

  if (!report) {
    add(el(doc, 'p', 'warning', 'This report has no readable structured part; see the raw text below.'));
  } else if (r.schema_version !== 1) {
    add(el(doc, 'p', 'warning', 'Unknown report schema version; check the raw text below.'));
  }
  add(section(doc, 'summary', 'Report', [
    ['Tip', r.tip_id],
    ['Received (UTC day)', r.received_day],
    ['Form language', r.form_language],
    ['Route', r.route],
    ['Source key', r.source_key_fingerprint],
    ['Reporter', label(ROLES, r.reporter_role)],
    ['Immediate danger', label(DANGER, r.immediate_danger),
      r.immediate_danger === 'yes' ? 'danger' : null],
  ]));
  const parsed = Number.isFinite(loc.lat) && Number.isFinite(loc.lon)
    ? `${loc.lat.toFixed(6)}, ${loc.lon.toFixed(6)}` : '';
  add(section(doc, 'where', 'Where', [
    ['Country', country(loc.country)],
    ['Other country', loc.country_other],
    ['Town or area', loc.area],
    ['Compound or company', loc.compound],
    ['Buildings', loc.building],
    ['Coordinates or map link (as typed)', loc.coordinates_text],
    ['Coordinates (parsed)', parsed],
  ]));
  add(section(doc, 'held', 'People held', [
    ['How many', held.count],
    ['Nationalities', held.nationalities],
  ]));
  const people = Array.isArray(r.people) ? r.people : [];
  people.forEach((p, i) => {
    const q = obj(p);
    add(section(doc, 'person', `Person in danger ${i + 1}`, [
      ['Name', q.name],
      ['Age', q.age],
      ['Nationality', country(q.nationality)],
      ['Other nationality', q.nationality_other],
      ['Phone or messaging', q.contact],
      ['Last contact', q.last_contact],
    ]));
  });
  add(section(doc, 'recruitment', 'Recruitment', [
    ['Where the job was found', rec.platform],
    ['What the job offer promised', rec.job_ad],
    ['Agent or recruiter', rec.agent],
    ['Passports taken', r.passports_taken],
  ]));
  add(section(doc, 'details', 'Details', [['What the reporter wrote', r.details, 'multiline']]));
  const how = section(doc, 'contact', 'Contacting the reporter', [
    ['Safe way', contact.method],
    ['Safe time', contact.safe_time],
  ]);
  if (how) {
    how.append(el(doc, 'p', 'advice',
      'Contact the reporter only this way and at this time: a message at the wrong moment can put them in danger.'));
    add(how);
  }
  if (r.consent && typeof r.consent === 'object') {
    const c = obj(r.consent);
    const yn = (b) => (b === true ? 'yes' : b === false ? 'no' : '');
    add(section(doc, 'consent', 'Consent: who may see this report', [
      ['Operator', 'always'],
      ['NGOs', yn(c.ngo)],
      ['Embassies', yn(c.embassy)],
      ['Police', yn(c.police)],
    ]));
  }
  if (typeof text === 'string' && text.trim() !== '') {
    const d = el(doc, 'details', 'raw');
    d.append(el(doc, 'summary', null, 'Raw text of the report'), el(doc, 'pre', null, text));
    add(d);
  }
  return root;
}

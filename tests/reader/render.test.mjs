import test from 'node:test';
import assert from 'node:assert/strict';
import { renderReport } from '../../static/reader/render.js';
import { report, textOf, BURMESE_CHINESE } from './fixtures.mjs';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const XSS = `<script>alert(1)</script>"'>${PAYLOAD}`;
const ALLOWED_TAGS = new Set(['article', 'section', 'h3', 'dl', 'dt', 'dd', 'p', 'details', 'summary', 'pre']);

// A fake document: elements record tag, textContent, children and
// attributes; anything that parses HTML throws.
function fakeDoc() {
  const calls = [];
  const forbidden = (name) => () => { throw new Error(`dangerous call: ${name}`); };
  function createElement(tag) {
    assert.equal(typeof tag, 'string');
    assert.ok(ALLOWED_TAGS.has(tag), `unexpected tag ${tag}`);
    const node = { tag, children: [], attributes: {}, _text: undefined };
    Object.defineProperties(node, {
      textContent: {
        get() { return node._text ?? node.children.map((c) => c.textContent).join(''); },
        set(v) { assert.equal(typeof v, 'string'); node._text = v; node.children = []; },
      },
      innerHTML: { get: forbidden('innerHTML get'), set: forbidden('innerHTML') },
      outerHTML: { get: forbidden('outerHTML get'), set: forbidden('outerHTML') },
    });
    node.insertAdjacentHTML = forbidden('insertAdjacentHTML');
    node.setHTMLUnsafe = forbidden('setHTMLUnsafe');
    node.setAttribute = (name, value) => {
      calls.push(['setAttribute', name, value]);
      assert.equal(name, 'class', `attribute ${name}`);
      assert.match(value, /^[a-z-]+$/, 'class names are fixed words');
      node.attributes[name] = value;
    };
    node.appendChild = (child) => { node.append(child); return child; };
    node.append = (...children) => {
      for (const c of children) {
        assert.ok(c && typeof c === 'object' && ALLOWED_TAGS.has(c.tag), 'only elements are appended');
        assert.equal(node._text, undefined, 'no children on a text leaf');
        node.children.push(c);
      }
    };
    return node;
  }
  return {
    calls,
    createElement,
    write: forbidden('document.write'),
    writeln: forbidden('document.writeln'),
    createRange: forbidden('createRange'),
    createTextNode: (t) => ({ tag: '#text', textContent: t, children: [] }),
  };
}

function* walk(n) {
  yield n;
  for (const c of n.children) yield* walk(c);
}
const texts = (root) => [...walk(root)].filter((n) => n._text !== undefined).map((n) => n._text);
// The [label, value] pairs of every <dl>.
function pairs(root) {
  const out = [];
  for (const n of walk(root)) {
    if (n.tag !== 'dl') continue;
    for (let i = 0; i < n.children.length; i += 2) {
      assert.equal(n.children[i].tag, 'dt');
      assert.equal(n.children[i + 1].tag, 'dd');
      out.push([n.children[i]._text, n.children[i + 1]._text]);
    }
  }
  return out;
}

// Every string in the report replaced by `f(path)`.
function mapStrings(v, f, path = '') {
  if (typeof v === 'string') return f(path);
  if (Array.isArray(v)) return v.map((x, i) => mapStrings(x, f, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f, `${path}.${k}`)]));
  return v;
}

test('renders every field with an English label, Unicode intact, raw text in <details><pre>', () => {
  const r = report();
  const text = textOf(r);
  const doc = fakeDoc();
  const root = renderReport(doc, r, text);
  assert.equal(root.tag, 'article');
  const p = new Map(pairs(root));
  assert.equal(p.get('Tip'), r.tip_id);
  assert.equal(p.get('Received (UTC day)'), '2025-03-14');
  assert.equal(p.get('Reporter'), 'inside a compound now');
  assert.equal(p.get('Immediate danger'), 'YES');
  assert.match(p.get('Country'), /^Myanmar.*\(MM\)$/);
  assert.equal(p.get('Compound or company'), 'KK Park');
  assert.equal(p.get('Coordinates (parsed)'), '16.682900, 98.519300');
  assert.equal(p.get('How many'), 'about 40');
  assert.equal(p.get('Name'), 'Aung');
  assert.equal(p.get('Phone or messaging'), '+95 9 123');
  assert.equal(p.get('What the reporter wrote'), BURMESE_CHINESE);
  assert.equal(p.get('Safe way'), 'Telegram');
  assert.equal(p.get('Safe time'), 'after 22:00');
  assert.equal(p.get('Operator'), 'always');
  assert.equal(p.get('NGOs'), 'yes');
  assert.equal(p.get('Police'), 'no');
  assert.ok(!p.has('Other country'), 'empty fields are skipped');
  assert.ok(!p.has('Agent or recruiter'));
  for (const [label, value] of p) assert.ok(label && value.trim(), label);
  const headings = [...walk(root)].filter((n) => n.tag === 'h3').map((n) => n._text);
  assert.deepEqual(headings, ['Report', 'Where', 'People held', 'Person in danger 1', 'Recruitment', 'Details',
    'Contacting the reporter', 'Consent: who may see this report']);
  const details = [...walk(root)].find((n) => n.tag === 'details');
  assert.deepEqual(details.children.map((c) => c.tag), ['summary', 'pre']);
  assert.equal(details.children[1]._text, text);
});

test('a section per person; an empty person is left out', () => {
  const r = report({ people: [
    { name: 'A', age: null, nationality: 'KE', nationality_other: null, contact: null, last_contact: null },
    { name: null, age: null, nationality: null, nationality_other: null, contact: null, last_contact: null },
    { name: 'ဦးမောင်', age: '30', nationality: 'OTHER', nationality_other: 'Uzbek', contact: null, last_contact: null },
  ] });
  const root = renderReport(fakeDoc(), r, '');
  const persons = [...walk(root)].filter((n) => n.tag === 'section' && n.attributes.class === 'person');
  assert.equal(persons.length, 2);
  assert.deepEqual(pairs(persons[1]), [['Name', 'ဦးမောင်'], ['Age', '30'], ['Nationality', 'other'], ['Other nationality', 'Uzbek']]);
  assert.ok(!texts(root).includes('Raw text of the report'), 'no raw section for empty text');
});

test('an XSS payload in every string field stays inert text', () => {
  const r = mapStrings(report(), (path) => `${XSS}${path}`);
  const text = `raw ${XSS}`;
  const doc = fakeDoc();
  const root = renderReport(doc, r, text);
  const shown = texts(root).join('\n');
  // Every string field of the report reached the page, as text.
  const fields = [];
  mapStrings(report(), (path) => fields.push(path));
  for (const path of fields) {
    assert.ok(shown.includes(`${XSS}${path}`), `field ${path} is shown`);
  }
  assert.ok(shown.includes(text));
  // The payload appears only in textContent: never in a tag or an attribute.
  for (const n of walk(root)) {
    assert.ok(ALLOWED_TAGS.has(n.tag));
    for (const v of Object.values(n.attributes)) assert.ok(!v.includes('<') && !v.includes('alert'));
  }
  assert.ok(doc.calls.every(([fn, name]) => fn === 'setAttribute' && name === 'class'));
});

test('enum values outside the schema are shown as sent, not looked up on the prototype', () => {
  const r = report({ reporter_role: 'constructor', immediate_danger: '__proto__', location: { country: 'toString' } });
  const p = new Map(pairs(renderReport(fakeDoc(), r, '')));
  assert.equal(p.get('Reporter'), 'constructor');
  assert.equal(p.get('Immediate danger'), '__proto__');
  assert.equal(p.get('Country'), 'toString');
});

test('no JSON part: a warning and the raw text; odd shapes never throw', () => {
  const root = renderReport(fakeDoc(), null, `only text ${PAYLOAD}`);
  const t = texts(root);
  assert.ok(t.some((s) => /no readable structured part/.test(s)));
  assert.ok(t.includes(`only text ${PAYLOAD}`));
  for (const odd of [{}, { location: 'x', people: 'y', consent: 3 }, { people: [null, 5, 'z'] }, { schema_version: 2, details: 7 }]) {
    assert.doesNotThrow(() => renderReport(fakeDoc(), odd, undefined));
  }
  const v2 = texts(renderReport(fakeDoc(), { schema_version: 2 }, ''));
  assert.ok(v2.some((s) => /Unknown report schema version/.test(s)));
});

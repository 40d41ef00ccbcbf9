// The in-browser reader: the responder's secret key is loaded once into
// this page's memory, and tips, notes and messages are decrypted here.
// The unlocked key and every plaintext stay in variables of this module:
// never in localStorage, sessionStorage, IndexedDB, a cookie or a request.
// (By opt-in the still-encrypted key may be kept in localStorage.) Report
// text is written by anonymous strangers: it reaches the page only as
// textContent, under a CSP that requires Trusted Types for every script
// sink, and this file uses none.

import * as openpgp from '/static/openpgp.min.mjs';
import { parseEntity } from '/static/reader/mime.js';
import { groupReports } from '/static/reader/group.js';
import { toCsv, toGeoJson } from '/static/reader/export.js';
import { renderReport } from '/static/reader/render.js';
import { TEXT as FILE_TEXT, filesOfTip, decryptFile, saveName, humanSize, FileError } from '/static/reader/files.js';
import { sha256 } from '/static/noble/sha2.js';

const STORED_KEY = 'tipline-encrypted-key';
const PINNED = 'tipline-pinned-instance';

const root = document.getElementById('reader');
const $ = (id) => document.getElementById(id);

const state = {
  key: null, // the unlocked secret key (memory only)
  instance: null, // the instance certificate, checked against the pin
  tips: [], // { tip, team, team_name, day, route, urgent, status, report, text, error }
  shown: null, // the tip open in the detail view
};

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function say(id, text, bad) {
  const box = $(id);
  box.textContent = text;
  box.className = bad ? 'errors' : 'note';
  box.hidden = !text;
}

const hex = (fp) => fp.toUpperCase().replace(/[^0-9A-F]/g, '');
const grouped = (fp) => hex(fp).replace(/(.{4})/g, '$1 ').trim();

function b64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function getJson(url) {
  const r = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
}

// The instance key: the server names it, and this browser pins the first
// one it saw (or the one the responder typed); any other stops the reader.
async function loadInstance() {
  const claimed = hex(root.dataset.instanceFingerprint || '');
  const r = await fetch('/responder/reader/instance.asc', { credentials: 'same-origin' });
  const cert = await openpgp.readKey({ armoredKey: await r.text() });
  const fp = hex(cert.getFingerprint());
  const pinned = localStorage.getItem(PINNED);
  if (fp !== claimed || (pinned && pinned !== fp)) {
    say('pin-status', `STOP: the instance key ${grouped(fp)} is not the one pinned in this browser (${grouped(pinned || claimed)}). Do not use this reader; tell your admins.`, true);
    throw new Error('instance key mismatch');
  }
  if (!pinned) localStorage.setItem(PINNED, fp);
  say('pin-status', pinned
    ? `Instance key ${grouped(fp)}: the one pinned in this browser.`
    : `Instance key ${grouped(fp)} is now pinned in this browser. Compare it with the fingerprint you noted when you joined.`);
  state.instance = cert;
}

async function loadKey(event) {
  event.preventDefault();
  const file = $('key-file').files[0];
  const armored = file ? await file.text() : $('key-text').value;
  const pass = $('key-pass').value;
  // The fields are emptied at once: the key lives only in `state` now.
  $('key-text').value = '';
  $('key-pass').value = '';
  $('key-file').value = '';
  try {
    let key = await openpgp.readPrivateKey({ armoredKey: armored.trim() || localStorage.getItem(STORED_KEY) || '' });
    const wasLocked = !key.isDecrypted();
    if ($('key-keep').checked) {
      if (!wasLocked) throw new Error('this key has no passphrase: it is never kept in the browser');
      localStorage.setItem(STORED_KEY, key.armor());
    }
    if (wasLocked) key = await openpgp.decryptKey({ privateKey: key, passphrase: pass });
    state.key = key;
    say('key-status', `Key ${grouped(key.getFingerprint())} loaded for this page only. Close the tab to forget it.`);
    $('key-form').hidden = true;
    $('tools').hidden = false;
    await loadTips();
  } catch (e) {
    say('key-status', `The key could not be loaded: ${e.message}`, true);
  }
}

function forgetStoredKey() {
  localStorage.removeItem(STORED_KEY);
  $('stored-key').hidden = true;
}

// Decrypts one sealed message and checks the instance's signature.
async function openSigned(bytes) {
  const message = await openpgp.readMessage({ binaryMessage: bytes });
  const { data, signatures } = await openpgp.decrypt({
    message,
    decryptionKeys: state.key,
    verificationKeys: state.instance,
    expectSigned: true,
    format: 'binary',
  });
  await signatures[0].verified;
  return data;
}

// Decrypts a message that may be signed by the instance (notes, server-
// sealed replies, additions) or not at all (replies sealed in a browser).
async function openAny(bytes) {
  const message = await openpgp.readMessage({ binaryMessage: bytes });
  const { data, signatures } = await openpgp.decrypt({
    message,
    decryptionKeys: state.key,
    verificationKeys: state.instance,
    format: 'utf8',
  });
  let signed = false;
  for (const s of signatures) {
    try { await s.verified; signed = true; } catch { /* unsigned or not ours */ }
  }
  return { text: data, signed };
}

async function loadTips() {
  say('list-status', 'Decrypting…');
  const data = await getJson(`/responder/reader/tips.json${root.dataset.query || ''}`);
  state.tips = [];
  for (const t of data.tips) {
    const entry = { ...t, report: null, text: '', error: '' };
    try {
      const parsed = parseEntity(await openSigned(b64(t.sealed)));
      entry.report = parsed.json;
      entry.text = parsed.text;
    } catch (e) {
      entry.error = e.message;
    }
    delete entry.sealed;
    state.tips.push(entry);
  }
  const failed = state.tips.filter((t) => t.error).length;
  say('list-status', `${state.tips.length - failed} of ${data.total} tip(s) decrypted${data.total > data.cap ? ` (the ${data.cap} most recent)` : ''}${failed ? `; ${failed} could not be opened with this key` : ''}.`, failed > 0);
  showList();
}

function matches(t, q) {
  if (!q) return true;
  const hay = `${t.text}\n${t.route}\n${t.team_name}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
}

function visible() {
  const q = $('search').value;
  return state.tips.filter((t) => matches(t, q));
}

function tipLine(t) {
  const li = el('li');
  const b = el('button', 'link', `${t.day} · ${t.team_name} · ${t.route}${t.urgent ? ' · urgent' : ''} · ${t.status}`);
  b.type = 'button';
  b.addEventListener('click', () => showTip(t));
  li.append(b);
  const loc = t.report && t.report.location;
  const where = loc ? [loc.compound, loc.area, loc.country].filter((x) => typeof x === 'string' && x).join(', ') : '';
  if (where) li.append(el('span', 'hint', ` ${where}`));
  if (t.error) li.append(el('span', 'errors', ` ${t.error}`));
  return li;
}

function showList() {
  const list = $('tips');
  list.replaceChildren();
  const tips = visible();
  if ($('group').checked) {
    const open = tips.filter((t) => t.report);
    for (const g of groupReports(open.map((t) => t.report))) {
      const section = el('li', 'group');
      section.append(el('strong', null, `${g.label} — ${g.members.length} report(s)`));
      const ul = el('ul');
      for (const r of g.members) ul.append(tipLine(open.find((t) => t.report === r)));
      section.append(ul);
      list.append(section);
    }
    for (const t of tips.filter((x) => !x.report)) list.append(tipLine(t));
  } else {
    for (const t of tips) list.append(tipLine(t));
  }
  $('count').textContent = `${tips.length} shown`;
}

async function showTip(t, notice) {
  state.shown = t;
  const view = $('detail');
  view.replaceChildren();
  view.append(el('h2', null, `Tip received ${t.day} · ${t.team_name}`));
  if (t.report || t.text) view.append(renderReport(document, t.report, t.text));
  else view.append(el('p', 'errors', t.error || 'Not decrypted.'));
  const files = el('section', 'files');
  files.hidden = true;
  view.append(files);
  const conv = el('section');
  conv.append(el('h3', null, 'Notes and conversation'));
  if (notice) conv.append(el('p', 'note', notice));
  view.append(conv);
  let detail;
  try {
    detail = await getJson(`/responder/reader/tip/${t.tip}/${t.team}`);
  } catch (e) {
    conv.append(el('p', 'errors', `The notes and messages could not be loaded: ${e.message}`));
    if (t.report && Array.isArray(t.report.files) && t.report.files.length) {
      files.append(el('h3', null, FILE_TEXT.heading(t.report.files.length)), el('p', 'errors', FILE_TEXT.unavailable(e.message)));
      files.hidden = false;
    }
    return;
  }
  // The texts of signed additions from the source: they list its later files.
  const additions = [];
  const items = el('ol', 'messages');
  const lines = [
    ...detail.notes.map((n) => ({ ...n, label: `internal note by ${n.author}` })),
    ...detail.messages.map((m) => ({ ...m, label: m.kind === 'source' ? 'the source added' : `reply by ${m.author}` })),
  ];
  for (const m of lines) {
    const li = el('li');
    // Notes, what the source added and replies sealed on the server are
    // signed by the instance; a reply sealed in a browser is not.
    const unsigned = m.sealed_in === 'browser';
    li.append(el('p', 'hint', `${m.day} · ${m.label}${unsigned ? ' (sealed in a browser, not signed)' : ''}`));
    try {
      const { text, signed } = await openAny(b64(m.sealed));
      if (!signed && !unsigned) {
        li.append(el('p', 'errors', 'NOT SIGNED by the instance key: this did not come through Tipline. Do not trust it; tell your admins.'));
      }
      if (signed && m.kind === 'source') additions.push(text);
      li.append(el('p', 'reply', text));
    } catch (e) {
      li.append(el('p', 'errors', unsigned
        ? `ALERT: this reply cannot be read with your key, so your team cannot see what was said to the source (${e.message}). Tell your admins.`
        : `could not be opened: ${e.message}`));
    }
    items.append(li);
  }
  if (!lines.length) conv.append(el('p', 'hint', 'No notes or messages yet.'));
  conv.append(items);
  showFiles(files, filesOfTip(t.report, additions, detail.files));
  if (detail.source_cert) conv.append(replyForm(t, detail));
  view.scrollIntoView();
}

// The tip's files, each with what the signed report or addition says of
// it; only a listed one can be decrypted, and only into a file that is
// kept once its SHA-256 matches that listing.
function showFiles(box, files) {
  box.replaceChildren();
  box.hidden = files.length === 0;
  if (!files.length) return;
  box.append(el('h3', null, FILE_TEXT.heading(files.length)));
  const saveable = (f) => f.listed && !f.missing;
  if (!window.showSaveFilePicker && files.some(saveable)) box.append(el('p', 'hint', FILE_TEXT.memoryNote));
  const list = el('ul');
  for (const f of files) {
    const li = el('li');
    li.append(el('strong', null, f.listed || f.missing ? `${f.number}. ${f.name}` : FILE_TEXT.number(f.number)));
    if (f.conflicting) {
      li.append(el('p', 'errors', FILE_TEXT.conflicting));
    } else if (!f.listed) {
      li.append(el('p', 'errors', FILE_TEXT.notListed));
    } else {
      const metadata = f.metadata ? FILE_TEXT.metadata[f.metadata] : FILE_TEXT.metadataUnknown;
      const facts = [f.media_type, f.size === null ? '' : humanSize(f.size), `${FILE_TEXT.photoData}: ${metadata}`, FILE_TEXT.listedIn(f.from)];
      li.append(el('p', 'hint', facts.filter(Boolean).join(' · ')));
      li.append(el('p', 'hint fp', `${FILE_TEXT.sha256} ${f.sha256}`));
    }
    if (f.missing) li.append(el('p', 'hint', FILE_TEXT.missing));
    if (saveable(f)) {
      const button = el('button', 'secondary', FILE_TEXT.save);
      button.type = 'button';
      const status = el('p', 'hint');
      status.setAttribute('aria-live', 'polite');
      button.addEventListener('click', () => saveFile(f, button, status));
      li.append(button, status);
    }
    list.append(li);
  }
  box.append(list);
}

// Where a decrypted file goes: a file the responder picks, written as it
// decrypts (FileSystemWritableFileStream: kept on close, discarded on
// abort), or else a Blob held in memory and downloaded at the end.
async function pickedSink(name) {
  // Called before any await: the picker needs the click's user activation.
  const handle = await window.showSaveFilePicker({ suggestedName: name });
  const w = await handle.createWritable();
  return { write: (c) => w.write(c), close: () => w.close(), abort: () => w.abort() };
}

function memorySink(name) {
  let parts = [];
  let held = 0;
  return {
    write(chunk) {
      parts.push(chunk);
      held += chunk.length;
      // Gathered into a Blob now and then, which a browser may keep on disk.
      if (held >= 16 * 1024 * 1024) {
        parts = [new Blob(parts)];
        held = 0;
      }
    },
    close() {
      download(name, 'application/octet-stream', new Blob(parts));
      parts = [];
    },
    abort() { parts = []; },
  };
}

async function saveFile(f, button, status) {
  const show = (text, bad) => {
    status.textContent = text;
    status.className = bad ? 'errors' : 'note';
  };
  button.disabled = true;
  const name = saveName(f.number, f.name);
  let sink;
  try {
    sink = window.showSaveFilePicker ? await pickedSink(name) : memorySink(name);
  } catch (e) {
    show(e && e.name === 'AbortError' ? FILE_TEXT.cancelled : FILE_TEXT.notSaved(e.message), true);
    button.disabled = false;
    return;
  }
  let shown = '';
  const progress = (n) => {
    const text = FILE_TEXT.progress(n, f.size);
    if (text === shown) return;
    shown = text;
    show(text);
  };
  progress(0);
  const stop = new AbortController();
  try {
    const r = await fetch(f.url, { credentials: 'same-origin', signal: stop.signal });
    if (!r.ok || !r.body) throw new FileError('download', FILE_TEXT.errors.download(r.status));
    await decryptFile({
      openpgp,
      sha256,
      body: r.body,
      decryptionKeys: state.key,
      expectedSha256: f.sha256,
      expectedSize: f.size,
      sink,
      onProgress: progress,
    });
    show(FILE_TEXT.saved);
  } catch (e) {
    stop.abort();
    // decryptFile has aborted already; a failed download has not.
    try { await sink.abort(); } catch { /* already aborted */ }
    show(FILE_TEXT.notSaved(e.message), true);
  } finally {
    button.disabled = false;
  }
}

// A reply sealed here to the source's key — whose fingerprint comes from
// the decrypted, signed report, not from the server — and the team's keys.
function replyForm(t, detail) {
  const form = el('form');
  const label = el('label', null, 'Reply to the source (encrypted in this browser)');
  const area = el('textarea');
  area.id = 'reply-text';
  area.rows = 5;
  area.maxLength = 20000;
  label.htmlFor = area.id;
  const send = el('button', null, 'Encrypt and send');
  send.type = 'submit';
  const status = el('p', 'hint');
  form.append(label, area, send, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const source = await openpgp.readKey({ armoredKey: detail.source_cert });
      const named = t.report && t.report.source_key_fingerprint;
      if (!named || hex(source.getFingerprint()) !== hex(named)) {
        throw new Error('the source key offered is not the one the signed report names');
      }
      const team = await Promise.all(detail.team_certs.map((a) => openpgp.readKey({ armoredKey: a })));
      status.textContent = `Sealing to the source's key ${grouped(source.getFingerprint())} and your team's keys ${team.map((k) => grouped(k.getFingerprint())).join(', ')}…`;
      const sealed = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: area.value }),
        encryptionKeys: [source, ...team],
        format: 'armored',
      });
      const body = new URLSearchParams({ csrf: root.dataset.csrf, action: 'reply-sealed', sealed });
      const r = await fetch(`/responder/tips/${t.tip}/${t.team}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body,
      });
      const answer = await r.json();
      if (!r.ok) throw new Error(answer.error || `refused (${r.status})`);
      area.value = '';
      await showTip(t, 'Sent, encrypted.');
    } catch (e) {
      status.textContent = `Not sent: ${e.message}`;
      status.className = 'errors';
    }
  });
  return form;
}

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportCsv() {
  const reports = visible().filter((t) => t.report).map((t) => t.report);
  // A byte-order mark, so that spreadsheets read Burmese and Chinese as UTF-8.
  download('tipline-tips.csv', 'text/csv;charset=utf-8', `\uFEFF${toCsv(reports, groupReports(reports))}`);
}

function exportGeoJson() {
  const reports = visible().filter((t) => t.report).map((t) => t.report);
  download('tipline-tips.geojson', 'application/geo+json', JSON.stringify(toGeoJson(reports, groupReports(reports)), null, 1));
}

function start() {
  $('script-needed').hidden = true;
  $('key-form').hidden = false;
  $('key-form').addEventListener('submit', loadKey);
  if (localStorage.getItem(STORED_KEY)) $('stored-key').hidden = false;
  $('forget-key').addEventListener('click', forgetStoredKey);
  $('search').addEventListener('input', showList);
  $('group').addEventListener('change', showList);
  $('export-csv').addEventListener('click', exportCsv);
  $('export-geojson').addEventListener('click', exportGeoJson);
  loadInstance().catch((e) => {
    $('key-form').hidden = true;
    say('key-status', `The reader stopped: ${e.message}`, true);
  });
}

start();

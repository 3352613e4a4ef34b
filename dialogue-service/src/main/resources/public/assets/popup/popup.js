/* Hörd pop-up: the ambassador's page. Plain JS, no framework.
 *
 * Everything captured goes into an outbox in IndexedDB first, each item with its own
 * Idempotency-Key, and is sent from there in order, one at a time. An item leaves the
 * "waiting" state only when the server answers: 2xx = saved, 4xx (other than 401, 408, 429)
 * = rejected with the server's reason. Network errors and 5xx keep it waiting; it is retried
 * on the "online" event, with backoff, on page load and with the "Send now" button. Because the
 * key travels with the item, a retry after a lost answer is stored once on the server. */
(() => {
  'use strict';

  const EVENT = document.body.dataset.eventId;
  const KEY = (name) => `hord.popup.${EVENT}.${name}`;
  const $ = (id) => document.getElementById(id);
  const FIRST_RETRY_MS = 2000;
  const LAST_RETRY_MS = 30000;
  const KEPT_SAVED = 200;
  const DEFAULT_COUNTERS = [
    { key: 'conversations', text: 'Samtal (Conversations)' },
    { key: 'first_time_voters_reached', text: 'Förstagångsväljare nådda (First-time voters reached)' },
    { key: 'pledged_to_vote', text: 'Lovade att rösta (Pledged to vote)' },
  ];

  // ---- small storage helpers ------------------------------------------------------------
  const stored = {
    get(name) {
      try { return JSON.parse(localStorage.getItem(KEY(name))); } catch (e) { return null; }
    },
    set(name, value) { localStorage.setItem(KEY(name), JSON.stringify(value)); },
    remove(name) { localStorage.removeItem(KEY(name)); },
  };

  function token() {
    const t = stored.get('token');
    if (!t || !t.value || Date.now() >= t.expiresAt) return null;
    return t.value;
  }

  // ---- the outbox in IndexedDB -----------------------------------------------------------
  let dbPromise;
  function db() {
    dbPromise = dbPromise || new Promise((resolve, reject) => {
      const open = indexedDB.open('hord-popup', 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        store.createIndex('event', 'eventId');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    return dbPromise;
  }

  async function tx(mode, work) {
    const database = await db();
    return new Promise((resolve, reject) => {
      const t = database.transaction('outbox', mode);
      let result;
      t.oncomplete = () => resolve(result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
      result = work(t.objectStore('outbox'));
    });
  }

  function request(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }

  async function items() {
    const database = await db();
    const t = database.transaction('outbox', 'readonly');
    const all = await request(t.objectStore('outbox').index('event').getAll(EVENT));
    return all.sort((a, b) => a.seq - b.seq);
  }

  function put(item) { return tx('readwrite', (store) => { store.put(item); }); }

  /** Queues one thing to send; it is on disk before this resolves. */
  async function enqueue(kind, path, body, label) {
    const item = {
      eventId: EVENT, kind, path, body, label,
      key: crypto.randomUUID(), state: 'waiting', queuedOn: new Date().toISOString().slice(0, 10),
    };
    await tx('readwrite', (store) => { store.add(item); });
    await render();
    sync();
  }

  async function prune() {
    const saved = (await items()).filter((i) => i.state !== 'waiting');
    const extra = saved.slice(0, Math.max(0, saved.length - KEPT_SAVED));
    if (extra.length) await tx('readwrite', (store) => extra.forEach((i) => store.delete(i.seq)));
  }

  // ---- sending --------------------------------------------------------------------------
  let syncing = false;
  let retryTimer = null;
  let retryDelay = FIRST_RETRY_MS;

  function retryLater() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => { retryTimer = null; sync(); }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, LAST_RETRY_MS);
  }

  function retryNow() {
    clearTimeout(retryTimer);
    retryTimer = null;
    retryDelay = FIRST_RETRY_MS;
    sync();
  }

  /** Sends waiting items oldest first, one at a time; stops at the first that cannot go yet. */
  async function sync() {
    if (syncing) return;
    syncing = true;
    try {
      for (;;) {
        const next = (await items()).find((i) => i.state === 'waiting');
        if (!next) { retryDelay = FIRST_RETRY_MS; break; }
        const bearer = token();
        if (!bearer) { showJoin('Gå med igen för att skicka det som väntar. (Join again to send what is waiting.)'); break; }
        const outcome = await send(next, bearer);
        if (outcome === 'later') { retryLater(); break; }
        if (outcome === 'join') {
          stored.remove('token');
          showJoin('Koden har gått ut. Gå med igen – inget har försvunnit. (The code has expired. Join again – nothing is lost.)');
          break;
        }
        await render();
      }
    } finally {
      syncing = false;
      await prune();
      await render();
    }
  }

  async function send(item, bearer) {
    let response;
    try {
      response = await fetch(item.path, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Authorization': `Bearer ${bearer}`,
          'Idempotency-Key': item.key,
        },
        body: JSON.stringify(item.body),
      });
    } catch (offline) {
      return 'later';
    }
    if (response.ok) {
      item.state = 'saved';
      if (item.kind === 'phone') item.body = null; // the number leaves the phone once it is sent
      await put(item);
      return 'done';
    }
    if (response.status === 401) return 'join';
    if (response.status === 408 || response.status === 429 || response.status >= 500) return 'later';
    item.state = 'rejected';
    item.reason = await reason(response);
    await put(item);
    showMessage(`Kunde inte sparas: ${item.label} – ${item.reason}`);
    return 'done';
  }

  async function reason(response) {
    try {
      const problem = await response.json();
      const details = (problem.errors || []).map((e) => e.message).join(' ');
      return [problem.detail, details].filter(Boolean).join(' ');
    } catch (e) {
      return `HTTP ${response.status}`;
    }
  }

  // ---- showing state --------------------------------------------------------------------
  const STATES = {
    waiting: 'Väntar (Waiting)',
    saved: 'Sparad (Saved)',
    rejected: 'Avvisad (Rejected)',
  };

  async function render() {
    const all = await items();
    const waiting = all.filter((i) => i.state === 'waiting').length;
    $('pending').hidden = false;
    $('pending').classList.toggle('all-saved', waiting === 0);
    $('pending-count').textContent = String(waiting);
    $('pending-text').textContent = waiting === 0
      ? 'väntar – allt är sparat (waiting – all saved)'
      : 'väntar på nät (waiting to be sent)';
    $('send-now').hidden = waiting === 0;
    const recent = $('recent');
    recent.replaceChildren(...all.slice(-15).reverse().map((item) => {
      const li = document.createElement('li');
      li.className = item.state;
      li.dataset.state = item.state;
      const label = document.createElement('span');
      label.textContent = item.label;
      const state = document.createElement('strong');
      state.textContent = STATES[item.state];
      li.append(state, label);
      if (item.reason) {
        const why = document.createElement('small');
        why.textContent = item.reason;
        li.append(why);
      }
      return li;
    }));
    $('recent-box').hidden = all.length === 0;
  }

  function showNet() {
    const online = navigator.onLine;
    $('net').textContent = online ? 'Online' : 'Offline';
    $('net').classList.toggle('offline', !online);
  }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  // ---- joining and the event ------------------------------------------------------------
  function showJoin(text) {
    $('join').hidden = false;
    $('tabs').hidden = true;
    document.querySelectorAll('.view').forEach((v) => { v.hidden = true; });
    showMessage(text || '');
  }

  async function join(event) {
    event.preventDefault();
    const code = $('join-code').value;
    let response;
    try {
      response = await fetch('/api/events/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ joinCode: code }),
      });
    } catch (offline) {
      showMessage('Du behöver nät för att gå med. (You need a connection to join.)');
      return;
    }
    if (!response.ok) {
      showMessage(await reason(response));
      return;
    }
    const answer = await response.json();
    const value = { value: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
    localStorage.setItem(`hord.popup.${answer.eventId}.token`, JSON.stringify(value));
    if (String(answer.eventId) !== EVENT) {
      location.href = `/popup/${answer.eventId}`;
      return;
    }
    showMessage('');
    $('join').hidden = true;
    await start();
    retryNow();
  }

  async function loadDetails() {
    try {
      const response = await fetch(`/api/events/${EVENT}`, {
        headers: { 'Authorization': `Bearer ${token()}` },
      });
      if (response.status === 401 || response.status === 403) {
        stored.remove('token');
        return null;
      }
      if (response.ok) {
        const details = await response.json();
        stored.set('details', details);
        return details;
      }
    } catch (offline) {
      // use what was kept from the last time
    }
    return stored.get('details');
  }

  async function start() {
    const details = await loadDetails();
    if (!token()) { showJoin(); return; }
    if (!details) {
      showMessage('Eventet kunde inte hämtas. Försök igen när du har nät. (Could not load the event. Try again with a connection.)');
      return;
    }
    $('event-name').textContent = details.event.name;
    document.title = `${details.event.name} – Hörd`;
    buildPrompts(details.dialogue.prompts || []);
    buildVoting(statementsOf(details));
    buildCounters(countersOf(details));
    $('tabs').hidden = false;
    showView(stored.get('view') || 'capture');
  }

  function showView(name) {
    document.querySelectorAll('.view').forEach((v) => { v.hidden = v.id !== name; });
    document.querySelectorAll('#tabs button').forEach((b) => {
      b.setAttribute('aria-current', String(b.dataset.view === name));
    });
    stored.set('view', name);
  }

  // ---- capture --------------------------------------------------------------------------
  let chosenPrompt = null;

  function buildPrompts(prompts) {
    const box = $('prompts');
    box.replaceChildren(...prompts.map((p) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'prompt';
      b.dataset.key = p.key;
      b.textContent = p.text;
      b.addEventListener('click', () => choosePrompt(p.key));
      return b;
    }));
    if (prompts.length === 1) choosePrompt(prompts[0].key);
  }

  function choosePrompt(key) {
    chosenPrompt = key;
    document.querySelectorAll('#prompts .prompt').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.key === key));
    });
  }

  function chosen(field) {
    const on = document.querySelector(`.chips[data-field="${field}"] button[aria-pressed="true"]`);
    return on ? on.dataset.value : null;
  }

  async function capture(event) {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!chosenPrompt) { showMessage('Välj en fråga först. (Choose a prompt first.)'); return; }
    if (!text) { showMessage('Skriv vad personen sa. (Write what they said.)'); return; }
    if (!$('consent').checked) {
      showMessage('Läs upp frågan om samtycke och kryssa i att personen sa ja. (Read out the consent line and tick that they agreed.)');
      return;
    }
    const body = {
      prompt: chosenPrompt, text, ageBand: chosen('ageBand'), gender: chosen('gender'),
      area: $('area').value.trim() || null, consent: true,
    };
    showMessage('');
    await enqueue('contribution', `/api/events/${EVENT}/contributions`, body, `“${text.slice(0, 60)}”`);
    $('text').value = '';
    $('consent').checked = false;
    document.querySelectorAll('.chips button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    $('area').value = '';
    offerPhone();
  }

  // ---- a phone number to hear what happened next (explicit tick, kept apart) --------------
  function offerPhone() {
    $('phone').value = '';
    $('phone-consent').checked = false;
    $('phone-box').hidden = false;
  }

  function closePhone() {
    $('phone-box').hidden = true;
    showMessage('');
  }

  /** The same rule as the server's: Swedish 07x…, or international with + or 00. */
  function phoneLooksRight(typed) {
    let n = typed.trim().replace(/[\s().-]/g, '');
    if (n.startsWith('00')) n = `+${n.slice(2)}`;
    else if (n.startsWith('0')) n = `+46${n.slice(1)}`;
    if (!/^\+[1-9][0-9]{7,14}$/.test(n)) return false;
    return !n.startsWith('+46') || /^\+46[1-9][0-9]{6,8}$/.test(n);
  }

  async function savePhone(event) {
    event.preventDefault();
    const phone = $('phone').value.trim();
    if (!phoneLooksRight(phone)) {
      showMessage('Skriv ett mobilnummer, t.ex. 070-123 45 67 eller +45 20 12 34 56. (Write a mobile number, e.g. 070-123 45 67 or +45 20 12 34 56.)');
      return;
    }
    if (!$('phone-consent').checked) {
      showMessage('Kryssa i att personen vill få ett sms. (Tick that they want a text.)');
      return;
    }
    closePhone();
    await enqueue('phone', `/api/events/${EVENT}/phones`, { phone, consent: true },
      `Telefonnummer (phone number) …${phone.replace(/\D/g, '').slice(-2)}`);
  }

  // ---- voting, one person at a time -----------------------------------------------------
  let statements = [];

  function statementsOf(details) {
    const all = [...(details.dialogue.statements || []), ...(details.statements || [])];
    const seen = new Set();
    return all.filter((s) => s && s.key && !seen.has(s.key) && seen.add(s.key));
  }

  function buildVoting(list) {
    statements = list;
    if (!stored.get('participant')) nextPerson();
    showStatement();
  }

  function nextPerson() {
    stored.set('participant', crypto.randomUUID());
    stored.set('voteIndex', 0);
    stored.set('voteConsent', false);
    $('vote-consent').checked = false;
    closePhone();
    showStatement();
  }

  function startVoting() {
    if (!$('vote-consent').checked) {
      showMessage('Läs upp frågan om samtycke och kryssa i att personen sa ja. (Read out the consent line and tick that they agreed.)');
      return;
    }
    showMessage('');
    stored.set('voteConsent', true);
    showStatement();
  }

  function showStatement() {
    const index = stored.get('voteIndex') || 0;
    const agreed = stored.get('voteConsent') === true;
    const done = agreed && index >= statements.length;
    $('vote-consent-box').hidden = agreed;
    $('vote-card').hidden = !agreed || done;
    $('vote-done').hidden = !done;
    if (done && !$('vote-done').dataset.offered) {
      $('vote-done').dataset.offered = 'yes';
      offerPhone();
    }
    if (!done) delete $('vote-done').dataset.offered;
    if (!agreed || done) return;
    $('vote-progress').textContent = `Påstående ${index + 1} av ${statements.length} (Statement ${index + 1} of ${statements.length})`;
    $('statement').textContent = statements[index].text;
  }

  async function vote(choice) {
    const index = stored.get('voteIndex') || 0;
    const statement = statements[index];
    if (!statement) return;
    stored.set('voteIndex', index + 1);
    showStatement();
    const body = {
      statement: statement.key, vote: choice, participant: stored.get('participant'), consent: true,
    };
    await enqueue('vote', `/api/events/${EVENT}/votes`, body, `Röst (vote): ${choice} – ${statement.text.slice(0, 40)}`);
  }

  // ---- tally counters -------------------------------------------------------------------
  function countersOf(details) {
    const defined = details.dialogue.counters || details.counters;
    if (!Array.isArray(defined) || defined.length === 0) return DEFAULT_COUNTERS;
    return defined.map((c) => (typeof c === 'string' ? { key: c, text: c.replaceAll('_', ' ') } : { key: c.key, text: c.label || c.text || c.key }));
  }

  function buildCounters(counters) {
    const counts = stored.get('counts') || {};
    $('counters').replaceChildren(...counters.map((c) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'counter';
      b.dataset.counter = c.key;
      const name = document.createElement('span');
      name.textContent = c.text || c.key;
      const n = document.createElement('strong');
      n.textContent = String(counts[c.key] || 0);
      const plus = document.createElement('em');
      plus.textContent = '+1';
      b.append(plus, name, n);
      b.addEventListener('click', () => bump(c, n));
      return b;
    }));
  }

  async function bump(counter, shown) {
    const counts = stored.get('counts') || {};
    counts[counter.key] = (counts[counter.key] || 0) + 1;
    stored.set('counts', counts);
    shown.textContent = String(counts[counter.key]);
    await enqueue('tally', `/api/events/${EVENT}/tallies`, { counter: counter.key, delta: 1 }, `+1 ${counter.text || counter.key}`);
  }

  // ---- offline shell --------------------------------------------------------------------
  async function installOffline() {
    if (!('serviceWorker' in navigator)) return;
    try {
      await navigator.serviceWorker.register('/popup/sw.js', { scope: '/popup/' });
      await navigator.serviceWorker.ready;
      // The first visit is not served by the worker yet: keep this page for the next offline one.
      const pages = await caches.open('hord-popup-pages');
      if (navigator.onLine) await pages.add(location.pathname);
      document.body.dataset.offlineReady = 'yes';
    } catch (e) {
      document.body.dataset.offlineReady = 'no';
    }
  }

  // ---- wiring ---------------------------------------------------------------------------
  function wire() {
    $('join-form').addEventListener('submit', join);
    $('capture-form').addEventListener('submit', capture);
    $('send-now').addEventListener('click', retryNow);
    $('next-person').addEventListener('click', nextPerson);
    $('vote-start').addEventListener('click', startVoting);
    $('phone-form').addEventListener('submit', savePhone);
    $('phone-skip').addEventListener('click', closePhone);
    document.querySelectorAll('#tabs button').forEach((b) => {
      b.addEventListener('click', () => showView(b.dataset.view));
    });
    document.querySelectorAll('.vote-buttons button').forEach((b) => {
      b.addEventListener('click', () => vote(b.dataset.vote));
    });
    document.querySelectorAll('.chips button').forEach((b) => {
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        const on = b.getAttribute('aria-pressed') !== 'true';
        b.parentElement.querySelectorAll('button').forEach((o) => o.setAttribute('aria-pressed', 'false'));
        b.setAttribute('aria-pressed', String(on));
      });
    });
    window.addEventListener('online', () => { showNet(); retryNow(); });
    window.addEventListener('offline', showNet);
    document.addEventListener('visibilitychange', () => { if (!document.hidden) sync(); });
  }

  async function main() {
    wire();
    showNet();
    await render();
    installOffline();
    if (token()) {
      await start();
    } else {
      showJoin();
    }
    sync();
  }

  main();
})();

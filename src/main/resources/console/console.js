// apphost-ftp web console. Every value from the server is put on the page with textContent (never as markup); the
// token lives in sessionStorage (this tab only) and travels only in the Authorization header of same-origin requests.
'use strict';

(function () {
  const TOKEN_KEY = 'apphost-ftp.token';
  const REFRESH_MS = 1000;
  const state = { sort: { key: 'sessionStartTime', descending: false }, selected: new Set(), sessions: [], serverNow: Date.now(), timer: null };

  const $ = (id) => document.getElementById(id);

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  class Unauthorized extends Error {}

  async function api(method, path) {
    const response = await fetch(path, {
      method: method,
      headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' },
      cache: 'no-store', credentials: 'omit', redirect: 'error'
    });
    if (response.status === 401) { throw new Unauthorized('the token was refused'); }
    const date = response.headers.get('Date');
    if (date) { state.serverNow = Date.parse(date); }
    if (response.status === 204) { return null; }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { throw new Error(body.error || ('HTTP ' + response.status)); }
    return body;
  }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (className) { e.className = className; }
    return e;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach((c) => tr.appendChild(c instanceof Node ? c : element('td', c)));
    return tr;
  }

  function button(text, onClick) {
    const b = element('button', text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  // ------------------------------------------------------------------ sign in and out

  function showLogin(message) {
    stopRefresh();
    $('console').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('token').value = '';
    $('token').focus();
  }

  function showConsole() {
    $('login').hidden = true;
    $('console').hidden = false;
    $('sign-out').hidden = false;
    startRefresh();
  }

  async function signIn(event) {
    event.preventDefault();
    const given = $('token').value.trim();
    if (!given) { $('login-error').textContent = 'Enter the token.'; return; }
    sessionStorage.setItem(TOKEN_KEY, given);
    $('token').value = '';
    try {
      await api('GET', '/api/status');
      showConsole();
    } catch (e) {
      sessionStorage.removeItem(TOKEN_KEY);
      showLogin(e instanceof Unauthorized ? 'Wrong token.' : 'Cannot reach the server: ' + e.message);
    }
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin('Signed out.');
  }

  // ------------------------------------------------------------------ refresh

  function startRefresh() {
    stopRefresh();
    refresh();
    state.timer = setInterval(refresh, REFRESH_MS);
  }

  function stopRefresh() {
    if (state.timer !== null) { clearInterval(state.timer); state.timer = null; }
  }

  let refreshing = false;
  async function refresh() {
    if (refreshing) { return; }
    refreshing = true;
    try {
      const [status, sites, sessions, audit] = await Promise.all([
        api('GET', '/api/status'), api('GET', '/api/sites'), api('GET', '/api/sessions'), api('GET', '/api/audit?limit=20')]);
      renderStatus(status);
      renderSites(sites.sites);
      state.sessions = sessions.sessions;
      renderSessions();
      renderAudit(audit.entries);
      $('refreshed').textContent = 'updated ' + new Date().toLocaleTimeString();
    } catch (e) {
      if (e instanceof Unauthorized) { sessionStorage.removeItem(TOKEN_KEY); showLogin('The token was refused; sign in again.'); return; }
      $('refreshed').textContent = 'cannot refresh: ' + e.message;
    } finally {
      refreshing = false;
    }
  }

  function reportActionError(message) {
    const p = $('action-error');
    p.textContent = message;
    p.hidden = !message;
  }

  // ------------------------------------------------------------------ status

  function renderStatus(status) {
    const error = status.lastConfigError;
    const banner = $('config-error');
    if (error) {
      banner.textContent = 'The configuration file on disk is invalid; the last good configuration keeps running.\n'
        + error.file + ':' + error.line + ':' + error.column + ': ' + error.message;
      banner.hidden = false;
    } else {
      banner.textContent = '';
      banner.hidden = true;
    }
    const dl = $('status');
    dl.replaceChildren();
    [['Version', status.version], ['Uptime', duration(status.uptimeSeconds * 1000)], ['Config file', status.configFile],
      ['Last reload', status.lastReload], ['Last config error', error ? error.message : 'none']].forEach(([name, value]) => {
      dl.appendChild(element('dt', name));
      dl.appendChild(element('dd', value));
    });
    renderFarm(status.farm);
  }

  // A farm's /api/status has "farm": {name, node, nodes: [...]}; a single server has none and shows no node parts.
  function renderFarm(farm) {
    $('console').classList.toggle('single', !farm);
    if (!farm) { $('nodes').tBodies[0].replaceChildren(); return; }
    $('farm-name').textContent = farm.name + ' (this node: ' + farm.node + ')';
    syncRows($('nodes').tBodies[0], farm.nodes || [], (n) => n.name, () => emptyRow(6), (tr, n) => {
      const error = n.lastConfigError;
      [n.name, n.address, n.state, n.lastReload, error ? error.file + ':' + error.line + ':' + error.column + ': ' + error.message : 'none',
        n.sessions].forEach((value, i) => setText(tr.cells[i], value));
      tr.cells[2].className = 'state-' + n.state;
    });
  }

  // ------------------------------------------------------------------ sites

  // Rows are kept per key and only their texts change, so a row (and a click on its button) survives a refresh.
  function syncRows(body, items, keyOf, build, update) {
    const existing = new Map(Array.from(body.rows).map((tr) => [tr.dataset.key, tr]));
    items.forEach((item) => {
      const key = String(keyOf(item));
      let tr = existing.get(key);
      if (tr) { existing.delete(key); } else { tr = build(item); tr.dataset.key = key; }
      tr.item = item;
      update(tr, item);
      body.appendChild(tr); // moves an existing row into place
    });
    existing.forEach((tr) => tr.remove());
  }

  function setText(td, value) {
    const text = value === undefined || value === null ? '' : String(value);
    if (td.textContent !== text) { td.textContent = text; }
  }

  function emptyRow(columns) {
    const tr = document.createElement('tr');
    for (let i = 0; i < columns; i++) { tr.appendChild(document.createElement('td')); }
    return tr;
  }

  function renderSites(sites) {
    syncRows($('sites').tBodies[0], sites, (site) => site.name, () => {
      const tr = emptyRow(6);
      tr.cells[5].appendChild(button('', () => {
        const site = tr.item;
        if (site.state === 'Started') { stopSite(site.name); } else { siteMethod(site.name, 'start'); }
      }));
      return tr;
    }, (tr, site) => {
      const bindings = (site.bindings || []).map((b) => b.protocol + ' ' + b.bindingInformation).join('\n');
      setText(tr.cells[0], site.name);
      setText(tr.cells[1], site.id);
      setText(tr.cells[2], site.state);
      tr.cells[2].className = 'state-' + site.state;
      setText(tr.cells[3], bindings);
      setText(tr.cells[4], site.lastStartupStatus);
      setText(tr.cells[5].firstChild, site.state === 'Started' ? 'Stop' : 'Start');
    });
  }

  function stopSite(name) {
    if (window.confirm('Stop the site "' + name + '"? Its port closes and its sessions are disconnected (421).')) {
      siteMethod(name, 'stop');
    }
  }

  async function siteMethod(name, method) {
    try {
      await api('POST', '/api/sites/' + encodeURIComponent(name) + '/' + method);
      reportActionError('');
    } catch (e) {
      reportActionError(method + ' ' + name + ': ' + e.message);
    }
    refresh();
  }

  // ------------------------------------------------------------------ sessions

  function tls(s) {
    if (s.secureControl && s.secureData) { return 'control, data'; }
    if (s.secureControl) { return 'control'; }
    return 'none';
  }

  function idleMillis(s) { return Math.max(0, state.serverNow - Date.parse(s.commandStartTime)); }

  function duration(ms) {
    const total = Math.floor(ms / 1000);
    const h = Math.floor(total / 3600), m = Math.floor(total % 3600 / 60), sec = total % 60;
    return h > 0 ? h + ' h ' + m + ' min' : m > 0 ? m + ' min ' + sec + ' s' : sec + ' s';
  }

  function sortValue(s, key) {
    if (key === 'idle') { return idleMillis(s); }
    if (key === 'tls') { return tls(s); }
    const v = s[key];
    return typeof v === 'string' ? v.toLowerCase() : v;
  }

  function shown() {
    const site = $('filter-site').value.trim().toLowerCase();
    const user = $('filter-user').value.trim().toLowerCase();
    const ip = $('filter-ip').value.trim().toLowerCase();
    const node = $('filter-node').value.trim().toLowerCase();
    const { key, descending } = state.sort;
    return state.sessions
      .filter((s) => String(s.siteName).toLowerCase().includes(site) && String(s.userName).toLowerCase().includes(user)
        && String(s.clientIp).toLowerCase().includes(ip) && String(s.serverName || '').toLowerCase().includes(node))
      .sort((a, b) => {
        const x = sortValue(a, key), y = sortValue(b, key);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return descending ? -order : order;
      });
  }

  function renderSessions() {
    const live = new Set(state.sessions.map((s) => s.sessionId));
    state.selected.forEach((id) => { if (!live.has(id)) { state.selected.delete(id); } });
    const list = shown();
    syncRows($('sessions').tBodies[0], list, (s) => s.sessionId, () => {
      const tr = emptyRow(15);
      tr.cells[11].className = 'farm-only';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.title = 'Select';
      box.addEventListener('change', () => {
        if (box.checked) { state.selected.add(tr.item.sessionId); } else { state.selected.delete(tr.item.sessionId); }
        updateSelectionControls();
      });
      tr.cells[0].appendChild(box);
      tr.cells[7].className = 'number';
      tr.cells[8].className = 'number';
      tr.cells[14].appendChild(button('Disconnect', () => disconnectOne(tr.item)));
      return tr;
    }, (tr, s) => {
      tr.cells[0].firstChild.checked = state.selected.has(s.sessionId);
      [s.userName, s.clientIp, s.sessionStartTime, s.currentCommand, s.previousCommand, s.commandStartTime, s.bytesSent,
        s.bytesReceived, s.sessionId, s.siteName, s.serverName, duration(idleMillis(s)), tls(s)].forEach((value, i) => setText(tr.cells[i + 1], value));
    });
    $('session-count').textContent = '(' + list.length + ' shown of ' + state.sessions.length + ')';
    document.querySelectorAll('#sessions th[data-key]').forEach((th) => {
      th.classList.toggle('sorted-asc', th.dataset.key === state.sort.key && !state.sort.descending);
      th.classList.toggle('sorted-desc', th.dataset.key === state.sort.key && state.sort.descending);
    });
    updateSelectionControls();
  }

  function updateSelectionControls() {
    const n = state.selected.size;
    $('disconnect-selected').disabled = n === 0;
    $('disconnect-selected').textContent = n === 0 ? 'Disconnect selected' : 'Disconnect selected (' + n + ')';
    const visible = shown();
    $('select-all').checked = visible.length > 0 && visible.every((s) => state.selected.has(s.sessionId));
  }

  async function terminate(ids) {
    const failures = [];
    for (const id of ids) {
      try {
        await api('DELETE', '/api/sessions/' + encodeURIComponent(id));
      } catch (e) {
        if (e instanceof Unauthorized) { throw e; }
        failures.push(id + ': ' + e.message);
      }
      state.selected.delete(id);
    }
    reportActionError(failures.join('\n'));
    refresh();
  }

  function disconnectOne(s) {
    if (window.confirm('Disconnect ' + (s.userName || '(not logged in)') + ' from ' + s.clientIp + ' (site ' + s.siteName
      + (s.serverName ? ', node ' + s.serverName : '') + ')? The client gets 421.')) {
      terminate([s.sessionId]).catch(() => showLogin('The token was refused; sign in again.'));
    }
  }

  function disconnectSelected() {
    const ids = Array.from(state.selected);
    if (ids.length > 0 && window.confirm('Disconnect ' + ids.length + ' selected session' + (ids.length === 1 ? '' : 's') + '?')) {
      terminate(ids).catch(() => showLogin('The token was refused; sign in again.'));
    }
  }

  function selectAll() {
    const check = $('select-all').checked;
    shown().forEach((s) => { if (check) { state.selected.add(s.sessionId); } else { state.selected.delete(s.sessionId); } });
    renderSessions();
  }

  function sortBy(key) {
    state.sort = { key: key, descending: state.sort.key === key ? !state.sort.descending : false };
    renderSessions();
  }

  // ------------------------------------------------------------------ audit

  function renderAudit(entries) {
    $('audit').tBodies[0].replaceChildren(...entries.slice().reverse().map((e) =>
      row([e.time, e.action, e.target, e.result, e.who, e.from])));
  }

  // ------------------------------------------------------------------ start

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('disconnect-selected').addEventListener('click', disconnectSelected);
    $('select-all').addEventListener('change', selectAll);
    ['filter-site', 'filter-user', 'filter-ip', 'filter-node'].forEach((id) => $(id).addEventListener('input', renderSessions));
    document.querySelectorAll('#sessions th[data-key]').forEach((th) => th.addEventListener('click', () => sortBy(th.dataset.key)));
    if (token()) { showConsole(); } else { showLogin(''); }
  });
}());

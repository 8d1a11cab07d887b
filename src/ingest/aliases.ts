// Coreference of person names: a later "Lavrov" joins "Sergey Lavrov", "Kim" joins
// "Kim Jong Un", "Muhammad bin Zayed" joins "Mohammed bin Zayed Al Nahyan"; and definite
// descriptions ("the minister", "the Mexican president") resolved when only one person fits.
import type { NameMention } from './officials.ts';

export interface Person {
  id: number;
  /** Fullest form of the name in the text. */
  name: string;
  forms: string[];
  mentions: NameMention[];
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** Consonant skeleton: "Mohammed" and "Muhammad" → "mhmd". */
const skeleton = (s: string) => {
  const f = fold(s);
  return (f[0] ?? '') + f.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
};

// Folded form, consonant skeleton and the skeleton's index key ("~" + skeleton, built once
// rather than per look-up) per token, memoised (bounded: cleared when it grows large).
const KEYS = new Map<string, [string, string, string]>();
function keys(t: string): [string, string, string] {
  let k = KEYS.get(t);
  if (!k) {
    if (KEYS.size > 20_000) KEYS.clear();
    const sk = skeleton(t);
    k = [fold(t), sk, `~${sk}`];
    KEYS.set(t, k);
  }
  return k;
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = keys(a);
  const kb = keys(b);
  return ka[0] === kb[0] || (a.length > 3 && b.length > 3 && ka[1] === kb[1]);
}

/** Does the short form `s` (tokens) name the same person as the full form `f`? */
export function formMatches(s: string[], f: string[]): boolean {
  if (s.length === 0 || s.length > f.length) return false;
  if (s.length === f.length) return s.every((t, i) => sameToken(t, f[i] as string));
  // contiguous suffix ("Lavrov", "López Obrador") or prefix ("Kim", "Shehbaz")
  const suffix = s.every((t, i) => sameToken(t, f[f.length - s.length + i] as string));
  const prefix = s.every((t, i) => sameToken(t, f[i] as string));
  if (suffix || prefix) return true;
  // all tokens of the short form occur in order, same last token
  if (!sameToken(s.at(-1) as string, f.at(-1) as string)) return false;
  let k = 0;
  for (const t of f) if (k < s.length && sameToken(t, s[k] as string)) k++;
  return k === s.length;
}

function addToIndex(byKey: Map<string, Person[]>, key: string, p: Person): void {
  const arr = byKey.get(key);
  if (!arr) byKey.set(key, [p]);
  else if (!arr.includes(p)) arr.push(p);
}

/** Index a person by the folded form and (for longer words) the skeleton of each name word. */
function indexPerson(byKey: Map<string, Person[]>, p: Person, parts: string[]): void {
  for (const t of parts) {
    const [f, , tk] = keys(t);
    addToIndex(byKey, f, p);
    if (t.length > 3) addToIndex(byKey, tk, p);
  }
}

/** Group name mentions into persons. Mentions must be in text order. */
export function groupPersons(mentions: NameMention[]): Person[] {
  const persons: Person[] = [];
  const lastSeen = new Map<number, number>();
  // longest forms first so that short forms find their full name wherever it appears
  const order = mentions.map((m, i) => i).sort((a, b) => (mentions[b]?.parts.length ?? 0) - (mentions[a]?.parts.length ?? 0) || a - b);
  const assign = new Map<number, Person>();
  const nameParts = new Map<Person, string[]>();
  const byKey = new Map<string, Person[]>();
  for (const idx of order) {
    const m = mentions[idx] as NameMention;
    // only persons sharing a word with the mention can match (index by folded form and skeleton)
    const pool = new Set<Person>();
    for (const t of m.parts) {
      const [f, , tk] = keys(t);
      for (const p of byKey.get(f) ?? []) pool.add(p);
      if (t.length > 3) for (const p of byKey.get(tk) ?? []) pool.add(p);
    }
    const cands = [...pool].sort((x, y) => x.id - y.id).filter((p) => {
      const pp = nameParts.get(p) as string[];
      return formMatches(m.parts, pp) || formMatches(pp, m.parts);
    });
    let target: Person | undefined;
    if (cands.length === 1) target = cands[0];
    else if (cands.length > 1) {
      // prefer the person last mentioned before this one, then the one mentioned most
      const before = cands
        .map((p) => ({ p, at: Math.max(-1, ...p.mentions.filter((x) => x.start < m.start).map((x) => x.start)) }))
        .sort((x, y) => y.at - x.at);
      target = before[0] && before[0].at >= 0 ? before[0].p : cands.sort((x, y) => y.mentions.length - x.mentions.length)[0];
    }
    if (!target) {
      target = { id: persons.length, name: m.text, forms: [], mentions: [] };
      persons.push(target);
      nameParts.set(target, m.text.split(/\s+/));
      indexPerson(byKey, target, nameParts.get(target) as string[]);
    }
    target.mentions.push(m);
    if (m.parts.length > (nameParts.get(target) as string[]).length) {
      target.name = m.text;
      nameParts.set(target, m.text.split(/\s+/));
      indexPerson(byKey, target, nameParts.get(target) as string[]);
    }
    assign.set(idx, target);
    lastSeen.set(target.id, m.start);
  }
  for (const p of persons) {
    p.mentions.sort((a, b) => a.start - b.start);
    const forms = new Set<string>();
    const own = keys(p.name)[0];
    for (const m of p.mentions) if (keys(m.text)[0] !== own) forms.add(m.text);
    p.forms = [...forms];
  }
  return persons;
}

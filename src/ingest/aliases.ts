// Coreference of person names: a later "Lavrov" joins "Sergey Lavrov", "Park" joins
// "Park Min Ho", "Muhammad bin Rashid" joins "Mohammed bin Rashid Al Hamdan"; and definite
// descriptions ("the minister", "the Mexican president") resolved when only one person fits.
import { fromCapitals } from './chars.ts';
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

/**
 * Consonant skeleton: "Mohammed" and "Muhammad" → "mhmd". Transliterations differ in their
 * vowels, not in whether the name ends in one: a final vowel is kept as "*", so that "Salima"
 * ("slm*") is not taken for "Salim" ("slm"), while "Sergei" and "Sergey" still agree.
 */
const skeleton = (s: string) => {
  const f = fold(s);
  const core = (f[0] ?? '') + f.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return f.length > 1 && /[aeiouy]$/.test(f) ? `${core}*` : core;
};

// Folded form, consonant skeleton and the skeleton's index key ("~" + skeleton, built once
// rather than per look-up) per token, memoised (bounded: cleared when it grows large).
const KEYS = new Map<string, Keys>();
function keys(t: string): Keys {
  let k = KEYS.get(t);
  if (!k) {
    if (KEYS.size > 20_000) KEYS.clear();
    // an Arabic article joined to the surname is no part of it for matching: "el-Sisi" ~ "Sisi"
    const bare = t.replace(ARTICLE, '');
    const sk = skeleton(bare);
    k = [fold(bare), sk, `~${sk}`];
    KEYS.set(t, k);
  }
  return k;
}

type Keys = [string, string, string];

const ARTICLE = /^(?:[Aa]l|[Ee]l|[Aa]sh?|[Aa]d|[Uu][dl]|[Aa][nrtz])[-‘’'](?=\p{Lu})/u;

function sameTokenK(a: string, ka: Keys, b: string, kb: Keys): boolean {
  // (a skeleton match between spellings of about the same length: not "Navalnaya" for "Navalny")
  return a === b || ka[0] === kb[0] || (a.length > 3 && b.length > 3 && Math.abs(ka[0].length - kb[0].length) <= 1 && ka[1] === kb[1]);
}

/** Does the short form `s` (tokens) name the same person as the full form `f`? */
export function formMatches(s: string[], f: string[]): boolean {
  return formMatchesK(s, s.map(keys), f, f.map(keys));
}

/** formMatches with the keys of each word looked up once by the caller (`sk[i]` = keys(s[i])). */
function formMatchesK(s: string[], sk: Keys[], f: string[], fk: Keys[]): boolean {
  const n = s.length;
  const m = f.length;
  if (n === 0 || n > m) return false;
  if (n === m) return alignedAt(s, sk, f, fk, 0);
  // (not a father's name inside a son's: "Salman bin Abdulaziz Al Saud" in "Mohammed bin Salman bin Abdulaziz Al Saud")
  if (n >= 2 && afterPatronymic(s, sk, f, fk)) return false;
  // contiguous suffix ("Lavrov", "López Obrador") or prefix ("Kim", "Shehbaz")
  if (alignedAt(s, sk, f, fk, m - n) || alignedAt(s, sk, f, fk, 0)) return true;
  // one inner word of a longer name, spelt the same: the first of two surnames ("Lacalle" for
  // "Luis Lacalle Pou", "López" for "Andrés Manuel López Obrador") or the name a person goes by
  // ("Lula" for "Luiz Inácio Lula da Silva")
  if (n === 1 && m >= 3) {
    const w = (sk[0] as Keys)[0];
    for (let j = 1; j < m - 1; j++) if ((fk[j] as Keys)[0] === w) return true;
  }
  // all tokens of the short form occur in order, same last token
  if (!sameTokenK(s[n - 1] as string, sk[n - 1] as Keys, f[m - 1] as string, fk[m - 1] as Keys)) return false;
  let k = 0;
  for (let j = 0; j < m; j++) if (k < n && sameTokenK(f[j] as string, fk[j] as Keys, s[k] as string, sk[k] as Keys)) k++;
  return k === n;
}

/** Particles of an Arabic or Hebrew name that lead to the father's name: "bin", "ibn", "bint", "ben". */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'binti']);

/** Does the first word of `s` match in `f` only right after a patronymic particle? */
function afterPatronymic(s: string[], sk: Keys[], f: string[], fk: Keys[]): boolean {
  let found = false;
  for (let j = 0; j < f.length; j++) {
    if (!sameTokenK(s[0] as string, sk[0] as Keys, f[j] as string, fk[j] as Keys)) continue;
    if (!PATRONYMIC.has((f[j - 1] ?? '').toLowerCase())) return false;
    found = true;
  }
  return found;
}

/** Every word of s matches the word of f `shift` places further on. */
function alignedAt(s: string[], sk: Keys[], f: string[], fk: Keys[], shift: number): boolean {
  for (let i = 0; i < s.length; i++) if (!sameTokenK(s[i] as string, sk[i] as Keys, f[i + shift] as string, fk[i + shift] as Keys)) return false;
  return true;
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

/** A person's name words become `parts`: their keys and index entries follow. */
function setName(nameParts: Map<Person, string[]>, nameKeys: Map<Person, Keys[]>, byKey: Map<string, Person[]>, p: Person, parts: string[]): void {
  nameParts.set(p, parts);
  nameKeys.set(p, parts.map(keys));
  indexPerson(byKey, p, parts);
}

/** Group name mentions into persons. Mentions must be in text order. */
export function groupPersons(mentions: NameMention[]): Person[] {
  const persons: Person[] = [];
  // longest forms first so that short forms find their full name wherever it appears
  const order = mentions.map((m, i) => i).sort((a, b) => (mentions[b]?.parts.length ?? 0) - (mentions[a]?.parts.length ?? 0) || a - b);
  const nameParts = new Map<Person, string[]>();
  const nameKeys = new Map<Person, Keys[]>();
  const byKey = new Map<string, Person[]>();
  for (const idx of order) {
    const m = mentions[idx] as NameMention;
    const mk = m.parts.map(keys);
    // only persons sharing a word with the mention can match (index by folded form and skeleton)
    const pool = new Set<Person>();
    for (let i = 0; i < m.parts.length; i++) {
      const [f, , tk] = mk[i] as Keys;
      for (const p of byKey.get(f) ?? []) pool.add(p);
      if ((m.parts[i] as string).length > 3) for (const p of byKey.get(tk) ?? []) pool.add(p);
    }
    const cands = [...pool].sort((x, y) => x.id - y.id).filter((p) => {
      const pp = nameParts.get(p) as string[];
      const pk = nameKeys.get(p) as Keys[];
      return formMatchesK(m.parts, mk, pp, pk) || formMatchesK(pp, pk, m.parts, mk);
    });
    let target: Person | undefined;
    if (cands.length === 1) target = cands[0];
    else if (cands.length > 1) {
      // the one written with the same style ("Prince Faisal" of "Prince Faisal bin X", not "Ambassador Faisal bin Y")
      const styled = m.style ? cands.filter((p) => p.mentions.some((x) => x.style === m.style)) : [];
      // else prefer the person last mentioned before this one, then the one mentioned most
      const before = cands
        .map((p) => ({ p, at: Math.max(-1, ...p.mentions.filter((x) => x.start < m.start).map((x) => x.start)) }))
        .sort((x, y) => y.at - x.at);
      target = styled.length === 1 ? styled[0] : before[0] && before[0].at >= 0 ? before[0].p : cands.sort((x, y) => y.mentions.length - x.mentions.length)[0];
    }
    if (!target) {
      target = { id: persons.length, name: m.text, forms: [], mentions: [] };
      persons.push(target);
      setName(nameParts, nameKeys, byKey, target, m.text.split(/\s+/));
    }
    target.mentions.push(m);
    if (m.parts.length > (nameParts.get(target) as string[]).length) {
      target.name = m.text;
      setName(nameParts, nameKeys, byKey, target, m.text.split(/\s+/));
    }
  }
  for (const p of persons) {
    p.mentions.sort((a, b) => a.start - b.start);
    const forms = new Set<string>();
    const own = keys(p.name)[0];
    for (const m of p.mentions) if (keys(m.text)[0] !== own) forms.add(unshout(m.text));
    p.name = unshout(p.name);
    p.forms = [...forms];
  }
  return persons;
}

/**
 * A surname written in capitals ("Lejeune MBELLA MBELLA", "MORITA Kenji", "Minister LAVROV") in the
 * case the person's name is written in elsewhere: "Lejeune Mbella Mbella", "Jean-Yves Le Drian". Not initials ("Retno LP
 * Marsudi") nor a regnal number ("Carl XVI Gustaf").
 */
export function unshout(name: string): string {
  return name.replace(/(?<![\p{L}'-])(?:\p{Lu}{2} (?=\p{Lu}{3}))?\p{Lu}[\p{Lu}'-]{2,}(?![\p{L}'-])/gu, (w) => (REGNAL_NUMBER.test(w) ? w : fromCapitals(w)));
}

const REGNAL_NUMBER = /^[IVX]+$/;

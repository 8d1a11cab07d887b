// Which state or body a person acts for. Evidence in decreasing strength:
//   1. the title's own place or body ("Russian Foreign Minister", "Kenya's President",
//      "Secretary of State of X", "who heads the … of the Mexican embassy");
//   2. the possessor's state ("Putin's advisor", "Lavrov and his deputy X");
//   3. a definite description that only this person can be ("the North Korean leader",
//      "Russia's president", "the president of France");
//   4. failing those, a weak vote from states named near the person's mentions: each state
//      mention votes for the nearest person in its sentence, less with distance, little when
//      it only locates ("in Kazakhstan's capital") or is one of a list ("Britain, China,
//      France and Russia"), plus a small vote for the dateline's country.
// Every person's votes are computed once, from per-sentence indexes (no rescans).
import type { Person } from './aliases.ts';
import { formMatches } from './aliases.ts';
import { hasSpace } from './chars.ts';
import { isTitleWord } from './titles.ts';
import { cityCountry, type CountryMention } from './countries.ts';
import { OTHER_SIDE_HEADS, PARTICLES, POSS_PRONOUNS, PRONOUN_POSSESSOR, WEEKDAYS, type NameMention, type SentenceInfo } from './officials.ts';
import type { Token } from './tokens.ts';

export interface Affiliation {
  country: string | null;
  org: string | null;
  title: string | null;
  head: string | null;
  /** The country is a guess from the dateline or the states the story names, nothing said of this person. */
  guessed?: true;
  /** The state or body is said of this person: the title's, a possessor's, a list's in order (not a vote). */
  said?: true;
}

/** Where the dateline sits ("TEHRAN -", "ASTANA, KAZAKHSTAN:"), so that its words are not votes. */
export interface DatelineSpan {
  sentence: number;
  /** Tokens [0, tokEnd) of that sentence are the dateline. */
  tokEnd: number;
  country: string | null;
  /** The state of the news agency the dateline names ("Manama, May 16 (Petra) --": JO), if any. */
  agency?: string | null;
}

const ROLE_NOUNS = new Set([
  'leader', 'president', 'premier', 'minister', 'chancellor', 'envoy', 'king', 'prince', 'monarch', 'diplomat',
  'official', 'chief', 'head', 'ruler', 'emir', 'sultan', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson',
  'strongman', 'dictator', 'counterpart', 'homologue', 'pm', 'president-elect',
]);
const ROLE_MODS = new Set(['foreign', 'defence', 'defense', 'prime', 'top', 'new', 'former', 'vice', 'deputy', 'interior', 'finance', 'crown', 'supreme']);
const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'into', 'inside', 'outside', 'across', 'around', 'from', 'throughout', 'within', 'toward', 'towards', 'via']);
const LIST_GLUE = new Set([',', 'and', 'or', 'the', '&']);

/** Strength of a definite description's vote. */
const DESCRIPTION = 4;
/** Titles used alone for one state's office, as strong as a state named beside the person. */
const USUAL_STATE_OF_TITLE: Record<string, string> = {
  'secretary of state': 'US', 'deputy secretary of state': 'US', 'assistant secretary of state': 'US', 'under secretary of state': 'US',
  'external affairs minister': 'IN', 'minister of external affairs': 'IN', 'taoiseach': 'IE', 'tánaiste': 'IE', 'tanaiste': 'IE',
  'state councilor': 'CN', 'state councillor': 'CN',
  'druk gyalpo': 'BT', 'grand duke': 'LU', 'hereditary grand duke': 'LU', 'grand duchess': 'LU',
  // the Holy See's (its code is the Vatican's)
  'pope': 'VA', 'pontiff': 'VA', 'apostolic nuncio': 'VA', 'nuncio': 'VA', 'cardinal secretary of state': 'VA',
};

/** Offices that only a few states have: "Chancellor" (Germany, Austria), "Emir" (Qatar, Kuwait). */
const OFFICE_OF_FEW_STATES: Record<string, string[]> = {
  chancellor: ['DE', 'AT'], 'federal chancellor': ['DE', 'AT'], emir: ['QA', 'KW'], amir: ['QA', 'KW'],
  'chief cabinet secretary': ['JP'], 'bundestag president': ['DE'], 'knesset speaker': ['IL'],
  'secretary of foreign affairs': ['PH', 'MX', 'HN'], 'foreign secretary': ['GB', 'IN', 'BD', 'PK', 'LK', 'NP'],
  'prime cabinet secretary': ['KE'], 'chief adviser': ['BD'], 'federal councillor': ['CH'], 'federal president': ['DE', 'AT', 'CH'],
};

/** Such an office's state, when the story names exactly one of its states. */
function officeOfFew(title: string, named: Set<string>): string | undefined {
  const states = OFFICE_OF_FEW_STATES[title.toLowerCase()]?.filter((c) => named.has(c));
  return states?.length === 1 ? states[0] : undefined;
}

/**
 * "Ukraine's delegation was led by (Defense Minister) X", "the Russian delegation, headed by X":
 * the state of the delegation whose leader is named at `at`, or null.
 */
function delegationState(info: SentenceInfo, at: number, k = listOpener(info, at)): string | null {
  const toks = info.tokens;
  const w = toks[k]?.lower ?? '';
  // (or the verb left out: "…, and the Namibian delegation by Deputy Minister Y")
  const gapped = w === 'by' && DELEGATION_NOUN.test(toks[k - 1]?.lower ?? '');
  // "Thailand is represented by X, Cambodia by Y": the state that is represented
  if (w === 'by') {
    const be = /^(?:is|was|are|were)$/.test(toks[k - 2]?.lower ?? '') && toks[k - 1]?.lower === 'represented' ? k - 2 : -1;
    const subject = info.places.find((p) => p.refersToState && p.kind !== 'demonym' && (p.tokEnd === be || (p.tokEnd === k && toks[p.tokStart - 1]?.text === ',')));
    if (subject && (be >= 0 || toks.some((t, i) => i < subject.tokStart && t.lower === 'represented' && toks[i + 1]?.lower === 'by'))) return subject.code;
  }
  const verb = gapped ? k : w === 'by' && /^(?:led|headed|represented)$/.test(toks[k - 1]?.lower ?? '') ? k - 1 : /^(?:included|includes|including|comprised)$/.test(w) ? k : -1;
  if (verb < 0) return null;
  let d = verb - 1;
  // ("The Russian delegation was again headed by X, an aide to …, and included Y": back through the
  // sentence's clause to the delegation that includes, the nearest one)
  const reach = gapped || w === 'by' ? 5 : 30;
  while (d > verb - reach && d >= 0 && !DELEGATION_NOUN.test(toks[d]?.lower ?? '') && toks[d]?.text !== ';') d--;
  if (DELEGATION_NOUN.test(toks[d]?.lower ?? '')) {
    const pl = info.places.find((p) => p.refersToState && (p.tokEnd === d || p.tokEnd === d - 1));
    return pl?.code ?? null;
  }
  // "…, while Russia's was headed by X": the delegation named before, its state possessive
  const poss = info.places.find((p) => p.refersToState && toks[p.tokEnd - 1]?.poss && p.tokEnd >= k - 3 && p.tokEnd < k);
  return poss && /delegation/i.test(info.s.text) ? poss.code : null;
}
const DELEGATION_VERB = /^(?:by|included|includes|including|comprised)$/;

/**
 * The word before a list of titled names that ends with the mention at `at`: back over the title and
 * any names listed before it ("… included X and Middle East envoy Y") to "by", "included", ….
 */
function listOpener(info: SentenceInfo, at: number): number {
  const toks = info.tokens;
  let k = at - 1;
  // (through "of" and "for" inside a title: "Minister of Planning and Investment Y")
  // (and "the" before a title: "headed by the Deputy Minister of Foreign Affairs, Y")
  while (k > at - 14 && k > 0 && !DELEGATION_VERB.test(toks[k]?.lower ?? '') && (toks[k]?.cap || isTitleWord(toks[k]?.lower ?? '') || toks[k]?.lower === 'and' || toks[k]?.text === ',' || ofInTitle(toks, k) || (toks[k]?.lower === 'the' && !!toks[k + 1]?.cap))) k--;
  return k;
}

/** "of" or "for" before a capital at `i`, inside a title: "Minister of Planning". */
function ofInTitle(toks: Token[], i: number): boolean {
  return (toks[i]?.lower === 'of' || toks[i]?.lower === 'for') && !!toks[i + 1]?.cap;
}

/** The token before the title (and forms of address) in front of the mention at `at`: "between" in "between Prime Minister X". */
export function beforeTitle(info: SentenceInfo, at: number): number {
  let k = at - 1;
  // (and "the" inside it: "to HH the Amir Sheikh X")
  while (k > 0 && (info.tokens[k]?.cap || isTitleWord(info.tokens[k]?.lower ?? '') || (info.tokens[k]?.lower === 'the' && info.tokens[k + 1]?.cap))) k--;
  return k;
}

/**
 * Is the mention at `at` one of those travelling with someone: "X was accompanied by Y and Z", "X, who
 * attended the summit with Foreign Minister Y and …"? Then the token of the verb, else -1.
 */
function companionOf(info: SentenceInfo, at: number, opener = listOpener(info, at)): number {
  const toks = info.tokens;
  let k = opener;
  if (toks[k]?.lower === 'by' && toks[k - 1]?.lower === 'accompanied') return k - 1;
  // (the list opener stops at a title word, "with" is one word before it)
  if (toks[k]?.lower !== 'with') k = toks[k + 1]?.lower === 'with' ? k + 1 : -1;
  if (k < 0) return -1;
  for (let v = k - 1; v >= 0 && v >= k - 4; v--) {
    if (MEETING_VERBS.has(toks[v]!.lower)) return -1;
    if (TRAVELS_WITH.has(toks[v]!.lower)) return v;
  }
  return -1;
}
/** Verbs of going somewhere or attending with company ("arrived in Delhi with", "attended the summit with"). */
const TRAVELS_WITH = new Set(['attended', 'attends', 'attending', 'travelled', 'traveled', 'travelling', 'traveling', 'arrived', 'arrives', 'came', 'flew', 'went', 'toured']);
/** Verbs after which "with" names the other side ("held a summit with", "met with"). */
const MEETING_VERBS = new Set(['held', 'holds', 'hold', 'met', 'meet', 'meets', 'talks', 'spoke', 'speaks', 'discussed', 'signed']);
/** A state's party at talks: "the American delegation", "the Russian side", "Ukraine's team". */
const DELEGATION_NOUN = /^(?:delegation|side|team)$/;

/** Titles that name their body. */
const TITLE_BODIES: [RegExp, string][] = [
  [/^(?:european|eu) commissioner\b/i, 'EU'],
  [/^(?:eu )?high representative (?:of the union )?for foreign affairs/i, 'EU'],
];

/** A body's commission named bare in a title: "Chairperson of the Commission", "Deputy Chairperson of the Commission". */
const OF_THE_COMMISSION = /^(?:deputy |vice[- ])?(?:chair(?:person|man|woman)?|president|commissioner) of the commission$/i;
const BODIES_WITH_COMMISSIONS = new Set(['AU', 'EU', 'ECOWAS', 'EAC', 'SADC', 'ECCAS', 'UEMOA', 'CEMAC']);

/** Titles that bodies' officers hold (a state has none): "Secretary-General X". */
const BODY_TITLES = /^(?:deputy |under[- ])?secretary[- ]general$/i;

/** Heads of offices only states have (a body's official joined to one is of some state). */
const STATE_ONLY_HEADS = new Set(['minister', 'president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sultan', 'ambassador', 'governor', 'mayor', 'senator']);

/** Acts of one state against a person of another: "a US strike killed X", "Washington sanctioned X". */
const HOSTILE = new Set(['killed', 'assassinated', 'arrested', 'detained', 'sanctioned', 'designated', 'expelled', 'indicted', 'kidnapped', 'abducted']);

/** Words before a list of companions or delegates ("accompanied by", "with", "included"). */
const LIST_OPENERS = new Set(['by', 'with', 'included', 'includes', 'including', 'comprised']);

/** What an envoy carries from a sender, and verbs of carrying it. */
const MESSAGES = new Set(['message', 'letter', 'greetings', 'invitation']);
const CARRIES = new Set(['handed', 'delivered', 'conveyed', 'carried', 'brought', 'passed']);

/** Roles of someone sent or advising: "the envoy of", "adviser to". */
export const ACTING_FOR = new Set(['envoy', 'emissary', 'representative', 'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Strength of the vote from a first title's state for a second title joined to it by "and". */
const JOINED_TITLE = 1.5;

/** Strength of the vote for the host who invites ("a visit to Japan at the invitation of X"). */
const HOST = 2;

/** Verbs of going somewhere: "travel to Washington to meet X", "a visit to Japan … with X". */
const TRIP_WORDS = new Set(['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'visit', 'trip', 'go', 'goes', 'went', 'head', 'heads', 'headed', 'train', 'flight']);
/** Lower-case words inside a title before a name: "meet former President X". */
const TITLE_ADJECTIVES = new Set(['former', 'acting', 'incoming', 'outgoing', 'then', 'the']);
/** Words before the person met on such a trip. */
const MEET_OBJECT_CUES = new Set(['meet', 'meets', 'met', 'meeting', 'with']);

/** A place after "to" that a trip goes to: "travel to Washington", "a train to Kyiv", "travel on to London", "flew back to Kyiv". */
export function tripTo(info: SentenceInfo, pl: CountryMention): boolean {
  const toks = info.tokens;
  const at = longNameStart(toks, pl.tokStart);
  if (toks[at - 1]?.lower !== 'to') return false;
  return TRIP_WORDS.has(toks[at - 2]?.lower ?? '') || (ONWARD.has(toks[at - 2]?.lower ?? '') && TRIP_WORDS.has(toks[at - 3]?.lower ?? '')) || tripByName(toks, at - 2);
}

/** "a trip by President X to …", "the visit by (of) Prime Minister X to …": a name ending at `end`, after a trip word and "by" or "of". */
function tripByName(toks: Token[], end: number): boolean {
  if (!toks[end]?.cap) return false;
  for (let k = end - 1; k >= 1 && k >= end - 8; k--) {
    const t = toks[k]!;
    // (or "the state visit of President X to …")
    if (t.lower === 'by' || t.lower === 'of') return TRIP_WORDS.has(toks[k - 1]?.lower ?? '');
    if (!t.cap && !TITLE_ADJECTIVES.has(t.lower) && !PARTICLES.has(t.lower)) return false;
  }
  return false;
}

/** Where a state's long name starts: "the Kingdom of Lesotho", "the Federative Republic of Brazil" (else the mention itself). */
function longNameStart(toks: Token[], at: number): number {
  // (the gazetteer's own long name: "the Kingdom of Lesotho" as one mention)
  if (toks[at - 1]?.lower === 'the' && toks[at]?.cap && LONG_NAME_WORDS.has(toks[at]!.lower)) return at - 1;
  if (toks[at - 1]?.lower !== 'of') return at;
  let k = at - 2;
  while (k >= 0 && k > at - 6 && toks[k]?.cap && LONG_NAME_WORDS.has(toks[k]!.lower)) k--;
  return k < at - 2 && toks[k]?.lower === 'the' ? k : at;
}
const LONG_NAME_WORDS = new Set(['kingdom', 'republic', 'state', 'sultanate', 'federation', 'federative', 'islamic', 'democratic', 'people', "people's", 'united', 'socialist', 'arab', 'federal', 'commonwealth', 'grand', 'duchy', 'principality', 'hashemite', 'plurinational', 'bolivarian', 'oriental']);

/** "her five-day official visit to": a trip of the one "his"/"her" refers to, ending right before token `at` (its "to"). */
function ownTrip(info: SentenceInfo, at: number): boolean {
  const toks = info.tokens;
  if (toks[at - 1]?.lower !== 'to' || !TRIP_NOUNS.has(toks[at - 2]?.lower ?? '')) return false;
  for (let k = at - 3; k >= 0 && k >= at - 7; k--) if (toks[k]?.lower === 'his' || toks[k]?.lower === 'her') return true;
  return false;
}
const TRIP_NOUNS = new Set(['visit', 'trip', 'tour', 'journey']);

/** A place someone goes to: "travel to Washington", "a train to Kyiv". */
function goneTo(info: SentenceInfo, pl: CountryMention): boolean {
  const toks = info.tokens;
  const before = toks[longNameStart(toks, pl.tokStart) - 1]?.lower ?? '';
  if (before === 'to') return tripTo(info, pl);
  // "X is due in Moscow on Friday for talks with Y", "arrived in Kyiv"
  // ("has wrapped up a three-country tour of the Pacific in Vanuatu": a trip's noun a few words before)
  if (before === 'in') return ARRIVALS.has(toks[pl.tokStart - 2]?.lower ?? '') || tripNounBefore(toks, longNameStart(toks, pl.tokStart) - 1);
  // "before leaving for Yaounde", "departed for Beijing"
  if (before === 'for') return DEPARTURES.has(toks[pl.tokStart - 2]?.lower ?? '');
  // "accepted an invitation to visit Washington" (not "an invitation from X to visit Tokyo": X is the host)
  if (!VISITS.has(before)) return false;
  for (let k = pl.tokStart - 2; k >= 0 && k >= pl.tokStart - 10; k--) if (toks[k]?.lower === 'from' || toks[k]?.lower === 'by') return false;
  return true;
}
/** A trip's noun a few words before "in" makes the place its stop: "a tour of the region in Vanuatu". */
function tripNounBefore(toks: Token[], inAt: number): boolean {
  for (let k = inAt - 1; k >= 0 && k >= inAt - 6; k--) {
    const t = toks[k] as Token;
    if (t.text === ',' || t.text === ';') return false;
    if (TRIP_NOUNS.has(t.lower)) return true;
  }
  return false;
}
/** Words before "in" that make the place one someone comes to: "is due in Moscow", "arrived in Kyiv". */
const ARRIVALS = new Set(['due', 'arrived', 'arrives', 'arriving', 'landed', 'lands', 'landing']);
/** Words before "for" that make the place one someone leaves for: "left for Beijing". */
const DEPARTURES = new Set(['leave', 'leaves', 'leaving', 'left', 'depart', 'departs', 'departed', 'departing', 'bound', 'headed', 'heading', 'set', 'sets']);
const ONWARD = new Set(['on', 'back', 'onward', 'onwards', 'straight', 'directly']);
/** Forms of "visit" (meetings.ts places a meeting after them too). */
export const VISITS = new Set(['visit', 'visits', 'visited', 'visiting']);

/**
 * The state a sentence's trip goes to ("will travel to Washington", "a trip to Japan"), when its subject
 * goes there: the last one before `at` ("to Cairo to meet X, … and finally to Amman, where … Y": Amman for Y).
 */
function tripDestination(info: SentenceInfo, at: number): CountryMention | undefined {
  return info.places.findLast(
    (pl) =>
      pl.tokStart < at &&
      (pl.refersToState || pl.kind === 'capital') &&
      // "travel to Washington", or a stop told with "where": "… from London, where he met Prime Minister X"
      (goneTo(info, pl) ||
        // (a day may come first: "… began the trip in Baku on Sunday, where he met President X")
        (pl.kind === 'capital' && whereAfter(info.tokens, pl.tokEnd)) ||
        // ("X is expected in Zagreb to meet Prime Minister Y", "arrived in Hanoi to meet …")
        (pl.kind === 'capital' && info.tokens[pl.tokStart - 1]?.lower === 'in' && ARRIVES.has(info.tokens[pl.tokStart - 2]?.lower ?? ''))),
  );
}

/** ", where" right after a place, or after its day ("in Baku on Sunday, where …", "in Tbilisi yesterday, where …"). */
function whereAfter(toks: Token[], at: number): boolean {
  let k = at;
  if (toks[k]?.lower === 'on' && WEEKDAYS.has(toks[k + 1]?.lower ?? '')) k += 2;
  else if (/^(?:yesterday|today)$/.test(toks[k]?.lower ?? '')) k += 1;
  return toks[k]?.text === ',' && toks[k + 1]?.lower === 'where';
}

/** Words of arriving before "in" and a capital: "is expected in Zagreb", "arrived in Hanoi". */
const ARRIVES = new Set(['expected', 'due', 'arrives', 'arrive', 'arrived', 'arriving']);

/** Is the mention at `at` the one met ("to meet President X", "talks with X"), with a title at most between, after `from`? */
function metOnTrip(info: SentenceInfo, at: number, from: number): boolean {
  // (one "and" may join a second person met: "to meet Prime Minister X and King Y")
  let joined = false;
  for (let k = at - 1; k >= from && k >= at - (joined ? 10 : 4); k--) {
    const t = info.tokens[k];
    // (or "… Amman, where he is to be received by King Y")
    // (or "…, where he … and later called on President Y")
    if (MEET_OBJECT_CUES.has(t?.lower ?? '') || (t?.lower === 'by' && RECEIVES.has(info.tokens[k - 1]?.lower ?? '')) || (t?.lower === 'on' && /^call(?:ed|s|ing)$/.test(info.tokens[k - 1]?.lower ?? '') && info.tokens.slice(from, k).some((w) => w.lower === 'where'))) return true;
    if (t?.lower === 'and' && !joined && k < at - 1) {
      joined = true;
      continue;
    }
    if (!t?.cap && !ROLE_MODS.has(t?.lower ?? '') && !TITLE_ADJECTIVES.has(t?.lower ?? '')) return false;
  }
  return false;
}

const SOURCE_VERBS = new Set(['said', 'says', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'added']);

/** Is the place the source of a closing attribution: "…, the State Department said.", "…, Chinese state media reported on Monday."? */
function trailingSource(info: SentenceInfo, pl: Span): boolean {
  const toks = info.tokens;
  let k = pl.tokStart - 1;
  while (k >= 0 && (toks[k]?.lower === 'the' || (toks[k]?.cap && toks[k]?.word))) k--;
  if (toks[k]?.text !== ',') return false;
  let j = pl.tokEnd;
  while (j < toks.length && j - pl.tokEnd < 4 && toks[j]?.word && !SOURCE_VERBS.has(toks[j]!.lower)) j++;
  if (!SOURCE_VERBS.has(toks[j]?.lower ?? '')) return false;
  // nothing but a time phrase after the verb ("on Monday", "in a statement")
  return toks.length - j <= 6 && !toks.slice(j + 1).some((t) => t.text === ',');
}

/** The states of the cities named after "in", "at", … from token `from` on ("… summit in Johannesburg"). */
function citiesAfterLocative(info: SentenceInfo, from: number): string[] {
  const toks = info.tokens;
  const out: string[] = [];
  for (let k = Math.max(1, from); k < toks.length; k++) {
    if (!toks[k]?.cap || !toks[k]?.word || !LOCATIVE.has(toks[k - 1]?.lower ?? '')) continue;
    let name = '';
    for (let n = 0; n < 3 && toks[k + n]?.cap && toks[k + n]?.word; n++) {
      name = n ? `${name} ${toks[k + n]!.text}` : toks[k]!.text;
      const code = cityCountry(name);
      if (code) out.push(code);
    }
  }
  return out;
}

/** Does "invitation of" come just before the mention at `at` (a title may stand between)? */
function invitedBy(info: SentenceInfo, at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 6; k--) {
    if (info.tokens[k]?.lower === 'of' && info.tokens[k - 1]?.lower === 'invitation') return true;
  }
  return false;
}

/** "in the Lao capital", "at the Kenyan port of …": a place in the state, not a person's. */
function inSettlementOf(info: SentenceInfo, pl: CountryMention): boolean {
  const toks = info.tokens;
  return toks[pl.tokStart - 1]?.lower === 'the' && LOCATIVE.has(toks[pl.tokStart - 2]?.lower ?? '') && SETTLEMENTS.has(toks[pl.tokEnd]?.lower ?? '');
}

/** Verbs of a host receiving a visitor. */
const RECEIVES = new Set(['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes']);
/** What is received that is no visitor: "received a phone call", "received a message". */
const MESSAGES_RECEIVED = /^(?:an? |the )?(?!courtesy )(?:\w+ )?(?:call|message|letter|phone|telephone|greetings|invitation|report|briefing)\b/;

/** "X, Minister of Foreign Affairs, received …": the person before a title in apposition that ends right before the verb at `v`. */
function appositiveSubject(info: SentenceInfo, here: Slot[], sl: Slot, v: number): boolean {
  const toks = info.tokens;
  if (toks[sl.m.tokEnd]?.text !== ',' || toks[v - 1]?.text !== ',' || v - sl.m.tokEnd > 12) return false;
  return !here.some((o) => o.m.tokStart > sl.m.tokEnd && o.m.tokStart < v) && toks.slice(sl.m.tokEnd + 1, v - 1).every((t) => t.word || t.text === ',');
}

/** Verbs of inviting someone else to come. */
const INVITES = new Set(['invited', 'invites', 'invite', 'inviting']);

/** Nouns of "the city of X" and the like. */
export const SETTLEMENTS = new Set(['city', 'town', 'port', 'capital', 'resort', 'village', 'enclave']);

/** Strength of the dateline's vote. */
const DATELINE = 0.25;
/** The weight of the state of a paper's web address (below a locative mention's 0.3). */
const HOME = 0.15;

interface Slot {
  pid: number;
  m: NameMention;
}

/** A role noun phrase starting at token i ("leader", "foreign minister", "prime minister"): its end, or -1. */
function roleAt(info: SentenceInfo, i: number): number {
  const k = roleNounAt(info, i);
  // followed by a name: that is a title, handled by officials.ts
  if (k < 0 || beforeName(info, k)) return -1;
  return k + 1;
}

/** The role noun of a role phrase starting at token i (up to two modifiers first): its index, or -1. */
function roleNounAt(info: SentenceInfo, i: number): number {
  let k = i;
  while (k < info.tokens.length && k < i + 2 && ROLE_MODS.has(info.tokens[k]?.lower ?? '')) k++;
  return ROLE_NOUNS.has(info.tokens[k]?.lower ?? '') ? k : -1;
}

/** Does a capitalised word follow token k? */
function beforeName(info: SentenceInfo, k: number): boolean {
  const next = info.tokens[k + 1];
  return !!next?.cap && next.word;
}

/**
 * Does a title stand at token i, before a capitalised word that was not read as a person
 * ("Turkish Ambassador Ahmet Turkmen")? Its state is that unread person's, nobody else's. An
 * appositive role ("X, Saudi Ambassador to the US, …") is not one: it describes X.
 */
function roleAfter(info: SentenceInfo, i: number): boolean {
  const k = roleNounAt(info, i);
  return k >= 0 && info.tokens[k]?.lower !== 'counterpart' && beforeName(info, k);
}

/** A state of the other side, after a possessive: "his American counterpart", "her Chinese host". */
function otherSide(info: SentenceInfo, pl: CountryMention): boolean {
  // (through a list of demonyms: "his Azerbaijani and Georgian counterparts")
  const listed = (from: CountryMention, dir: 1 | -1): number => {
    let at = dir > 0 ? from.tokEnd : from.tokStart - 1;
    for (let n = 0; n < 4; n++) {
      const glue = info.tokens[at]?.lower;
      if (glue !== 'and' && glue !== ',') break;
      const next = info.places.find((q) => q.kind === 'demonym' && (dir > 0 ? q.tokStart === at + 1 : q.tokEnd === at));
      if (!next) break;
      at = dir > 0 ? next.tokEnd : next.tokStart - 1;
    }
    return at;
  };
  const inList = pl.kind === 'demonym';
  const before = info.tokens[inList ? listed(pl, -1) : pl.tokStart - 1]?.lower ?? '';
  const head = info.tokens[inList ? listed(pl, 1) : pl.tokEnd]?.lower ?? '';
  // (and "the Emirati guest" after someone: "X held official talks with the Emirati guest")
  return (POSS_PRONOUNS.has(before) && OTHER_SIDE_HEADS.has(head)) || (before === 'the' && pl.kind === 'demonym' && GUESTS.has(head) && pl.tokStart > 1);
}
const GUESTS = new Set(['guest', 'guests', 'visitor', 'visitors']);

/** "asked that Paris …", "urged Washington to …", "called on Moscow to …": a state asked or told, by its capital or name. */
function addressed(info: SentenceInfo, pl: CountryMention): boolean {
  const toks = info.tokens;
  let k = pl.tokStart - 1;
  // (the last of a list asked: "urging partner countries and Washington to …")
  if (toks[k]?.lower === 'and' && toks[pl.tokEnd]?.lower === 'to') {
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (ASKS.has(toks[j]?.lower ?? '')) { k = j; break; }
  }
  if (toks[k]?.lower === 'that' || toks[k]?.lower === 'on') k--;
  return ASKS.has(toks[k]?.lower ?? '') && (pl.kind === 'capital' || pl.kind === 'name' || pl.kind === 'short');
}
/** Verbs of asking or pressing someone. */
const ASKS = new Set(['asked', 'asks', 'asking', 'urged', 'urges', 'urging', 'pressed', 'presses', 'pressing', 'called', 'calls', 'demanded', 'demands', 'requested', 'requests', 'warned', 'warns', 'implored', 'invited']);

/** "open to talks with Ukraine": the other side of whoever is named before it (not a title: "talks with Ukraine's X" is X's). */
function dealtWith(info: SentenceInfo, pl: CountryMention): boolean {
  const toks = info.tokens;
  // (a rank may come between: "negotiations with senior Mexican officials")
  const w = RANKS.has(toks[pl.tokStart - 1]?.lower ?? '') ? pl.tokStart - 2 : pl.tokStart - 1;
  // (and a closing quotation mark: 'building "a beneficial relationship" with Washington')
  const n = QUOTE_MARKS.has(toks[w - 1]?.text ?? '') ? w - 2 : w - 1;
  if (toks[w]?.lower === 'with' && DEALINGS.has(toks[n]?.lower ?? '') && !toks[pl.tokEnd - 1]?.poss) return true;
  // (the rest of a list: "the arrangement with Australia and New Zealand")
  const sep = toks[pl.tokStart - 1]?.lower;
  const listed = sep === 'and' || sep === ',' ? info.places.find((p) => p.tokEnd === pl.tokStart - 1) : undefined;
  if (listed && dealtWith(info, listed)) return true;
  // ("Sandu thanked Lithuania for sharing its experience": the state thanked, the other side)
  if (APPRECIATES.has(toks[pl.tokStart - 1]?.lower ?? '') && !toks[pl.tokEnd - 1]?.poss) return true;
  // "X welcomed France's support", "thanked Japan's government for …": the state that gives, the other side
  const given = toks[pl.tokEnd - 1]?.poss && GIVEN.has(toks[pl.tokEnd]?.lower ?? '');
  return !!given && toks.slice(Math.max(0, pl.tokStart - 3), pl.tokStart).some((t) => APPRECIATES.has(t.lower));
}
const GIVEN = new Set(['support', 'assistance', 'aid', 'help', 'contribution', 'contributions', 'solidarity', 'backing', 'generosity', 'hospitality', 'role', 'efforts', 'commitment', 'investment', 'investments']);
const APPRECIATES = new Set(['welcomed', 'welcomes', 'thanked', 'thanks', 'praised', 'praises', 'appreciated', 'appreciates', 'hailed', 'hails', 'commended', 'commends', 'lauded', 'lauds']);
const RANKS = new Set(['senior', 'top', 'high-level', 'junior']);
/** Offices a state has one holder of at a time. */
const ONE_HOLDER = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'emir', 'amir', 'sultan', 'foreign minister', 'defence minister', 'defense minister',
  'foreign secretary', 'defence secretary', 'defense secretary', 'secretary of state',
]);
/** What the fallbacks may give one person (`a`, of id `pid`): not a state ruled out, nor one with a second holder of the person's office. */
interface StateGate {
  a: Affiliation;
  pid: number;
  not: Set<string> | undefined;
  /** secondHolder per state, found once. */
  taken: Map<string, boolean>;
  out: Map<number, Affiliation>;
  explicit: Set<number>;
}

/** Would `code` give the gated person's office a second holder (memoised per state)? */
function taken(g: StateGate, code: string): boolean {
  let t = g.taken.get(code);
  if (t === undefined) g.taken.set(code, (t = secondHolder(g.a.title, code, g.pid, g.out, g.explicit)));
  return t;
}

/** A state the fallbacks may give the gated person: not ruled out, no second holder of the office. */
function allowed(g: StateGate, code: string): boolean {
  return !g.not?.has(code) && !taken(g, code);
}

/** Would `code` give the office `title` a second holder among the people whose state is known (`explicit`)? */
function secondHolder(title: string | null, code: string, self: number, out: Map<number, Affiliation>, explicit: Set<number>): boolean {
  const office = officeOf(title);
  if (!ONE_HOLDER.has(office)) return false;
  for (const pid of explicit) if (pid !== self && out.get(pid)?.country === code && officeOf(out.get(pid)?.title ?? null) === office) return true;
  return false;
}
/** A title as an office: "Acting Foreign Minister" holds the foreign minister's. */
const officeOf = (title: string | null) => (title?.toLowerCase() ?? '').replace(/^(?:acting|interim|caretaker) /, '');

/** Words for a part of a state between a locative and its name: "in eastern DR Congo". */
const PARTS_OF_STATE = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'coastal', 'rural', 'neighbouring', 'neighboring']);
/** Verbs before "on" that start what talks were about: "focused on", "centred on". */
const TOPIC_VERBS = new Set(['focused', 'focusing', 'focussed', 'centred', 'centered', 'concentrated']);
/** Words before a state that make it the topic: "discussed North Korea", "about Ukraine", "sanctions against Moscow". */
const TOPIC_BEFORE = new Set(['against', 'discussed', 'discuss', 'discussing', 'about', 'regarding', 'concerning', 'on', 'over']);
/** Quotation marks as tokens. */
const QUOTE_MARKS = new Set(['"', '\u201d', '\u201c', "'", '\u2019']);
/** Nouns of dealings between two sides: "talks with X", "relations with X". */
const DEALINGS = new Set(['talks', 'negotiations', 'relations', 'relationship', 'partnership', 'ties', 'dialogue', 'war', 'deal', 'agreement', 'contacts', 'cooperation', 'trade', 'consultations', 'arrangement', 'arrangements', 'accord', 'pact', 'treaty', 'alliance']);

/** Words before "a/an" that make a description generic, about no one in particular. */
const GENERIC_BEFORE = new Set(['of', 'by']);

/** Definite descriptions in a sentence: [code, token position]. */
function descriptions(info: SentenceInfo): { code: string; at: number }[] {
  const out: { code: string; at: number }[] = [];
  const toks = info.tokens;
  for (const pl of info.places) {
    // "the North Korean leader", "the top Iranian diplomat", "Russia's president"
    const top = toks[pl.tokStart - 1]?.lower === 'top' ? 1 : 0;
    const before = toks[pl.tokStart - 1 - top]?.lower ?? '';
    const last = toks[pl.tokEnd - 1];
    // (not a generic one: "the first visit of a German defence minister", "a trip by an Iranian president")
    const generic = (before === 'a' || before === 'an') && GENERIC_BEFORE.has(toks[pl.tokStart - 2 - top]?.lower ?? '');
    if (generic) continue;
    if (((before === 'the' || before === 'a' || before === 'an') && pl.kind !== 'capital') || (last?.poss && pl.kind !== 'capital')) {
      if (roleAt(info, pl.tokEnd) >= 0) out.push({ code: pl.code, at: pl.tokStart });
      continue;
    }
    // "the president of France"
    if (before === 'of' && toks[pl.tokStart - 3]?.lower === 'the' && ROLE_NOUNS.has(toks[pl.tokStart - 2]?.lower ?? '')) {
      out.push({ code: pl.code, at: pl.tokStart - 3 });
    }
  }
  return out;
}

/**
 * The titles a description's office fits ("monarch": King, Emir …; "head of state": President, King …),
 * and whether a story has one holder of it (a monarch's: "the Jordanian monarch" is the story's one King).
 */
const DESCRIBED_OFFICES: Record<string, { titles: RegExp; one: boolean }> = {
  monarch: { titles: /^(?:king|queen|emir|amir|sultan|monarch)\b/i, one: true },
  king: { titles: /^king\b/i, one: true },
  emir: { titles: /^(?:emir|amir)\b/i, one: true },
  sultan: { titles: /^sultan\b/i, one: true },
  president: { titles: /^president$|^president of (?:the )?republic\b/i, one: false },
  premier: { titles: /^(?:premier|prime minister)$/i, one: false },
  chancellor: { titles: /^(?:federal )?chancellor$/i, one: false },
  diplomat: { titles: /^(?:foreign minister|minister of foreign affairs|minister for foreign affairs|foreign secretary|secretary of state)$/i, one: false },
  head: { titles: /^(?:president|king|queen|emir|amir|sultan)(?:$| of (?:the )?republic\b)/i, one: false },
};

/** The office of the description at `at` ("the Jordanian monarch", "the top Iranian diplomat", "the Zambian head of state"), if it names one. */
function describedOffice(info: SentenceInfo, at: number): { titles: RegExp; one: boolean } | null {
  const toks = info.tokens;
  const pl = info.places.find((p) => p.tokStart === at);
  // (a definite one: not "a Russian diplomat")
  if (!pl || toks[at - 1]?.lower === 'a' || toks[at - 1]?.lower === 'an') return null;
  const w = toks[pl.tokEnd]?.lower ?? '';
  // ("head of state" only: not "the Kenyan head of delegation")
  if (w === 'head') return toks[pl.tokEnd + 1]?.lower === 'of' && toks[pl.tokEnd + 2]?.lower === 'state' ? (DESCRIBED_OFFICES.head ?? null) : null;
  // (the office alone, not a longer one: "the Jordanian president of the senate")
  return toks[pl.tokEnd + 1]?.lower === 'of' ? null : (DESCRIBED_OFFICES[w] ?? null);
}

/** Words before a description that make it the other side of an encounter ("met the Brazilian leader"). */
const OBJECT_CUES = new Set(['with', 'met', 'meet', 'meets', 'meeting', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'called', 'phoned', 'visited', 'and']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Is the description at `at` ("the Brazilian leader", "Russia's president") the object of an encounter? */
function isObject(info: SentenceInfo, at: number): boolean {
  const start = DETERMINERS.has(info.tokens[at]?.lower ?? '') ? at : DETERMINERS.has(info.tokens[at - 1]?.lower ?? '') ? at - 1 : at;
  return OBJECT_CUES.has(info.tokens[start - 1]?.lower ?? '');
}

/** Lists of states ("Chile, Peru, Bolivia and Ecuador"): size of the list each place is in. */
function listSizes(info: SentenceInfo): Map<CountryMention, number> {
  const out = new Map<CountryMention, number>();
  const ps = info.places;
  let i = 0;
  while (i < ps.length) {
    let j = i;
    while (j + 1 < ps.length) {
      const a = ps[j] as CountryMention;
      const b = ps[j + 1] as CountryMention;
      let glue = true;
      for (let k = a.tokEnd; k < b.tokStart; k++) if (!LIST_GLUE.has(info.tokens[k]?.lower ?? '')) glue = false;
      if (!glue || b.tokStart - a.tokEnd > 3) break;
      j++;
    }
    for (let k = i; k <= j; k++) out.set(ps[k] as CountryMention, j - i + 1);
    i = j + 1;
  }
  return out;
}

/** Token spans [open, close] of quotations in a sentence (an open quote runs to the end), and of reported speech. */
function quoteSpans(info: SentenceInfo): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  info.tokens.forEach((t, i) => {
    if (t.text === '“' || (t.text === '"' && open < 0)) open = i;
    else if ((t.text === '”' || t.text === '"') && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (t.text === '”' && open < 0) out.push([-1, i]);
  });
  if (open >= 0) out.push([open, info.tokens.length]);
  // reported speech: "X told Y that Brussels would not waver", "X said on Monday that …"
  info.tokens.forEach((t, i) => {
    if (t.lower !== 'that' || !info.tokens.slice(Math.max(0, i - 5), i).some((w) => REPORTING.has(w.lower))) return;
    if (!out.some(([a, b]) => i > a && i < b)) out.push([i, info.tokens.length]);
  });
  return out;
}
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'stressed', 'warned', 'noted', 'insisted', 'assured', 'informed', 'reiterated']);

/** Plural role nouns that pair a list of states with a list of names ("the foreign ministers of A and B, X and Y"). */
const PLURAL_ROLES = new Set([
  'leaders', 'presidents', 'premiers', 'ministers', 'chancellors', 'envoys', 'ambassadors', 'diplomats', 'chiefs',
  'heads', 'spokesmen', 'spokespersons', 'counterparts', 'homologues', 'secretaries',
]);

interface Span {
  tokStart: number;
  tokEnd: number;
}

/** Maximal runs of spans joined only by "," and "and" ("Egypt and Jordan", "X, Y and Z"). */
function joinedRuns<T extends Span>(items: T[], info: SentenceInfo): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const run = out.at(-1);
    const prev = run?.at(-1);
    let joined = !!prev && it.tokStart > prev.tokEnd && it.tokStart - prev.tokEnd <= 3;
    // (", ", "and", ", and", and "the" before the next: "Singapore and the Philippines")
    for (let k = prev?.tokEnd ?? 0; joined && k < it.tokStart; k++) joined = info.tokens[k]?.text === ',' || info.tokens[k]?.lower === 'and' || (k === it.tokStart - 1 && info.tokens[k]?.lower === 'the');
    if (joined) run!.push(it);
    else out.push([it]);
  }
  return out;
}

/**
 * Lists of states paired in order with lists of names: "the foreign ministers of Egypt and Jordan,
 * X and Y", "the Egyptian and Jordanian ministers, X and Y", "X and Y, the foreign ministers of Egypt
 * and Jordan (respectively)". Each name takes the state at its place in the list: as strong as a
 * state in the person's own title.
 */
function respectiveStates(info: SentenceInfo, here: Slot[]): Map<number, string> {
  const out = new Map<number, string>();
  if (here.length < 2 || info.places.length < 2) return out;
  const toks = info.tokens;
  const names = joinedRuns(here.map((s) => ({ tokStart: s.m.tokStart, tokEnd: s.m.tokEnd, pid: s.pid })), info).filter((r) => r.length >= 2);
  if (names.length === 0) return out;
  for (const states of joinedRuns(info.places.filter((pl) => pl.refersToState), info)) {
    if (states.length < 2) continue;
    const first = states[0] as CountryMention;
    const last = states.at(-1) as CountryMention;
    // the phrase holding the states and a plural role: "ministers of A and B" or "A and B('s) … ministers"
    let from = -1;
    let to = -1;
    // (and "his counterparts from A and B, X and Y")
    if ((toks[first.tokStart - 1]?.lower === 'of' || toks[first.tokStart - 1]?.lower === 'from') && PLURAL_ROLES.has(toks[first.tokStart - 2]?.lower ?? '')) {
      from = first.tokStart - 2;
      while (from > 0 && ROLE_MODS.has(toks[from - 1]?.lower ?? '')) from--;
      to = last.tokEnd;
    } else {
      let k = last.tokEnd;
      while (k < last.tokEnd + 3 && ROLE_MODS.has(toks[k]?.lower ?? '')) k++;
      if (PLURAL_ROLES.has(toks[k]?.lower ?? '')) [from, to] = [first.tokStart, k + 1];
    }
    if (from < 0) continue;
    if (toks[from - 1]?.lower === 'the') from--;
    if (toks[to]?.lower === 'respectively') to++;
    for (const run of names) {
      if (run.length !== states.length) continue;
      // (a form of address may come first: "…, Dr Vivian X and Enrique Y")
      const after = toks[to]?.text === ',' && run[0]!.tokStart >= to + 1 && run[0]!.tokStart <= to + 3 && toks.slice(to + 1, run[0]!.tokStart).every((t) => t.cap || t.text === '.');
      const before = toks[run.at(-1)!.tokEnd]?.text === ',' && run.at(-1)!.tokEnd + 1 === from;
      if (!after && !before) continue;
      run.forEach((n, i) => out.set(n.pid, (states[i] as CountryMention).code));
    }
  }
  return out;
}

/**
 * "The foreign ministers of A, B and C agreed … . According to a note, X, Y and Z reaffirmed …": the one
 * run of as many names in the next sentence, which names no state, takes the states in order.
 */
function respectiveAcross(info: SentenceInfo, next: SentenceInfo, nextSlots: Slot[]): Map<number, string> {
  const out = new Map<number, string>();
  if (info.places.length < 2 || nextSlots.length < 2 || next.places.some((p) => p.refersToState)) return out;
  const toks = info.tokens;
  const states = joinedRuns(info.places.filter((pl) => pl.refersToState), info).find(
    (run) => run.length >= 2 && toks[(run[0] as CountryMention).tokStart - 1]?.lower === 'of' && PLURAL_ROLES.has(toks[(run[0] as CountryMention).tokStart - 2]?.lower ?? ''),
  );
  if (!states) return out;
  const runs = joinedRuns(nextSlots.map((sl) => ({ tokStart: sl.m.tokStart, tokEnd: sl.m.tokEnd, pid: sl.pid })), next).filter((r) => r.length >= 2);
  if (runs.length !== 1 || (runs[0] as { pid: number }[]).length !== states.length) return out;
  (runs[0] as { pid: number }[]).forEach((n, i) => out.set(n.pid, (states[i] as CountryMention).code));
  return out;
}

/** "the China-Pakistan Economic Corridor", "the Czech-Austrian border": a word naming two states, a thing of both, no one's state. */
function twoStates(info: SentenceInfo, pl: CountryMention): boolean {
  return info.places.some((o) => o !== pl && o.tokStart === pl.tokStart && o.code !== pl.code);
}

function addVote(votes: Map<number, Map<string, number>>, pid: number, code: string, w: number): void {
  let v = votes.get(pid);
  if (!v) votes.set(pid, (v = new Map()));
  v.set(code, (v.get(code) ?? 0) + w);
}

/** A description's vote (what a sentence says of a person's company), when it found a state. */
function descriptionVote(votes: Map<number, Map<string, number>>, pid: number, code: string | null | undefined): void {
  if (code) addVote(votes, pid, code, DESCRIPTION);
}

/** A sentence opening with a pronoun as the subject of the verb at `verb`: "He was accompanied by", "She is accompanied by". */
function pronounOpens(info: SentenceInfo, verb: number): boolean {
  const w = info.tokens[0]?.lower;
  return (w === 'he' || w === 'she') && verb <= 3;
}

/** The people of the sentence named before token `at` whose state was said. */
function knownBefore(here: Slot[], explicit: Set<number>, at: number): Slot[] {
  return here.filter((o) => o.m.tokEnd <= at && explicit.has(o.pid));
}

export function resolveAffiliations(persons: Person[], infos: SentenceInfo[], dateline: DatelineSpan | null, home: string | null = null): Map<number, Affiliation> {
  const out = new Map<number, Affiliation>();
  const explicit = new Set<number>();
  for (const p of persons) {
    const titled = p.mentions.find((m) => m.country || m.org) ?? p.mentions.find((m) => m.title);
    const withTitle = p.mentions.find((m) => m.title);
    out.set(p.id, {
      country: titled?.country ?? null,
      org: titled?.org ?? null,
      title: withTitle?.title ?? null,
      head: withTitle?.head ?? null,
    });
    if (titled?.country || titled?.org) explicit.add(p.id);
  }

  // person mentions per sentence, in token order; a lone capitalised word opening a sentence
  // with no role ("Earlier", "Footage") is no person and takes no votes
  const slots = new Map<number, Slot[]>();
  for (const p of persons) {
    if (!hasSpace(p.name) && p.mentions.every((m) => m.tokStart === 0 && !m.cue)) continue;
    for (const m of p.mentions) {
      const arr = slots.get(m.sentence);
      if (arr) arr.push({ pid: p.id, m });
      else slots.set(m.sentence, [{ pid: p.id, m }]);
    }
  }
  for (const arr of slots.values()) arr.sort((x, y) => x.m.tokStart - y.m.tokStart);
  const pos = new Map<number, number>();
  infos.forEach((info, k) => pos.set(info.s.index, k));

  // possessors: "Putin's foreign affairs advisor, Ivan Petrov"; "Lavrov and his deputy X"
  for (let round = 0; round < 2; round++) {
    for (const p of persons) {
      if (explicit.has(p.id)) continue;
      const a = out.get(p.id) as Affiliation;
      for (const m of p.mentions) {
        if (!m.possessor) continue;
        let owner: number | undefined;
        if (m.possessor === PRONOUN_POSSESSOR) {
          const here = (slots.get(m.sentence) ?? []).filter((s) => s.pid !== p.id && s.m.tokStart < m.tokStart);
          owner = here.at(-1)?.pid;
          // ("The Uruguayan chancellor was accompanied by his country's ambassador, X": the state described)
          const info = infos[pos.get(m.sentence) ?? -1];
          const described = owner === undefined && info ? descriptions(info).filter((d) => d.at < m.tokStart).at(-1) : undefined;
          if (described) {
            Object.assign(a, { country: described.code, org: null });
            explicit.add(p.id);
            break;
          }
          if (owner === undefined) {
            const k = pos.get(m.sentence) ?? 0;
            const prev = infos[k - 1];
            owner = prev ? slots.get(prev.s.index)?.find((s) => s.pid !== p.id)?.pid : undefined;
          }
        } else {
          const poss = m.possessor;
          owner = persons.find((q) => q !== p && formMatches([poss], q.name.split(/\s+/)))?.id;
        }
        const oa = owner !== undefined ? out.get(owner) : undefined;
        if (owner !== undefined && explicit.has(owner) && oa?.country) {
          a.country = oa.country;
          a.org = null;
          explicit.add(p.id);
          break;
        }
      }
    }
  }

  // a body's officer named by a title alone, beside that body: "… the United Nations General Assembly,
  // including with Secretary-General X" (the body named in the sentence or the one before)
  for (const p of persons) {
    if (explicit.has(p.id) || !BODY_TITLES.test(out.get(p.id)?.title ?? '')) continue;
    const m = p.mentions.find((x) => x.title);
    const k = m ? pos.get(m.sentence) : undefined;
    if (!m || k === undefined) continue;
    const near = [...(infos[k]?.orgs ?? []).filter((o) => o.tokStart < m.tokStart), ...(infos[k - 1]?.orgs ?? [])];
    let codes = new Set(near.map((o) => o.code));
    // (else the one body the story names: "Secretary General X arrived at the alliance's headquarters")
    if (codes.size === 0) codes = new Set(infos.flatMap((i) => i.orgs.map((o) => o.code)));
    if (codes.size !== 1) continue;
    Object.assign(out.get(p.id) as Affiliation, { country: null, org: [...codes][0]! });
    explicit.add(p.id);
  }

  // titles that name their body: "European Commissioner for Trade X"; "the (Deputy) Chairperson of the
  // Commission" of the one body with a commission that the story names (the African Union, ECOWAS, …)
  let commissionBody: string | null | undefined;
  const commissionOf = () => {
    if (commissionBody === undefined) {
      const named = new Set(infos.flatMap((info) => info.orgs.map((o) => o.code).filter((c) => BODIES_WITH_COMMISSIONS.has(c))));
      commissionBody = named.size === 1 ? [...named][0]! : null;
    }
    return commissionBody;
  };
  for (const p of persons) {
    const a = out.get(p.id) as Affiliation;
    const body = explicit.has(p.id) ? undefined : (TITLE_BODIES.find(([re]) => re.test(a.title ?? ''))?.[1] ?? (OF_THE_COMMISSION.test(a.title ?? '') ? commissionOf() : undefined));
    if (!body) continue;
    Object.assign(a, { country: null, org: body });
    explicit.add(p.id);
  }

  // one state for a list of names: "sat down with their Australian counterparts, Foreign Minister X and Defence Minister Y"
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    if (!info.tokens.some((t, i) => t.text === ',' && PLURAL_ROLES.has(info.tokens[i - 1]?.lower ?? ''))) continue;
    for (let r = 0; r < here.length; r++) {
      // the names listed from here, joined by "," or "and" with their titles between
      const run = [{ tokStart: here[r]!.m.tokStart, pid: here[r]!.pid }];
      for (let n = r + 1; n < here.length; n++) {
        const gap = info.tokens.slice(here[n - 1]!.m.tokEnd, beforeTitle(info, here[n]!.m.tokStart) + 1);
        if (gap.length === 0 || gap.length > 2 || !gap.every((t) => t.text === ',' || t.lower === 'and')) break;
        run.push({ tokStart: here[n]!.m.tokStart, pid: here[n]!.pid });
      }
      // back over the first name's title to ", " and the plural role before it
      const k = beforeTitle(info, run[0]!.tokStart);
      if (info.tokens[k]?.text !== ',' || !PLURAL_ROLES.has(info.tokens[k - 1]?.lower ?? '')) continue;
      const pl = info.places.find((x) => x.refersToState && x.tokEnd === k - 1 && x.kind === 'demonym');
      // (not the last of several: "his Irish and Norwegian counterparts, X and Y" pairs them in order)
      if (!pl || /^(?:and|,|or)$/.test(info.tokens[pl.tokStart - 1]?.text ?? '')) continue;
      for (const n of run) {
        if (explicit.has(n.pid)) continue;
        Object.assign(out.get(n.pid) as Affiliation, { country: pl.code, org: null });
        explicit.add(n.pid);
      }
    }
  }

  // states paired with names in order: "the foreign ministers of A and B, X and Y"
  // (or across a sentence: "The foreign ministers of A, B and C agreed … . … X, Y and Z reaffirmed …")
  infos.forEach((info, k) => {
    const next = infos[k + 1];
    // (a sentence naming no one: a stray word like "Mar" of a date line is no one)
    if (!next || (slots.get(info.s.index) ?? []).some((sl) => sl.m.title || sl.m.parts.length > 1)) return;
    for (const [pid, code] of respectiveAcross(info, next, slots.get(next.s.index) ?? [])) {
      if (explicit.has(pid)) continue;
      Object.assign(out.get(pid) as Affiliation, { country: code, org: null });
      explicit.add(pid);
    }
  });
  for (const info of infos) {
    for (const [pid, code] of respectiveStates(info, slots.get(info.s.index) ?? [])) {
      if (explicit.has(pid)) continue;
      const a = out.get(pid) as Affiliation;
      a.country = code;
      a.org = null;
      explicit.add(pid);
    }
  }

  const votes = new Map<number, Map<string, number>>();

  // definite descriptions: the nearest person before it who has no state yet, unless a person
  // named nearby already has that state (then the description is about them)
  // definite descriptions per sentence, found once (the weak votes below skip their places)
  const descrs = infos.map(descriptions);
  infos.forEach((info, k) => {
    for (const d of descrs[k] as { code: string; at: number }[]) {
      // one of the story's people whose title fits it is already of that state: the description is
      // about them ("the Zambian head of state" beside President X of Zambia), not about someone near;
      // and a monarch's office has one holder in a story: "the Jordanian monarch" is its one King X
      const fit = describedOffice(info, d.at);
      const fits = fit ? persons.filter((p) => p.mentions.length > 0 && fit.titles.test(out.get(p.id)?.title ?? '') && (!explicit.has(p.id) || out.get(p.id)?.country === d.code)) : [];
      if (fits.some((p) => explicit.has(p.id))) continue;
      if (fit?.one && fits.length === 1) {
        addVote(votes, (fits[0] as Person).id, d.code, DESCRIPTION);
        continue;
      }
      // someone named nearby (before or just after: "met the Russian minister … Moscow's X")
      // already has that state: the description is about them
      const near: Slot[] = [];
      for (let b = Math.max(0, k - 2); b <= Math.min(infos.length - 1, k + 2); b++) near.push(...(slots.get((infos[b] as SentenceInfo).s.index) ?? []));
      if (near.some((s) => out.get(s.pid)?.country === d.code && explicit.has(s.pid))) continue;
      // …or anywhere in the story, with that role: "the Saudi foreign minister" after "Saudi Foreign Minister X"
      const role = info.tokens.slice(d.at, d.at + 5).find((t) => ROLE_NOUNS.has(t.lower))?.lower;
      if (role && persons.some((p) => explicit.has(p.id) && out.get(p.id)?.country === d.code && out.get(p.id)?.title?.toLowerCase().includes(role))) continue;
      // the object of a meeting in the sentence of a person named before it is someone else:
      // "X was due to meet the Brazilian leader", "X and the Brazilian leader"
      if (isObject(info, d.at) && (slots.get(info.s.index) ?? []).some((s) => s.m.tokStart < d.at)) continue;
      let target: number | undefined;
      // a description opening its sentence with no one before it is the last sentence's subject when
      // that sentence opens with a person: "President X visited …, the first leader to meet Y. The
      // French leader later said …" (X, not Y)
      const opening = d.at <= 2 && !(slots.get(info.s.index) ?? []).some((s) => s.m.tokStart < d.at);
      const lastSubject = k > 0 ? (slots.get((infos[k - 1] as SentenceInfo).s.index) ?? [])[0] : undefined;
      if (opening && lastSubject && lastSubject.m.tokStart <= 2 && !explicit.has(lastSubject.pid)) target = lastSubject.pid;
      // the object of an encounter with no one named before it in its sentence is someone new, named
      // next: "His first engagement was with the British prime minister … Keir Starmer and Modi agreed …"
      // (the first of the next sentence without a state of its own), never someone told before
      if (target === undefined && isObject(info, d.at)) {
        const next = k + 1 < infos.length ? (slots.get((infos[k + 1] as SentenceInfo).s.index) ?? []).find((sl) => !explicit.has(sl.pid)) : undefined;
        target = next && next.m.tokStart <= 2 ? next.pid : -1;
      }
      for (let b = k; b >= Math.max(0, k - 2) && target === undefined; b--) {
        const arr = slots.get((infos[b] as SentenceInfo).s.index) ?? [];
        for (let j = arr.length - 1; j >= 0; j--) {
          const s = arr[j] as Slot;
          if (b === k && s.m.tokStart > d.at) continue;
          if (explicit.has(s.pid)) continue;
          // (not a speaker whose words hold it: "X said it was sad to see them embrace the Russian leader")
          if (b === k && info.tokens.slice(s.m.tokEnd, Math.min(d.at, s.m.tokEnd + 2)).some((t) => SOURCE_VERBS.has(t.lower) || t.lower === 'told')) target = -1;
          else target = s.pid;
          break;
        }
      }
      if (target !== undefined && target >= 0) addVote(votes, target, d.code, DESCRIPTION);
    }
  });

  // weak votes: each state mention goes to the nearest person mention in its sentence
  // sentence → token positions of places already used for a title
  const usedPlaces = new Map<number, Set<number>>();
  for (const p of persons) {
    for (const m of p.mentions) {
      if (m.usedPlaces.length === 0) continue;
      let set = usedPlaces.get(m.sentence);
      if (!set) usedPlaces.set(m.sentence, (set = new Set()));
      for (const u of m.usedPlaces) set.add(u);
    }
  }
  /** States a person is known not to be of: "X told his American counterpart Y" (X is not American). */
  const notState = new Map<number, Set<string>>();
  const ruleOut = (pid: number, code: string) => notState.set(pid, new Set([...(notState.get(pid) ?? []), code]));
  infos.forEach((info) => {
    const here = slots.get(info.s.index) ?? [];
    for (const pl of info.places) {
      // (and where someone travels to: "X did not travel to Astana this year" — not back home)
      const travelled = goneTo(info, pl) && info.tokens[pl.tokStart - 2]?.lower !== 'back';
      // "the first official visit to the Emirates by Prime Minister X": X is the traveller
      const to = info.tokens[pl.tokStart - 1]?.lower === 'the' ? pl.tokStart - 2 : pl.tokStart - 1;
      const visitTo = info.tokens[to]?.lower === 'to' && TRIP_NOUNS.has(info.tokens[to - 1]?.lower ?? '');
      const by = visitTo && info.tokens[pl.tokEnd]?.lower === 'by' ? here.find((sl) => beforeTitle(info, sl.m.tokStart) === pl.tokEnd) : undefined;
      if (by) ruleOut(by.pid, pl.code);
      if (!otherSide(info, pl) && !dealtWith(info, pl) && !travelled) continue;
      // "X called on Y …, the third day of her visit to India": "her" is the sentence's subject, X
      // (the first one with a title: not a dateline's words read as a name)
      const subject = here.find((sl) => sl.m.title) ?? here[0];
      if (travelled && subject && ownTrip(info, pl.tokStart)) ruleOut(subject.pid, pl.code);
      const possessor = here.filter((sl) => sl.m.tokEnd <= pl.tokStart).at(-1);
      // (the traveller is the subject of the trip verb: not X in "X said … the US president's trip to Korea")
      // (within eight words: "X, will undertake a working visit to the Kingdom of Y")
      // (nor the host who invites: "X invited his Iranian counterpart to visit Islamabad")
      if (possessor && travelled && !otherSide(info, pl) && !dealtWith(info, pl) && (longNameStart(info.tokens, pl.tokStart) - possessor.m.tokEnd > 8 || info.tokens.slice(possessor.m.tokEnd, pl.tokStart).some((t) => t.poss || INVITES.has(t.lower)))) continue;
      if (possessor) ruleOut(possessor.pid, pl.code);
    }
    // the target of a state's hostile act: "a US drone strike … killed General X", "Washington sanctioned X"
    if (here.length === 0 || !info.tokens.some((t) => HOSTILE.has(t.lower))) return;
    for (const pl of info.places) {
      if (!pl.refersToState || !(pl.kind === 'demonym' || pl.kind === 'capital' || pl.tokStart === 0 || info.tokens[pl.tokStart - 1]?.lower === 'the' || info.tokens[pl.tokStart - 1]?.lower === 'a')) continue;
      let v = pl.tokEnd;
      while (v < info.tokens.length && v < pl.tokEnd + 10 && !HOSTILE.has(info.tokens[v]!.lower) && info.tokens[v]!.text !== ',') v++;
      if (!HOSTILE.has(info.tokens[v]?.lower ?? '')) continue;
      const target = here.find((sl) => sl.m.tokStart > v && sl.m.tokStart <= v + 5);
      if (target) ruleOut(target.pid, pl.code);
    }
  });
  // "X held talks with Syrian President A and his counterpart B": B is of the other side than the
  // sentence's subject (named, or described: "The top Iranian diplomat …"), like A
  infos.forEach((info, k) => {
    const here = slots.get(info.s.index) ?? [];
    for (const sl of here) {
      const t = sl.m.tokStart;
      if (explicit.has(sl.pid) || (sl.m.head !== 'counterpart' && sl.m.head !== 'homologue') || !info.tokens.slice(Math.max(0, t - 3), t).some((w) => POSS_PRONOUNS.has(w.lower))) continue;
      const first = here[0];
      const descr = (descrs[k] as { code: string; at: number }[]).find((d) => d.at < t);
      const subject = descr && (!first || descr.at < first.m.tokStart) ? descr.code : first && first !== sl && explicit.has(first.pid) ? out.get(first.pid)?.country : undefined;
      if (!subject) continue;
      ruleOut(sl.pid, subject);
      const other = here.filter((o) => o !== sl && o.m.tokStart < t && explicit.has(o.pid) && out.get(o.pid)?.country && out.get(o.pid)?.country !== subject).at(-1);
      if (other) addVote(votes, sl.pid, out.get(other.pid)!.country!, DESCRIPTION);
    }
  });
  /** A state mention not already the state of someone's title ("Chinese Foreign Minister Y"). */
  const free = (info: SentenceInfo, pl: CountryMention) => pl.refersToState && !usedPlaces.get(info.s.index)?.has(pl.tokStart);
  const FOLLOW = /^(?:He|She|The (?:\w+ )?(?:minister|president|prime minister|PM|leader|chancellor|envoy|king|prince|secretary|ambassador))\b/;
  const ROLE_OPENING = /^The ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?=[a-z])/;
  infos.forEach((info, k) => {
    const here = slots.get(info.s.index) ?? [];
    let voters = here;
    let scale = 1;
    if (here.length === 0) {
      if (!info.places.length) return;
      // "The Foreign Secretary reiterated the UK's support …": the one person with that title
      const role = ROLE_OPENING.exec(info.s.text)?.[1]?.toLowerCase();
      const titled = role ? persons.filter((p) => out.get(p.id)?.title?.toLowerCase() === role && p.mentions.length) : [];
      // "He said …" right after a sentence about one person
      const prev = infos[k - 1];
      const prevSlots = prev ? (slots.get(prev.s.index) ?? []) : [];
      const people = new Set(prevSlots.map((s) => s.pid));
      if (titled.length === 1) voters = [{ pid: titled[0]!.id, m: { ...titled[0]!.mentions[0]!, tokStart: 0, tokEnd: 1 } }];
      else if (people.size === 1 && FOLLOW.test(info.s.text)) voters = [{ pid: (prevSlots[0] as Slot).pid, m: { ...(prevSlots[0] as Slot).m, tokStart: 0, tokEnd: 1 } }];
      else return;
      scale = 0.6;
    }
    if (!info.places.length) return;
    const lists = listSizes(info);
    const descr = new Set((descrs[k] as { code: string; at: number }[]).map((d) => d.at));
    const quotes = quoteSpans(info);
    // the person who is the closing source, if any ("…, X's ministry said."): found once per sentence
    const source = voters.find((sl) => trailingSource(info, sl.m));
    let locList = false;
    let prevPl: CountryMention | null = null;
    // ("talks, which focused on the withdrawal of Rwandan troops": what follows is the topic)
    const topicAt = info.tokens.findIndex((t, i) => TOPIC_VERBS.has(t.lower) && info.tokens[i + 1]?.lower === 'on');
    const topicFrom = topicAt < 0 ? Infinity : topicAt;
    for (const pl of info.places) {
      const inList = prevPl !== null && (lists.get(pl) ?? 1) > 1 && (lists.get(prevPl) ?? 1) > 1 && pl.tokStart - prevPl.tokEnd <= 3;
      prevPl = pl;
      if (!inList) locList = LOCATIVE.has(info.tokens[pl.tokStart - 1]?.lower ?? '') || TOPIC_BEFORE.has(info.tokens[pl.tokStart - 1]?.lower ?? '');
      if (descr.has(pl.tokStart) || descr.has(pl.tokStart - 1)) continue;
      if (usedPlaces.get(info.s.index)?.has(pl.tokStart)) continue;
      if (dateline && dateline.sentence === info.s.index && pl.tokStart < dateline.tokEnd) continue;
      // (a part of it after the locative: "the security situation in eastern DR Congo")
      // (not where someone goes: "the first visit to eastern Libya by a Turkish minister")
      const part = PARTS_OF_STATE.has(info.tokens[pl.tokStart - 1]?.lower ?? '') && info.tokens[pl.tokStart - 2]?.lower === 'in' ? 1 : 0;
      const before = info.tokens[pl.tokStart - 1 - part]?.lower ?? '';
      // "… before taking a train to Quito": where someone goes says nothing of who is near it
      if (goneTo(info, pl)) continue;
      // "X … his American counterpart": the state of the other side, never of the possessor
      if (otherSide(info, pl)) continue;
      // "X asked that Paris go further", "X urged Washington to …": the one asked, not the asker
      if (addressed(info, pl)) continue;
      // "received Turkish Ambassador …" with no name read: the state of that role's holder
      if (roleAfter(info, pl.tokEnd)) continue;
      if (twoStates(info, pl)) continue;
      const attribution = trailingSource(info, pl);
      let w: number;
      // (little, too, when it is what is talked about: "discussed North Korea", "talks on Ukraine")
      // (and "in the Cameroonian capital", "at the Kenyan port of …": a place in the state)
      if (pl.refersToState) w = LOCATIVE.has(before) || locList || TOPIC_BEFORE.has(before) || inSettlementOf(info, pl) || pl.tokStart > topicFrom ? 0.3 : 1;
      else if (pl.kind === 'capital') w = 0.2;
      else continue;
      // (a sentence about someone named before votes only with states it names as actors: not "The
      // Foreign Secretary raised concerns about Taiwan")
      if (scale < 1 && w < 1) continue;
      w /= Math.max(1, (lists.get(pl) ?? 1) - 1);
      // "X remained open to talks with Ukraine": not X's state (someone named after it may be of it)
      const vs = dealtWith(info, pl) ? voters.filter((s) => s.m.tokStart > pl.tokStart) : voters;
      // nearest person mention(s)
      let best = Infinity;
      for (const s of vs) {
        const d = pl.tokStart >= s.m.tokEnd ? pl.tokStart - s.m.tokEnd : s.m.tokStart >= pl.tokEnd ? s.m.tokStart - pl.tokEnd : 0;
        best = Math.min(best, d);
      }
      for (const s of vs) {
        const d = pl.tokStart >= s.m.tokEnd ? pl.tokStart - s.m.tokEnd : s.m.tokStart >= pl.tokEnd ? s.m.tokStart - pl.tokEnd : 0;
        // what a speaker says inside quotation marks is weak evidence of their own state
        // and so is the state of a source named after the fact (", the State Department said.")
        // (the same for the source's own state: "…, X's ministry said.")
        const q = quotes.some(([a, b]) => pl.tokStart > a && pl.tokStart < b && !(s.m.tokStart > a && s.m.tokStart < b)) || (attribution && s.m.tokStart < pl.tokStart) || (s === source && s.m.tokStart > pl.tokStart) ? 0.3 : 1;
        if (d === best) addVote(votes, s.pid, pl.code, (scale * w * q) / (1 + d / 10));
      }
      // (a sentence about someone named before: its first state named as an actor only)
      if (scale < 1) break;
    }
  });

  // what the sentence says of a person's company, each a vote of 4:
  //   the head of a state's delegation: "Ukraine's delegation was led by Defense Minister X";
  //   those travelling with someone of a known state: "X was accompanied by Foreign Minister Y and Z"
  //   (or with one described: "The Lao guest, who was accompanied by Minister X");
  //   the sender of a message someone carries: "Y handed over a written message from President X to …";
  //   a state's own: "North Korea is preparing for a meeting between its leader X and …";
  //   the one someone acts for: "X attended as the special envoy of Prime Minister Y"
  const stateOf = (sl: Slot | undefined) => (sl ? out.get(sl.pid)?.country : undefined);
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    if (here.length === 0) continue;
    // (cheap tests first: the words each rule needs)
    let listed = false;
    let carried = false;
    let acting = false;
    let its = false;
    for (const t of info.tokens) {
      if (LIST_OPENERS.has(t.lower)) listed = true;
      else if (MESSAGES.has(t.lower)) carried = true;
      else if (ACTING_FOR.has(t.lower)) acting = true;
      else if (t.lower === 'its') its = true;
    }
    if (!listed && !carried && !acting && !its) continue;
    for (const sl of here) {
      if (explicit.has(sl.pid)) continue;
      const opener = listed ? listOpener(info, sl.m.tokStart) : -1;
      if (listed) descriptionVote(votes, sl.pid, delegationState(info, sl.m.tokStart, opener));
      const verb = listed ? companionOf(info, sl.m.tokStart, opener) : -1;
      if (verb >= 0) {
        // ("X arrived in Delhi. He was accompanied by Y": the subject of the sentence before)
        const host = knownBefore(here, explicit, verb).at(-1) ?? (pronounOpens(info, verb) ? (slots.get(info.s.index - 1) ?? []).find((o) => explicit.has(o.pid)) : undefined);
        const described = host ? undefined : info.places.find((pl) => pl.tokEnd < verb && (ROLE_NOUNS.has(info.tokens[pl.tokEnd]?.lower ?? '') || OTHER_SIDE_HEADS.has(info.tokens[pl.tokEnd]?.lower ?? '')));
        descriptionVote(votes, sl.pid, host ? stateOf(host) : described?.code);
      }
      if (!carried && !acting && !its) continue;
      const k = beforeTitle(info, sl.m.tokStart);
      const w = info.tokens[k]?.lower;
      // (and "conveyed the greetings of X")
      if (carried && (w === 'from' || w === 'of') && MESSAGES.has(info.tokens[k - 1]?.lower ?? '')) {
        const carries = info.tokens.findIndex((t, i) => i < k && CARRIES.has(t.lower));
        if (carries >= 0) descriptionVote(votes, sl.pid, stateOf(knownBefore(here, explicit, carries).at(-1)));
      }
      if (acting && (w === 'of' || w === 'to') && ACTING_FOR.has(info.tokens[k - 1]?.lower ?? '')) descriptionVote(votes, sl.pid, stateOf(knownBefore(here, explicit, k - 1).at(0)));
      // ("X, foreign policy adviser to Y, wrote …": the principal named in X's apposition)
      if (acting && info.tokens[sl.m.tokEnd]?.text === ',') {
        const to = info.tokens.findIndex((t, i) => i > sl.m.tokEnd && i <= sl.m.tokEnd + 6 && (t.lower === 'to' || t.lower === 'of') && ACTING_FOR.has(info.tokens[i - 1]?.lower ?? ''));
        const principal = to >= 0 ? here.find((o) => o.pid !== sl.pid && o.m.tokStart > to && o.m.tokStart <= to + 3 && explicit.has(o.pid)) : undefined;
        if (principal) descriptionVote(votes, sl.pid, stateOf(principal));
      }
      if (!its) continue;
      let r = sl.m.tokStart - 1;
      while (r > 0 && (ROLE_NOUNS.has(info.tokens[r]?.lower ?? '') || ROLE_MODS.has(info.tokens[r]?.lower ?? '') || isTitleWord(info.tokens[r]?.lower ?? ''))) r--;
      if (info.tokens[r]?.lower === 'its' && r < sl.m.tokStart - 1) descriptionVote(votes, sl.pid, info.places.filter((pl) => pl.refersToState && pl.tokEnd <= r).at(-1)?.code);
    }
  }

  // the one sent in someone's place is of the sender's state: "Milei did not attend, sending instead
  // Foreign Minister Y", "X sent his deputy, Y"
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    if (here.length < 2) continue;
    const v = info.tokens.findIndex((t) => t.lower === 'sending' || t.lower === 'sent');
    if (v <= 0) continue;
    const sender = here.findLast((sl) => sl.m.tokEnd <= v && explicit.has(sl.pid));
    const code = sender ? out.get(sender.pid)?.country : undefined;
    if (!code) continue;
    // (the next name, with at most "instead", a possessive and title words before it)
    const sent = here.find((sl) => sl.m.tokStart > v && sl.m.tokStart <= v + 8);
    const between = sent ? info.tokens.slice(v + 1, beforeTitle(info, sent.m.tokStart)) : [];
    if (!sent || explicit.has(sent.pid) || !between.every((t) => /^(?:instead|his|her|their|its|the|a|,)$/.test(t.lower))) continue;
    addVote(votes, sent.pid, code, DESCRIPTION);
  }

  // a second title joined to a first one that names its state: "U.S. Secretary of State X and
  // National Security Adviser Y" (not "Russian President X and President Y": the same office
  // twice is two states); so on along a list: "Secretary of State X, Treasury Secretary Y and …"
  infos.forEach((info) => {
    const here = slots.get(info.s.index) ?? [];
    let code: string | null = null;
    for (let k = 1; k < here.length; k++) {
      const [a, b] = [here[k - 1] as Slot, here[k] as Slot];
      const glue = info.tokens[a.m.tokEnd];
      if (!b.m.title || !a.m.head || a.m.title?.toLowerCase() === b.m.title.toLowerCase() || (glue?.lower !== 'and' && glue?.text !== ',') || b.m.tokStart - a.m.tokEnd < 2) {
        code = null;
        continue;
      }
      code ??= a.m.country ?? USUAL_STATE_OF_TITLE[a.m.title?.toLowerCase() ?? ''] ?? null;
      let titleOnly = true;
      // "… and National Security Adviser Y", "… and top diplomat Y"
      for (let t = a.m.tokEnd + 1; t < b.m.tokStart; t++) if (!info.tokens[t]?.cap && !isTitleWord(info.tokens[t]?.lower ?? '')) titleOnly = false;
      // (a body's: "EU Council President X and foreign policy chief Y", not for a state's office: "NATO's chief X and Foreign Minister Y")
      const body = a.m.org && !a.m.country && titleOnly && !explicit.has(b.pid) && !STATE_ONLY_HEADS.has(b.m.head ?? '') ? a.m.org : null;
      if (body) {
        Object.assign(out.get(b.pid) as Affiliation, { country: null, org: body });
        explicit.add(b.pid);
      }
      if (!titleOnly || !code) code = null;
      else if (!explicit.has(b.pid)) addVote(votes, b.pid, code, JOINED_TITLE);
      // (a title naming its own state starts the list again: "…, Russian Foreign Minister Z and Y")
      if (b.m.country) code = b.m.country;
    }
  });

  // one of a list who each stand for a state: "the co-chairs of the commission, X for Thailand and Y for Cambodia",
  // "the three foreign ministers, X of Hungary, Y of Serbia and Z of Slovakia"
  for (const info of infos) {
    for (const sl of slots.get(info.s.index) ?? []) {
      if (explicit.has(sl.pid) || !/^(?:for|of)$/.test(info.tokens[sl.m.tokEnd]?.lower ?? '')) continue;
      const pl = info.places.find((p) => p.refersToState && p.kind !== 'demonym' && p.tokStart === sl.m.tokEnd + 1);
      if (pl && /^(?:,|and|\.|;|\))$/.test(info.tokens[pl.tokEnd]?.lower ?? '.')) descriptionVote(votes, sl.pid, pl.code);
    }
  }

  // the host who invites: "… will pay a visit to Japan at the invitation of Prime Minister X";
  // the host met on a trip: "X will travel to Washington next week to meet President Y"
  infos.forEach((info) => {
    const here = slots.get(info.s.index) ?? [];
    for (const sl of here) {
      if (explicit.has(sl.pid)) continue;
      if (invitedBy(info, sl.m.tokStart)) {
        // "a visit to Japan", "will visit Japan"
        const dest = info.places.find((pl) => pl.refersToState && (info.tokens[pl.tokStart - 1]?.lower === 'to' || VISITS.has(info.tokens[pl.tokStart - 1]?.lower ?? '')));
        if (dest) addVote(votes, sl.pid, dest.code, HOST);
        continue;
      }
      // "He is also scheduled to meet with President Y in Brasilia": the host in his capital
      const inCapital = info.tokens[sl.m.tokEnd]?.lower === 'in' ? info.places.find((pl) => pl.kind === 'capital' && pl.tokStart === sl.m.tokEnd + 1) : undefined;
      if (inCapital && metOnTrip(info, sl.m.tokStart, 0)) {
        const met = here.find((o) => o !== sl && o.m.tokStart < sl.m.tokStart && explicit.has(o.pid));
        if (!met || out.get(met.pid)?.country !== inCapital.code) addVote(votes, sl.pid, inCapital.code, HOST);
        continue;
      }
      const trip = tripDestination(info, sl.m.tokStart);
      // (or the one who receives the traveller there: "X flew to Cotonou, where President Y received him")
      const receiver = !!trip && whereAfter(info.tokens, trip.tokEnd) && RECEIVES.has(info.tokens[sl.m.tokEnd]?.lower ?? '') && /^(?:him|her|them)$/.test(info.tokens[sl.m.tokEnd + 1]?.lower ?? '');
      if (!trip || !(receiver || metOnTrip(info, sl.m.tokStart, trip.tokEnd))) continue;
      // the traveller is someone else, of another state, named before the destination
      const traveller = here.find((o) => o.m.tokStart < trip!.tokStart && explicit.has(o.pid));
      // (none named: "He will take a train to Kyiv, where he is to meet President Y")
      const from = traveller ? out.get(traveller.pid)?.country : undefined;
      // (an intergovernmental body's official travels from no state: "NATO's Secretary General … in Baku, where he met President Y")
      // (a stop told with "where" only: not "a new round was expected in Brussels, with X")
      const ofBody = !!traveller && !from && !!out.get(traveller.pid)?.org && whereAfter(info.tokens, trip.tokEnd);
      if (traveller ? (from && from !== trip.code) || ofBody : true) addVote(votes, sl.pid, trip.code, HOST);
    }
  });

  // the host who receives: "X received Y, who arrived in Astana …", "X welcomed Y to Nairobi"
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    const v = here.length >= 2 ? info.tokens.findIndex((t) => RECEIVES.has(t.lower)) : -1;
    // (also across the host's title in apposition: "Mr. X, Minister of Foreign Affairs, received …")
    const host = v > 0 ? here.find((sl) => (sl.m.tokEnd <= v && sl.m.tokEnd >= v - 2) || appositiveSubject(info, here, sl, v)) : undefined;
    if (!host || explicit.has(host.pid)) continue;
    // (not "received a phone call …"; the place right after the visitor, or where the visitor arrived,
    // or the capital closing the place of the call: "… at the Ministry of Foreign Affairs, Bangkok")
    if (MESSAGES_RECEIVED.test(info.tokens.slice(v + 1, v + 4).map((t) => t.lower).join(' '))) continue;
    const pl = info.places.find(
      (p) =>
        p.tokStart > v && (p.kind === 'capital' || p.refersToState) &&
        ((/^(?:in|to)$/.test(info.tokens[p.tokStart - 1]?.lower ?? '') && (p.tokStart - v <= 8 || goneTo(info, p))) ||
          (p.kind === 'capital' && info.tokens[p.tokStart - 1]?.text === ',' && /^[.;]?$/.test(info.tokens[p.tokEnd]?.text ?? '') && p.tokStart - v <= 40)),
    );
    if (pl) addVote(votes, host.pid, pl.code, HOST);
  }

  // the host of a visitor: "X met … with the Minister of Foreign Affairs of Mongolia, Y, who is on an official
  // visit to the Czech Republic": X is of the state visited
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    if (here.length < 2) continue;
    const toks = info.tokens;
    for (const visitor of here) {
      const w = toks[visitor.m.tokEnd]?.text === ',' && toks[visitor.m.tokEnd + 1]?.lower === 'who' ? visitor.m.tokEnd + 2 : -1;
      if (w < 0 || !/^(?:is|was|are|were)$/.test(toks[w]?.lower ?? '')) continue;
      // ("who is on an official visit to", "who is visiting", "who is in Prague on a visit")
      const to = toks.findIndex((t, k) => k > w && k <= w + 6 && (t.lower === 'visiting' || (t.lower === 'to' && TRIP_NOUNS.has(toks[k - 1]?.lower ?? ''))));
      const pl = to > 0 ? info.places.find((p) => (p.tokStart === to + 1 || (p.tokStart === to + 2 && toks[to + 1]?.lower === 'the')) && (p.kind === 'capital' || p.refersToState)) : undefined;
      const from = out.get(visitor.pid)?.country;
      if (!pl || !explicit.has(visitor.pid) || !from || from === pl.code) continue;
      for (const host of here) if (host.m.tokEnd <= visitor.m.tokStart && !explicit.has(host.pid)) addVote(votes, host.pid, pl.code, HOST);
    }
  }

  // the host who receives, in the passive: "the head of Uruguayan diplomacy was received at the Carondelet
  // Palace by President X": X is of the state the story is set in (a city of the sentence, else the dateline's)
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    const toks = info.tokens;
    // (or "was (then) granted an audience by X")
    const v = here.length
      ? toks.findIndex((t, k) => (t.lower === 'received' || (t.lower === 'granted' && /^(?:an|audience)$/.test(toks[k + 1]?.lower ?? ''))) && /^(?:was|were|been|being|then)$/.test(toks[k - 1]?.lower ?? ''))
      : -1;
    if (v < 0) continue;
    const by = toks.findIndex((t, k) => k > v && k <= v + 8 && t.lower === 'by');
    // (or after a title in apposition: "was received by the Head of Government, Aziz Akhannouch")
    const appositive = (sl: Slot) => sl.m.tokStart > by && sl.m.tokStart <= by + 12 && toks.slice(by + 1, sl.m.tokStart).every((t) => t.cap || t.text === ',' || /^(?:the|of|for|and)$/.test(t.lower));
    const host = by > 0 ? here.find((sl) => beforeTitle(info, sl.m.tokStart) === by || appositive(sl)) : undefined;
    if (!host || explicit.has(host.pid)) continue;
    // (a place the sentence puts the reception in: "was received in Beijing by X", "… by X in Beijing", "In
    // Baghdad, he was received by X", "visited Baghdad and was received by X"; else the dateline's)
    // (not where the visitor came from: "X, who flew in from Nigeria, was received by President Y")
    const placed = (pl: CountryMention) =>
      (pl.kind === 'capital' || pl.refersToState) && toks[pl.tokStart - 1]?.lower !== 'from' && (LOCATIVE.has(toks[pl.tokStart - 1]?.lower ?? '') || /^visit(?:ed|s)?$/.test(toks[pl.tokStart - 1]?.lower ?? ''));
    const at = info.places.find((pl) => pl.tokStart > v && pl.tokEnd <= host.m.tokEnd + 4 && placed(pl)) ?? info.places.filter((pl) => pl.tokEnd <= v && placed(pl)).at(-1);
    const code = at?.code ?? dateline?.country;
    if (code) addVote(votes, host.pid, code, HOST);
  }

  // the host of a gathering in a city: "… their annual summit in Kuala Lumpur on Monday, with host X urging …"
  for (const info of infos) {
    for (const sl of slots.get(info.s.index) ?? []) {
      // (or "the summit host, President X", in the dateline's state when the sentence names no place)
      const k = beforeTitle(info, sl.m.tokStart);
      const hostBefore = info.tokens[sl.m.tokStart - 1]?.lower === 'host' || (info.tokens[k]?.text === ',' && info.tokens[k - 1]?.lower === 'host');
      if (explicit.has(sl.pid) || !hostBefore) continue;
      const code = citiesAfterLocative(info, 1)[0] ?? info.places.find((pl) => pl.refersToState && LOCATIVE.has(info.tokens[pl.tokStart - 1]?.lower ?? ''))?.code ?? dateline?.country;
      if (code) addVote(votes, sl.pid, code, HOST);
    }
  }

  // a sentence opened by its place is a dateline of its own: "In Yerevan, foreign ministry spokeswoman X said …"
  for (const info of infos) {
    const pl = info.places[0];
    const first = (slots.get(info.s.index) ?? [])[0];
    if (!pl || !first || pl.tokStart !== 1 || info.tokens[0]?.lower !== 'in' || info.tokens[pl.tokEnd]?.text !== ',' || pl.kind !== 'capital') continue;
    if (!explicit.has(first.pid)) addVote(votes, first.pid, pl.code, HOST);
  }

  // the first person of the dateline sentence is usually of the dateline's state ("TEHRAN -
  // Defense Minister X said"), unless the sentence places the event in that state
  if (dateline?.country || dateline?.agency) {
    const k = pos.get(dateline.sentence);
    const info = k !== undefined ? infos[k] : undefined;
    // (a person named, not a word of the dateline read as one: "SEOUL, Oct. 27 (Yonhap) -- Minister X")
    const first = (slots.get(dateline.sentence) ?? []).find((s) => s.m.tokStart >= dateline.tokEnd && (s.m.title || s.m.parts.length > 1));
    if (info && first) {
      const located =
        // (not a trip to it: "… during Trump's trip to South Korea this week" in a story from Seoul)
        info.places.some((pl) => pl.tokStart >= dateline.tokEnd && pl.code === dateline.country && (LOCATIVE.has(info.tokens[pl.tokStart - 1]?.lower ?? '') || inSettlementOf(info, pl)) && !goneTo(info, pl)) ||
        (dateline.country !== null && citiesAfterLocative(info, dateline.tokEnd).includes(dateline.country));
      // (a state's news agency reporting from abroad: its own leader is the subject, "Manama (Petra) -- King X …")
      if (dateline.agency && dateline.agency !== dateline.country) addVote(votes, first.pid, dateline.agency, 0.75);
      else if (!located && dateline.country) addVote(votes, first.pid, dateline.country, 0.75);
    }
  }

  // the states the story names (for offices only a few states have), once
  let namedStates: Set<string> | null = null;
  const named = () => (namedStates ??= new Set(infos.flatMap((info) => info.places.filter((pl) => pl.refersToState).map((pl) => pl.code))));
  for (const p of persons) {
    if (explicit.has(p.id)) continue;
    const a = out.get(p.id) as Affiliation;
    const v = votes.get(p.id) ?? new Map<string, number>();
    if (dateline?.country) v.set(dateline.country, (v.get(dateline.country) ?? 0) + DATELINE);
    // titles that name one state's office when they name none ("Secretary of State X")
    // (a prelate's is the Holy See's: "Cardinal X, Secretary of State", "Archbishop Y")
    const prelate = p.mentions.some((m) => m.style === 'cardinal' || m.style === 'archbishop');
    const usual = prelate ? 'VA' : a.title ? (USUAL_STATE_OF_TITLE[a.title.toLowerCase()] ?? officeOfFew(a.title, named())) : undefined;
    if (usual) v.set(usual, (v.get(usual) ?? 0) + 1);
    const not = notState.get(p.id);
    if (not) for (const c of not) v.delete(c);
    // a guess that gives a state a second holder of one office ("Chinese President X … President Y"
    // in a story from Beijing) is wrong: the next guess, or none
    const gate: StateGate = { a, pid: p.id, not, taken: new Map(), out, explicit };
    for (const [c, w] of v) if (w < 1 && taken(gate, c)) v.delete(c);
    // (with no dateline, the state of the paper's web address: "dailynews.co.tz", "econews.pt"; not for a second
    // holder of an office of that state)
    if (!dateline?.country && home && v.size === 0 && !taken(gate, home)) v.set(home, HOME);
    // (the fallbacks below give only a state named as a state and not someone else's title's, `free`, nor one ruled out, `allowed`)
    let bestCode: string | null = null;
    let bestW = 0;
    for (const [c, w] of v) if (w > bestW) [bestCode, bestW] = [c, w];
    if (!bestCode) {
      // nothing near: the sentences around the first mention, then the state the article names most
      const k = pos.get(p.mentions[0]?.sentence ?? -1) ?? -1;
      for (const b of [k - 1, k + 1]) {
        // (a capital too: "The visit drew criticism in Kyiv. President X said …")
        for (const pl of infos[b]?.places ?? []) if (((free(infos[b]!, pl) && allowed(gate, pl.code)) || (pl.kind === 'capital' && allowed(gate, pl.code))) && !roleAfter(infos[b]!, pl.tokEnd) && (v.get(pl.code) ?? 0) + 0.1 > bestW) [bestCode, bestW] = [pl.code, (v.get(pl.code) ?? 0) + 0.1];
        if (bestCode) break;
      }
    }
    // a weak guess that puts someone on the same side as the one they met ("X met Foreign Minister of Mongolia
    // Y"): the other state the story names most
    if (bestCode && bestW < 1 && metSameState(infos, slots, p.id, bestCode, out, explicit)) {
      const other = mostNamed(infos, bestCode);
      if (other && allowed(gate, other)) bestCode = other;
    }
    if (bestCode) {
      a.country = bestCode;
      if (bestW <= DATELINE + 0.1 + 1e-9) a.guessed = true;
    } else if (!a.country && !a.org) {
      // nothing near: the state the article names most (not counting the states of others' titles:
      // "X met Chinese Foreign Minister Y …, India said" → IN for X)
      const freq = new Map<string, number>();
      for (const info of infos) for (const pl of info.places) if (free(info, pl) && allowed(gate, pl.code)) freq.set(pl.code, (freq.get(pl.code) ?? 0) + 1);
      for (const [c, n] of freq) if (n > bestW) [bestCode, bestW] = [c, n];
      a.country = bestCode;
      if (bestCode) a.guessed = true;
    }
  }
  // companions of someone whose state came from the votes: "Erdogan, who attended the summit with Foreign Minister Y"
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    if (here.length < 2 || !info.tokens.some((t) => LIST_OPENERS.has(t.lower))) continue;
    for (const sl of here) {
      if (explicit.has(sl.pid)) continue;
      const verb = companionOf(info, sl.m.tokStart);
      const host = verb >= 0 ? here.filter((o) => o.m.tokEnd <= verb && o.pid !== sl.pid).at(-1) : undefined;
      const ha = host ? out.get(host.pid) : undefined;
      const ca = out.get(sl.pid) as Affiliation;
      // (a guess for the host does not overrule what was said near the companion)
      if (!ha?.country || explicit.has(host!.pid) || (ha.guessed && ca.country && !ca.guessed) || secondHolder(ca.title, ha.country, sl.pid, out, explicit)) continue;
      Object.assign(ca, { country: ha.country, org: null });
      if (!ha.guessed) delete ca.guessed;
    }
  }
  accompanying(infos, slots, persons, out, explicit);
  twoSides(infos, slots, out, explicit);
  theirPair(infos, slots, out, explicit);
  for (const pid of explicit) (out.get(pid) as Affiliation).said = true;
  return out;
}

/**
 * "Foreign Minister Y, who is accompanying the President (President X), …": Y is of the state of the
 * one accompanied, named or the one official with that title.
 */
function accompanying(infos: SentenceInfo[], slots: Map<number, Slot[]>, persons: Person[], out: Map<number, Affiliation>, explicit: Set<number>): void {
  for (const info of infos) {
    const toks = info.tokens;
    // (", who is accompanying", ", who accompanied", ", accompanying")
    const v = toks.findIndex((t) => /^accompan(?:ying|ied|ies)$/.test(t.lower));
    if (v < 0) continue;
    const comma = toks[v - 1]?.text === ',' ? v - 1 : toks[v - 1]?.lower === 'who' ? v - 2 : /^(?:is|was)$/.test(toks[v - 1]?.lower ?? '') && toks[v - 2]?.lower === 'who' ? v - 3 : -1;
    if (comma < 0 || toks[comma]?.text !== ',' || (toks[v]?.lower !== 'accompanying' && toks[v - 1]?.text === ',')) continue;
    const here = slots.get(info.s.index) ?? [];
    const companion = here.filter((sl) => sl.m.tokEnd <= comma).at(-1);
    if (!companion || companion.m.tokEnd !== comma || explicit.has(companion.pid)) continue;
    let host = here.find((sl) => sl.m.tokStart > v && sl.m.tokStart <= v + 3)?.pid;
    if (host === undefined && toks[v + 1]?.lower === 'the') {
      const role = toks[v + 2]?.lower ?? '';
      // (of several, the one the story names most: its protagonist)
      const holders = persons
        .filter((p) => p.id !== companion.pid && (out.get(p.id)?.title ?? '').toLowerCase().split(' ').at(-1) === role && out.get(p.id)?.country)
        .sort((a, b) => b.mentions.length - a.mentions.length);
      if (holders.length === 1 || (holders.length > 1 && holders[0]!.mentions.length > holders[1]!.mentions.length)) host = holders[0]!.id;
    }
    const code = host !== undefined ? out.get(host)?.country : null;
    if (code) Object.assign(out.get(companion.pid) as Affiliation, { country: code, org: null });
  }
}

/**
 * "The two leaders agreed that their foreign ministers, X and Y, would meet": one minister of each
 * leader's state. With X's state known and the leaders of two states, Y is of the other one; with
 * neither known, they follow the order the leaders were named in.
 */
function theirPair(infos: SentenceInfo[], slots: Map<number, Slot[]>, out: Map<number, Affiliation>, explicit: Set<number>): void {
  infos.forEach((info, k) => {
    const here = slots.get(info.s.index) ?? [];
    for (let j = 0; j + 1 < here.length; j++) {
      const [a, b] = [here[j] as Slot, here[j + 1] as Slot];
      const t = info.tokens;
      if (t[a.m.tokStart - 1]?.text !== ',' || t[a.m.tokEnd]?.lower !== 'and' || b.m.tokStart !== a.m.tokEnd + 1) continue;
      const r = a.m.tokStart - 2;
      if (!PLURAL_ROLES.has(t[r]?.lower ?? '')) continue;
      let d = r - 1;
      while (d > 0 && ROLE_MODS.has(t[d]?.lower ?? '')) d--;
      if (t[d]?.lower !== 'their') continue;
      // the leaders "their" refers to: the people with a state of their own in the sentence before and here, in order
      const near = [...(slots.get(infos[k - 1]?.s.index ?? -1) ?? []), ...here.filter((s) => s.m.tokStart < a.m.tokStart)].filter((s) => explicit.has(s.pid));
      const states = [...new Set(near.map((s) => out.get(s.pid)?.country).filter((c): c is string => !!c))];
      if (states.length !== 2) continue;
      const set = (sl: Slot, code: string) => {
        Object.assign(out.get(sl.pid) as Affiliation, { country: code, org: null });
        delete (out.get(sl.pid) as Affiliation).guessed;
      };
      const [ka, kb] = [explicit.has(a.pid), explicit.has(b.pid)];
      const [ca, cb] = [out.get(a.pid)?.country, out.get(b.pid)?.country];
      if (ka && !kb && ca && states.includes(ca)) set(b, states.find((x) => x !== ca)!);
      else if (kb && !ka && cb && states.includes(cb)) set(a, states.find((x) => x !== cb)!);
      // (neither known: in the order the leaders were named)
      else if (!ka && !kb) [set(a, states[0]!), set(b, states[1]!)];
    }
  });
}

/** Does `pid` meet, in a sentence of two people with a meeting verb between them, someone said to be of `code`? */
function metSameState(infos: SentenceInfo[], slots: Map<number, Slot[]>, pid: number, code: string, out: Map<number, Affiliation>, explicit: Set<number>): boolean {
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    const pids = new Set(here.map((s) => s.pid));
    if (pids.size !== 2 || !pids.has(pid)) continue;
    const [a, b] = [here.find((s) => s.pid === pid)!, here.find((s) => s.pid !== pid)!];
    if (!explicit.has(b.pid) || out.get(b.pid)?.country !== code) continue;
    const [x, y] = a.m.tokStart < b.m.tokStart ? [a.m.tokEnd, b.m.tokStart] : [b.m.tokEnd, a.m.tokStart];
    if (info.tokens.slice(x, y).some((t) => SIDE_VERBS.has(t.lower))) return true;
  }
  return false;
}
const SIDE_VERBS = new Set(['met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'talks', 'counterpart', 'homologue', 'called', 'phoned']);

/** The state the story names most, other than `not`, or null. */
export function mostNamed(infos: SentenceInfo[], not: string): string | null {
  const freq = new Map<string, number>();
  for (const info of infos) for (const pl of info.places) if (pl.refersToState && pl.code !== not) freq.set(pl.code, (freq.get(pl.code) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, f] of freq) if (f > n) [best, n] = [c, f];
  return best;
}

/**
 * "… a meeting between Prime Minister X and President Y": two sides. When guesses made both of one
 * state and the story's officials are of just two states, the first named is of the other one.
 * "President X and President Y": one office twice, two states.
 */
function twoSides(infos: SentenceInfo[], slots: Map<number, Slot[]>, out: Map<number, Affiliation>, explicit: Set<number>): void {
  let states: Set<string> | null = null;
  for (const info of infos) {
    const here = slots.get(info.s.index) ?? [];
    for (let k = 0; k + 1 < here.length; k++) {
      const [a, b] = [here[k] as Slot, here[k + 1] as Slot];
      if (explicit.has(a.pid) || explicit.has(b.pid) || info.tokens[a.m.tokEnd]?.lower !== 'and') continue;
      const [fa, fb] = [out.get(a.pid) as Affiliation, out.get(b.pid) as Affiliation];
      // "President X and President Y": one office twice is two states; the one only guessed takes the
      // state the story names most after the other's
      const office = officeOf(a.m.title);
      if (ONE_HOLDER.has(office) && officeOf(b.m.title) === office && fa.country && fa.country === fb.country && (fb.guessed || fa.guessed)) {
        const moved = fb.guessed ? fb : fa;
        const next = mostNamed(infos, fa.country);
        if (next) moved.country = next;
        continue;
      }
      if (info.tokens[beforeTitle(info, a.m.tokStart)]?.lower !== 'between') continue;
      if (!fa.guessed || !fa.country || fa.country !== fb.country) continue;
      states ??= new Set([...explicit].flatMap((pid) => (out.get(pid)?.country ? [out.get(pid)!.country!] : [])));
      const other = [...states].filter((c) => c !== fa.country);
      if (states.size === 2 && states.has(fa.country) && other.length === 1) fa.country = other[0]!;
    }
  }
}

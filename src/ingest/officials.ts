// Person names next to titles: "Russian Foreign Minister Sergey Lavrov",
// "Putin's foreign affairs advisor, Ivan Petrov", "Laura Brennan, assistant secretary for …",
// "his Indian counterpart". Produces name mentions with the title, country or org the text
// ties to them. Untitled person names are kept as candidates (meetings may promote them).
import { cityCountry, findCountryMentions, type CountryMention } from './countries.ts';
import { NATIONAL_AGENCIES, SHORT_FORMS } from './places-supplement.ts';
import type { Sentence } from './sentences.ts';
import { DESCRIPTIVE_LEADS, HEADS, HONORIFICS, ORGS, TITLES_OF_HONOUR, isHead, isHyphenatedHead, isTitleWord, titleCase } from './titles.ts';
import { tokenize, type Token } from './tokens.ts';

/** `NameMention.possessor` for "his deputy X": the possessor is the person "his" refers to. */
export const PRONOUN_POSSESSOR = '#pronoun';

export interface OrgMention {
  code: string;
  tokStart: number;
  tokEnd: number;
}

/** One analysed sentence: tokens, places and bodies found by the cheap passes. */
export interface SentenceInfo {
  s: Sentence;
  tokens: Token[];
  places: CountryMention[];
  orgs: OrgMention[];
}

export type Cue = 'title' | 'possessive-country' | 'whose' | 'under' | 'honorific' | null;

export interface NameMention {
  sentence: number;
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** The name as written, without title or possessive. */
  text: string;
  parts: string[];
  cue: Cue;
  title: string | null;
  head: string | null;
  country: string | null;
  org: string | null;
  /** Name of a person whose role this is ("Putin's advisor"), for the country. */
  possessor: string | null;
  /** Token ranges (in the sentence) of places/orgs used for this person's title. */
  usedPlaces: number[];
  /** A style of royalty or religion written right before the name ("Prince", "Sheikh"), lower case. */
  style?: string;
  /** The plural role right before the name ("Presidents X and Y": "presidents"), which the name after "and" shares. */
  pluralOf?: string;
}

/** Styles that tell apart two people of one given name ("Prince Faisal" beside "Ambassador Faisal X"). */
const NAME_STYLES = new Set(['prince', 'princess', 'sheikh', 'shaikh', 'sheikha', 'king', 'queen', 'emir', 'amir', 'sultan', 'sayyid', 'crown', 'cardinal', 'archbishop']);

export const PARTICLES = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'de', 'del', 'della', 'da', 'das', 'dos', 'du', 'van', 'von', 'der', 'den',
  'la', 'le', 'di', 'y', 'abu', 'ben', 'ter', 'zu', 'e',
  // Malay "binti", Azerbaijani and Central Asian patronymics ("Elchin Bakhtiyar oglu Huseynli")
  'binti', 'binte', 'oglu', 'ogly', 'qizi', 'kyzy', 'uulu', 'ugli',
]);

/** Nouns a state is called by after "the" in a role's tail ("Ambassador to the Kingdom X"): part of the title. */
const STATE_NOUNS = new Set(['kingdom', 'republic', 'sultanate', 'emirate', 'emirates']);

/** Regions a role may be for ("Minister for Europe X", "Special Envoy for Africa Y"): part of the title. */
const REGIONS = new Set(['europe', 'asia', 'africa', 'americas', 'oceania', 'caribbean', 'balkans', 'caucasus', 'sahel', 'levant', 'maghreb']);

// Capitalised words that do not belong in a person's name (headline words, bodies, times).
const NAME_STOP = new Set(
  (
    'the a an and or of on in at to for with from by as is are was were be says said meets meet met talks visit visits ' +
    'holds held calls call urges warns after before over amid new news press agency ministry department office ' +
    'council assembly court union organization organisation committee party palace house summit conference bank fund ' +
    'forces army guard guards corps police commission government republic kingdom state states islands island airport ' +
    'university institute street square road day war initiative agreement treaty accord plan programme program ' +
    'project channel twitter facebook instagram telegram youtube times post journal herald tribune daily weekly ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december covid coronavirus security stability group team delegation embassy ' +
    'mission ministry headquarters region province city county district centre center hall hotel museum ' +
    'president minister prime secretary general chief leader spokesman ambassador envoy photo image video read ' +
    'watch more latest breaking update live exclusive analysis opinion editorial copyright reuters afp ap ' +
    'xinhua tass sputnik bbc cnn also but this that these those it its their his her our we they you i ' +
    'north south east west eastern western northern southern middle pacific atlantic indian arctic ' +
    'catholic islamic muslim christian jewish orthodox sunni shia declaration statement report resolution ' +
    'protocol convention charter act law bill order decree sanctions regime dam port bridge station ' +
    'festival games cup championship olympics expo forum dialogue partnership framework strategy vision ' +
    'air force navy ocean sea gulf strait lake river delta basin mountain desert valley peninsula continent world global ' +
    'international national federal central foreign prize award medal order trust foundation company corporation ' +
    'inc ltd group holdings media network television radio tv service services system administration directorate ' +
    'career authority issues warning guest people peoples during following despite under while since when until ' +
    'control line border bureau politburo secretariat parliament congress senate cabinet agency shoal shoals reef ' +
    'reefs atoll archipelago canal plateau heights avenue boulevard stadium cathedral mosque temple representatives ' +
    'rail railway railways link pipeline highway expressway ' +
    'deputies commons lords delegates wisma industries aerospace motors airlines airways systems technologies ' +
    'electronics brigade division regiment battalion fleet session sessions summits building unit assistance plus ' +
    'countries neighbouring neighboring meeting meetings consultation consultations exchange exchanges community ' +
    'officer officers mechanism later earlier meanwhile afterwards subsequently separately ' +
    // portfolios and bodies ("Vice Minister of Exploration of Hydrocarbons", "the Czech Geological Survey")
    'exploration hydrocarbons petroleum mines mining fisheries agriculture tourism infrastructure ' +
    'telecommunications geological survey commerce transport education health healthcare environment energy culture planning ' +
    // things with proper names ("the Abraham Accords", "Operation Shujaa", "the ASEAN Power Grid", "the Lobito
    // Corridor", "the Stability and Growth Pact", "Credential Letters", "the East ASEAN Growth Area", the ECOWAS "Authority of Heads of State", "São Bento" and "Saint James's" palaces, "St Vincent", "Maximos Mansion"), and words that open a sentence ("Both …", "What …", "Neither …")
    'accords pact operation grid corridor gorge letters association rights sovereignty series both what castle ' +
    'ceremonial hurricane typhoon cyclone storm board area zone neither heads são saint st mansion accompanying ' +
    // (a news agency: "(Prensa Latina)")
    'prensa ' +
    // (a body's or a treaty's subject, "High Commissioner for Refugees", "Agreement on Transboundary Haze Pollution"; a
    // headline's verbs in capitals, "X Receives Phone Call")
    'refugees pollution receives phone ' +
    // (bodies' and portfolios' own words: "Guinean Customs", "the Yacyretá Binational Entity", "the High-Level Panel", "Center
    // for Strategic Studies", "Export Promotion", "Humanitarian Action", "Crisis and Disaster Management", "Supply Commodities")
    'customs entity panel studies promotion action crisis commodities ' +
    // (buildings and squares named in Spanish: "Casa Presidencial", "Plaza Independencia")
    'casa plaza ' +
    // (an agreement's name: "the ASEAN Five-Point Consensus")
    'consensus ' +
    // (a question's opening auxiliary: "Could Netanyahu and … meet soon?", explainers' subheads; a storm's "Category Five")
    'could would should did does might must shall why how where which category ' +
    [...REGIONS].join(' ')
  ).split(' '),
);

/** A capitalised word that cannot be part of a person's name ("Summit", "Monday", "Meets"). */
export function isNameStopWord(lower: string): boolean {
  return NAME_STOP.has(lower);
}

// Forms of address of religious scholars, after which a title word is a given name ("Mawlawi Amir Khan Muttaqi").
const SCHOLARS = new Set(['mawlawi', 'maulvi', 'maulana', 'mawlana', 'mullah']);

// Words that are titles and also common given names.
const GIVEN_NAME_TITLES = new Set(['amir', 'emir', 'sultan']);

// Lower-case nouns after which a single capitalised word is a modifier, not a person
// ("Donetsk regional administration", "Moscow city government").
const ATTRIBUTIVE_HEADS = new Set([
  'region', 'regional', 'province', 'provincial', 'oblast', 'district', 'city', 'municipal', 'administration',
  'authorities', 'government', 'officials', 'embassy', 'ministry', 'people', 'forces', 'army', 'troops', 'state',
  'county', 'governorate', 'area', 'border', 'side', 'prison', 'jail', 'camp', 'airport', 'port', 'university',
]);

/** Words for a part of a state after its name ("Bac Ninh province", "Sool region"). */
const PLACE_HEADS = new Set(['province', 'provinces', 'region', 'oblast', 'district', 'county', 'governorate', 'prefecture', 'municipality']);
/** Lower-case words for a street after its name ("on J. Tumo-Vaižganto street"); in capitals they are no name words. */
const STREET_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'square', 'lane']);

/** The first word of a month of the Hijri calendar ("Rabi' II", "Jumada al-Akhirah", "Dhu al-Hijjah"). */
const HIJRI_MONTH = /^(?:muharram|safar|rabi['’]?|jumad[ai]h?|rajab|sha['’]?ban|ramadh?an|shawwal|dhu|thul)$/;

/** Military ranks written before a name ("the General X", "Brigadier General Y"). */
const MILITARY_RANK = /^(?:general|colonel|admiral|marshal|brigadier|lieutenant|major|commander)$/;

/** Possessive pronouns before a role: "his deputy Mikhail Orlov" takes the state of the person "his" refers to. */
export const POSS_PRONOUNS = new Set(['his', 'her', 'their']);
/** Roles that do not share the possessor's state. */
export const OTHER_SIDE_HEADS = new Set(['counterpart', 'counterparts', 'homologue', 'homologues', 'host', 'guest', 'rival', 'opponent', 'successor', 'predecessor']);

/** Given names written short with a point, as initials are: "Md. X" (Mohammad), "Mohd. Y" (Mohamad), "Ma. Z" (María). */
const SHORT_GIVEN_NAMES = new Set(['Md', 'Mohd', 'Muhd', 'Mhd', 'Sto', 'Sta', 'Ma']);

const isInitial = (t: Token | undefined, next: Token | undefined) =>
  !!t && t.word && t.cap && (t.text.length === 1 || SHORT_GIVEN_NAMES.has(t.text)) && next?.text === '.';
/**
 * Initials written as one token before a name word, with a space between ("Foreign Minister N.P. Saud"; "L.G.Horváth"
 * is read as before, by its surname), when no place ("U.S.") or form of address ("H.E.") is so written.
 */
const dottedInitials = (info: SentenceInfo, j: number): boolean =>
  DOTTED_INITIALS.test(info.tokens[j]?.text ?? '') && !HONORIFICS.has(info.tokens[j]!.lower.slice(0, -1)) && isNameWord(info.tokens[j + 1]) && info.tokens[j + 1]!.start > info.tokens[j]!.end && !info.places.some((p) => p.tokStart === j);
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Initials with no dots after a role, before a name word: "Prime Minister K P Sharma Oli", "External Affairs Minister
 * S Jaishankar" (not "A", "I": words; nor Myanmar's "U", a form of address).
 */
const NOT_INITIALS = new Set(['A', 'I', 'U']);
function isBare(t: Token | undefined): boolean {
  return !!t && t.word && t.text.length === 1 && t.upper && !NOT_INITIALS.has(t.text);
}
function bareInitialAt(tokens: Token[], j: number): boolean {
  if (!isBare(tokens[j]) || tokens[j + 1]?.text === '.') return false;
  let k = j;
  while (k > 0 && isBare(tokens[k - 1])) k--;
  let e = j + 1;
  while (isBare(tokens[e])) e++;
  const next = tokens[e];
  return e - k <= 3 && isTitleWord(tokens[k - 1]?.lower ?? '') && !!next && isNameWord(next) && !next.upper && !isTitleWord(next.lower);
}

function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (!t.cap) {
    // "al-Sudani", "bin-Salman": the hyphen sits at index 2 or 3 (length first: reading past
    // the end of a short word is slow in V8)
    const x = t.text;
    return x.length > 3 && (x.charCodeAt(2) === 45 || x.charCodeAt(3) === 45) && /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ben)-\p{Lu}/u.test(x);
  }
  // all-caps words are acronyms or headlines, not names ("NATO", "MARVIN"); the Irish "Ó" is a name's
  // ("Seán Ó Briain")
  return !t.upper || t.text === 'Ó';
}

// First word of each body's name → the name lengths (in tokens) that start with it, longest first.
const ORG_FIRST = new Map<string, number[]>();
for (const k of Object.keys(ORGS)) {
  const n = tokenize(k).length;
  const w0 = (tokenize(k)[0] as Token).text;
  const lens = ORG_FIRST.get(w0) ?? [];
  if (!lens.includes(n)) lens.push(n);
  ORG_FIRST.set(w0, lens.sort((a, b) => b - a));
}

function findOrgs(tokens: Token[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) continue;
    let hit: OrgMention | null = null;
    for (const n of ORG_FIRST.get(t.text) ?? []) {
      if (hit || n > tokens.length - i) continue;
      let surface = '';
      for (let k = i; k < i + n; k++) surface += (k > i ? ' ' : '') + (tokens[k] as Token).text;
      const code = ORGS[surface];
      if (code) hit = { code, tokStart: i, tokEnd: i + n };
    }
    // (not a style: "HE Minister of Foreign Affairs X", "HH the Amir"; nor any state's "MFA")
    if (!hit && t.upper && /^[A-Z]{2,6}$/.test(t.text) && !(t.text in SHORT_FORMS) && !(t.text in NATIONAL_AGENCIES) && !NOT_BODIES.has(t.text) && isHead(tokens[i + 1]?.lower ?? '')) {
      hit = { code: t.text, tokStart: i, tokEnd: i + 1 };
    }
    // "the UN nuclear watchdog", "the U.N. refugee agency": the UN body the words describe
    if (hit?.code === 'UN') {
      const two = `${tokens[hit.tokEnd]?.lower ?? ''} ${tokens[hit.tokEnd + 1]?.lower ?? ''}`;
      const body = UN_BODIES[two];
      if (body) hit = { code: body, tokStart: hit.tokStart, tokEnd: hit.tokEnd + 2 };
    }
    if (hit) {
      out.push(hit);
      i = hit.tokEnd - 1;
    }
  }
  return out;
}

/**
 * Upper-case words before a role that name no body: styles ("HE", "HH", "HRH"), any state's foreign
 * ministry ("FO" is a foreign office) and a first word in capitals, as some papers open a story: "PRIME Minister X".
 */
const NOT_BODIES = new Set(['HE', 'HH', 'HM', 'HRH', 'HIM', 'MFA', 'MOFA', 'FM', 'PM', 'EAM', 'DPM', 'FO', 'PRIME', 'FOREIGN', 'DEPUTY', 'VICE']);

/** UN bodies named by what they do, after "UN": "UN nuclear watchdog chief X". */
const UN_BODIES: Record<string, string> = {
  'nuclear watchdog': 'IAEA', 'atomic watchdog': 'IAEA', 'refugee agency': 'UNHCR', 'health agency': 'WHO',
  'food agency': 'WFP', 'cultural agency': 'UNESCO',
};

/** Tokenise a sentence and run the cheap gazetteer passes. */
export function analyseSentence(s: Sentence): SentenceInfo {
  const tokens = tokenize(s.text, s.start);
  const orgs = findOrgs(tokens);
  // org acronyms are not countries ("UN" is never the state)
  const found = findCountryMentions(tokens);
  const places = orgs.length === 0 ? found : found.filter((p) => !orgs.some((o) => p.tokStart >= o.tokStart && p.tokStart < o.tokEnd));
  return { s, tokens, places, orgs };
}

type Kind = 'place' | 'org' | 'head' | 'mod' | 'fn' | 'cap' | 'poss' | 'other';

interface Classified {
  kind: Kind;
  /** For multi-token places/orgs: where the unit starts/ends. */
  uStart: number;
  uEnd: number;
  place?: CountryMention;
  org?: OrgMention;
}

const FN = new Set(['of', 'for', 'to', 'the', 'and', 'at', 'in', 'on', '&']);

function classify(info: SentenceInfo, i: number): Classified {
  const t = info.tokens[i];
  // (past the sentence's end: nothing)
  if (!t) return { kind: 'other', uStart: i, uEnd: i + 1 };
  for (const place of info.places) if (i >= place.tokStart && i < place.tokEnd) return { kind: 'place', uStart: place.tokStart, uEnd: place.tokEnd, place };
  for (const org of info.orgs) if (i >= org.tokStart && i < org.tokEnd) return { kind: 'org', uStart: org.tokStart, uEnd: org.tokEnd, org };
  if (t.poss && t.cap) return { kind: 'poss', uStart: i, uEnd: i + 1 };
  if (HEADS.has(t.lower)) return { kind: 'head', uStart: i, uEnd: i + 1 };
  // (a hyphenated one ending in a role noun: "Vice-Minister", "Deputy-Governor")
  if (isTitleWord(t.lower)) return { kind: isHyphenatedHead(t.lower) ? 'head' : 'mod', uStart: i, uEnd: i + 1 };
  if (FN.has(t.lower)) return { kind: 'fn', uStart: i, uEnd: i + 1 };
  if (t.cap && t.word) return { kind: 'cap', uStart: i, uEnd: i + 1 };
  return { kind: 'other', uStart: i, uEnd: i + 1 };
}

interface Phrase {
  from: number;
  to: number; // exclusive
  units: Classified[];
  stopWord: string | null;
}

/** Adjectives that open a portfolio's words: "… and International Partnerships". */
const PORTFOLIO_ADJECTIVES = new Set(['international', 'regional', 'national', 'african', 'european', 'asian', 'arab', 'economic', 'digital', 'social', 'public', 'foreign']);

/**
 * Does the run of capitals at `at` continue a role's portfolio: right after "Minister of" ("… for"),
 * or after "and" or a comma that follow capitals back to it ("Minister of Energy and …")?
 */
function portfolioAt(tokens: Token[], at: number): boolean {
  let k = at - 1;
  const glue = tokens[k]?.lower;
  if (glue === 'and' || glue === ',') {
    k--;
    while (k > 0 && k > at - 10 && (tokens[k]?.cap || tokens[k]?.lower === 'and' || tokens[k]?.text === ',' || tokens[k]?.lower === 'the')) k--;
  } else if (glue === 'the' && (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'for')) {
    k--;
  } else if (glue !== 'of' && glue !== 'for') {
    return false;
  }
  return roleGlue(tokens, k) || roleChainGlue(tokens, k);
}

/**
 * Is the "of"/"for" at `k` the last of a role's chain of bodies ("Chair of the Council of Ministers of",
 * "Commissioner of the European Union for the", "chief of State Service for")? Back over capitalised
 * words, "the", "of" and "for" to a role's own "of"/"for".
 */
function roleChainGlue(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j > 0 && j >= k - 8; j--) {
    const t = tokens[j] as Token;
    if ((t.lower === 'of' || t.lower === 'for') && roleGlue(tokens, j)) return true;
    if (!(t.cap || t.lower === 'the' || t.lower === 'of' || t.lower === 'for')) return false;
  }
  return false;
}

/** Is token `k` the "of"/"for" after a role that opens its portfolio ("Minister of", "Secretary of State for")? */
function roleGlue(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'for') return false;
  const head = tokens[k - 1]?.lower === 'state' && tokens[k - 2]?.lower === 'of' ? k - 3 : k - 1;
  const w = tokens[head]?.lower ?? '';
  // (a hyphenated one too: "Vice-Minister of")
  return HEADS.has(w) || isHyphenatedHead(w);
}

/** Words that are no portfolio's noun: verbs' forms, adverbs, function words and numbers ("head of state wished …", "successor of relations between …"). */
const NOT_PORTFOLIO = /(?:ed|ing|ly)$|^(?:between|with|within|without|from|into|onto|over|under|about|after|before|during|against|among|through|toward|towards|upon|than|one|two|three|four|five|some|many|much|more|most|every|each|other|another|such|same|this|that|these|those|their|his|her|its|our|your|which|whose|where|when|while|who|whom)$/;
/** A company's (or outlet's) kind, which its name follows: "the state nuclear corporation Rosatom". */
const COMPANY_NOUNS = /^(?:corporation|company|firm|group|agency|bank|fund|holding|giant|operator|conglomerate|enterprise|producer|maker|utility|carrier|airline|network|newspaper|broadcaster|channel|organisation|organization)$/;
/**
 * Is token `i` a lower-case word of a role's portfolio: after "for" or "of" right after a role, with only lower-case
 * words and "and" between ("undersecretary for ports and waterways", "minister of state for fisheries")?
 */
function lowerPortfolioAt(tokens: Token[], i: number): boolean {
  for (let k = i; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k] as Token;
    if (k < i && (t.lower === 'for' || t.lower === 'of')) return roleGlue(tokens, k);
    // (nouns only: not "the head of state wished the ambassadors …", "the successor of relations between …")
    if (t.lower === 'and' ? k === i : !t.word || t.cap || t.text.length < 3 || NOT_PORTFOLIO.test(t.lower) || TAIL_STOP.test(t.lower)) return false;
    // (nor a company's kind before its name: "the head of the state nuclear corporation Rosatom")
    if (k === i && COMPANY_NOUNS.test(t.lower)) return false;
  }
  return false;
}

/** Heads that end a whole title alone ("President X", "Prime Minister X"), so that "the envoy of" before them is no part of it. */
const FULL_TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir', 'sultan']);

/** "Ambassador of Kyrgyzstan" (or "… to Mongolia") just before token `i`. */
function envoyOfStateBefore(info: SentenceInfo, i: number): boolean {
  const pl = info.places.find((p) => p.tokEnd === i);
  const w = pl ? info.tokens[pl.tokStart - 1]?.lower : undefined;
  return !!pl && (w === 'of' || w === 'to') && envoyRoleEndsAt(info.tokens, pl.tokStart - 2);
}

/** An envoy's role noun (or mission) ending at token `k`: "ambassador", "High Commissioner", "Consul General", "chargé d'affaires", "embassy". */
function envoyRoleEndsAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (ENVOY_HEADS.has(w)) return true;
  const prev = tokens[k - 1]?.lower ?? '';
  // (or the mission's: "the chargé d'affaires of the Brazilian embassy in Lima, X")
  return (w === 'commissioner' && prev === 'high') || (w === 'general' && prev === 'consul') || w === "d'affaires" || w === 'd’affaires' || w === 'embassy';
}

/**
 * The units read so far (right to left) after the "in" at `i` name an envoy's post: a place, or a city of no state's
 * name ("the ambassador of Brazil in La Paz, X").
 */
function postAfter(info: SentenceInfo, i: number, rev: Classified[]): boolean {
  if (rev.length === 1 && rev[0]?.kind === 'place') return true;
  return rev.length >= 1 && rev.length <= 3 && rev.every((u) => u.kind === 'cap') && !!cityCountry(info.tokens.slice(i + 1, rev[0]!.uEnd).map((x) => x.text).join(' '));
}

/** Is the comma at `i` one between a portfolio's words, after a role's "of"/"for" ("Minister of Investment, Industry …")? */
function portfolioComma(info: SentenceInfo, i: number): boolean {
  let j = i - 1;
  // (a body's name among them too: "Minister of Foreign Affairs, European Union and Cooperation")
  // (and a capitalised word of no title gazetteer here and there: "Minister for National Health Services, Regulations
  // and Coordination"; not two in a row, a name: "the Minister of Defence, Téné Birahima Ouattara, Special Emissary")
  let caps = 0;
  while (j >= 0 && i - j <= 6) {
    const t = info.tokens[j] as Token;
    const kind = classify(info, j).kind;
    caps = kind === 'cap' ? caps + 1 : 0;
    if (caps > 1 || !(t.text === ',' || t.lower === 'and' || kind === 'mod' || kind === 'org' || kind === 'cap')) break;
    j--;
  }
  if (caps > 1) return false;
  return j < i - 1 && roleGlue(info.tokens, j);
}

const QUOTES = new Set(['"', '“', '”']);

/** Does a quotation open within the few tokens before `at`, with nothing but capitals and places between? */
function quoteOpensBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = tokens[k] as Token;
    if (QUOTES.has(t.text)) return true;
    if (!t.cap && t.text !== '-') return false;
  }
  return false;
}

/** A unit that is a whole title by itself: "President", "Minister", "King". */
function wholeTitle(info: SentenceInfo, u: Classified): boolean {
  return u.kind === 'head' && FULL_TITLES.has(info.tokens[u.uStart]?.lower ?? '');
}

/** Walk left from `end` (exclusive) over title material. */
function scanLeft(info: SentenceInfo, end: number): Phrase {
  const rev: Classified[] = []; // right to left
  let i = end - 1;
  let stopWord: string | null = null;
  while (i >= 0 && end - i <= 16) {
    const t = info.tokens[i] as Token;
    if (t.text === '.' && (HONORIFICS.has(info.tokens[i - 1]?.lower ?? '') || info.tokens[i - 1]?.text === 'M')) {
      i -= 2;
      continue;
    }
    // (a form of address without its dot right before the name: "WHO Representative in Pakistan Dr X")
    if (rev.length === 0 && i === end - 1 && t.cap && HONORIFICS.has(t.lower) && !HEADS.has(t.lower)) {
      i--;
      continue;
    }
    if (t.text === ')') {
      // skip a short parenthesis: "United Nations (UN) Secretary General"
      let j = i - 1;
      while (j >= 0 && i - j <= 4 && info.tokens[j]?.text !== '(') j--;
      if (j >= 0 && info.tokens[j]?.text === '(') {
        i = j - 1;
        continue;
      }
      break;
    }
    let c = classify(info, i);
    // a portfolio's words in lower case: "undersecretary for ports and waterways X"
    if (c.kind === 'other' && lowerPortfolioAt(info.tokens, i)) c = { kind: 'mod', uStart: i, uEnd: i + 1 };
    // a comma inside a portfolio: "Minister of Investment, Industry and Trade X"
    // (after capitalised words too when a list's "and" is among them: "…, Regulations and Coordination X"; not a given
    // name alone: "the Minister of External Relations, Lejeune X")
    const capList = rev.at(-1)?.kind === 'cap' && rev.some((u) => info.tokens[u.uStart]?.lower === 'and');
    if (t.text === ',' && (rev.at(-1)?.kind === 'mod' || rev.at(-1)?.kind === 'org' || capList) && portfolioComma(info, i)) c = { kind: 'fn', uStart: i, uEnd: i + 1 };
    // "the Ambassador of Kyrgyzstan in Ulaanbaatar X": an envoy's post after the state sending him
    // (or right after the envoy's role: "Hungarian Ambassador in Addis Ababa X", "High Commissioner in Kuala Lumpur X")
    const envoyPost = t.lower === 'in' && postAfter(info, i, rev) && (envoyOfStateBefore(info, i) || envoyRoleEndsAt(info.tokens, i - 1));
    if (c.kind === 'other' || (c.kind === 'fn' && /^(?:in|at|on|with)$/.test(t.lower) && !envoyPost)) {
      stopWord = t.lower;
      break;
    }
    // "Italian Prime Minister Sara Conti and French President Luc Morel": a name before "and"
    // ends the title of the second person
    // (not a portfolio's word: "Minister for Europe and Foreign Affairs, X")
    // (and "a meeting between the President and Cardinal X": the president is the other side)
    // (also after the first person's state: "Chancellor Karl X of Austria and President of the Commission Y")
    const before = i > 0 ? classify(info, i - 1) : null;
    const nameOfState = before?.kind === 'place' && info.tokens[before.uStart - 1]?.lower === 'of' && classify(info, before.uStart - 2).kind === 'cap';
    // (a surname that is a state's name too: "Prime Minister Luís Montenegro and Spanish Prime Minister Y")
    const placeSurname = before?.kind === 'place' && before.uEnd - before.uStart === 1 && classify(info, before.uStart - 1).kind === 'cap' && isNameWord(info.tokens[before.uStart - 1]) && !portfolioAt(info.tokens, before.uStart - 1);
    if (t.lower === 'and' && i > 0 && ((before?.kind === 'cap' && !portfolioAt(info.tokens, i - 1)) || nameOfState || placeSurname || (info.tokens[i - 2]?.lower === 'the' && info.tokens[i - 3]?.lower === 'between'))) {
      stopWord = 'and';
      break;
    }
    // ("a message from President X to the Prime Minister of Haiti, Y": a name before "to the" ends Y's title)
    // (also right before the name: "the visit of President X to Kyoto", where "Kyoto" is no place of the gazetteer)
    if (t.lower === 'to' && before?.kind === 'cap' && isNameWord(info.tokens[i - 1]) && !portfolioAt(info.tokens, i - 1)) {
      stopWord = 'to';
      break;
    }
    // "as the special envoy of Prime Minister X", "adviser to President X": the role before is someone else's
    // ("… a message from X of Somalia to HH the Amir Sheikh Y": a whole title after "to", not
    // "Assistant to the President for Homeland Security X")
    if (c.kind === 'fn' && ((t.lower === 'of' || t.lower === 'to') && rev[0] && wholeTitle(info, rev[0]) && rev.every((u) => u.kind === 'head' || u.kind === 'mod') || (t.lower === 'to' && rev.some((u) => wholeTitle(info, u) && !/^(?:for|of|and)$/.test(info.tokens[u.uEnd]?.lower ?? ''))))) {
      stopWord = t.lower;
      break;
    }
    rev.push(c);
    i = c.uStart - 1;
    if (c.kind === 'poss') break;
    if (c.kind === 'place' && info.tokens[c.uEnd - 1]?.poss) break;
  }
  // trim the left edge to title material
  while (rev.length && (rev.at(-1)?.kind === 'fn' || rev.at(-1)?.kind === 'cap')) rev.pop();
  const units = rev.reverse();
  return { from: units[0]?.uStart ?? end, to: end, units, stopWord };
}

const CHOSEN_FOR = new Set(['choice', 'pick', 'nominee', 'candidate']);

/** ", in the person of Y" from token `at`: the name before it is the one Y stands for ("the envoy of President X, in the person of Y"). */
export function inThePersonOf(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'in' && tokens[at + 2]?.lower === 'the' && tokens[at + 3]?.lower === 'person' && tokens[at + 4]?.lower === 'of';
}

/**
 * The sender's own office in "the special envoy of the President of Malawi, X, in the person of Y": the last role
 * of the phrase before the comma at `comma`, with its state.
 */
function senderReading(info: SentenceInfo, comma: number): Reading | null {
  const r = readPhrase(info, scanLeft(info, comma));
  if (!r?.head) return r;
  let k = comma - 1;
  while (k >= 0 && !HEADS.has(info.tokens[k]?.lower ?? '')) k--;
  const head = info.tokens[k];
  return head ? { ...r, title: head.text.charAt(0).toUpperCase() + head.text.slice(1), head: head.lower } : r;
}

/** Walk right from `start` over title material (appositive after a comma). */
function scanRight(info: SentenceInfo, start: number): Phrase {
  const units: Classified[] = [];
  let i = start;
  while (i < info.tokens.length && i - start < 16) {
    // "X, Reed's choice for national security adviser": the office chosen for
    if (CHOSEN_FOR.has(info.tokens[i]?.lower ?? '') && info.tokens[i + 1]?.lower === 'for' && units.at(-1)?.kind === 'poss') {
      i += 2;
      continue;
    }
    const c = classify(info, i);
    if (c.kind === 'other') break;
    // ("X, the Uruguayan Omar Y and the Bolivian chancellor Z": a name after the state, another person's list item)
    if (c.kind === 'cap' && units.at(-1)?.kind === 'place' && classify(info, c.uEnd).kind === 'cap') break;
    units.push(c);
    i = c.uEnd;
  }
  while (units.length && units[0]?.kind === 'fn') units.shift();
  while (units.length && (units.at(-1)?.kind === 'fn')) units.pop();
  return { from: units[0]?.uStart ?? start, to: units.at(-1)?.uEnd ?? start, units, stopWord: null };
}

interface Reading {
  title: string | null;
  head: string | null;
  country: string | null;
  org: string | null;
  possessor: string | null;
  used: number[];
}

/** A place unit of the phrase that is a portfolio's ("… for Sudan", "… for American and European Affairs"), no state of the holder. */
function inPortfolio(info: SentenceInfo, p: Phrase, u: Classified): boolean {
  const before = info.tokens[u.uStart - 1]?.lower;
  // (a "for" inside the title, not before it: "a weekend for Singapore Prime Minister X")
  if (u.uStart - 1 <= p.from) return false;
  return before === 'for' || (before === 'and' && p.units.some((v) => v.kind === 'place' && v.uEnd === u.uStart - 1 && info.tokens[v.uStart - 1]?.lower === 'for'));
}

function readPhrase(info: SentenceInfo, p: Phrase): Reading | null {
  const headIdx = p.units.findIndex((u) => u.kind === 'head' && !info.tokens[u.uStart]?.poss);
  const first = p.units[0];
  if (!first) return null;
  let possessor: string | null = null;
  let country: string | null = null;
  let org: string | null = null;
  const used: number[] = [];
  // places: the first one not introduced by "to"/"in", else the first one
  // (not a portfolio: "Director General for American and European Affairs", "Special Envoy for Sudan")
  const places = p.units.filter((u) => u.kind === 'place' && u.place?.refersToState !== undefined && !inPortfolio(info, p, u));
  for (const u of p.units) if (u.kind === 'place' && inPortfolio(info, p, u)) used.push(u.uStart);
  const good = places.filter((u) => !['to', 'in'].includes(info.tokens[u.uStart - 1]?.lower ?? ''));
  // "Ambassador to Japan X": the state an envoy is sent to is not the envoy's own (nor a vote for it)
  const envoy = headIdx >= 0 && envoyRoleEndsAt(info.tokens, (p.units[headIdx] as Classified).uStart);
  // (nor the one of the post: "the Ambassador in Bern X", of no state named)
  const hostOnly = envoy && good.length === 0 && places.length > 0 && ['to', 'in'].includes(info.tokens[(places[0] as Classified).uStart - 1]?.lower ?? '');
  const placeUnit = hostOnly ? undefined : (good[0] ?? places[0]);
  if (hostOnly) used.push((places[0] as Classified).uStart);
  // (a body among a portfolio's words is no body of the holder: "Minister of Foreign Affairs, European Union and Cooperation")
  const headAt = headIdx >= 0 ? (p.units[headIdx] as Classified).uStart : Infinity;
  const orgUnit = p.units.find((u) => u.kind === 'org' && !(u.uStart > headAt && /^(?:,|and)$/.test(info.tokens[u.uStart - 1]?.lower ?? '')));
  if (placeUnit?.place) {
    country = placeUnit.place.code;
    used.push(placeUnit.uStart);
  }
  if (orgUnit?.org && (!placeUnit || orgUnit.uStart < placeUnit.uStart)) {
    org = orgUnit.org.code;
    country = null;
  }
  const possUnit = p.units.find((u) => u.kind === 'poss');
  if (possUnit && !country && !org) possessor = info.tokens[possUnit.uStart]?.text ?? null;
  if (headIdx < 0) {
    if (!country && !org) return null;
    return { title: null, head: null, country, org, possessor, used };
  }
  // title words: from the first head/modifier to the end, minus trailing "of PLACE"
  let a = p.units.findIndex((u) => u.kind === 'head' || u.kind === 'mod');
  let b = p.units.length;
  while (b > a && p.units[b - 1]?.kind !== 'head' && p.units[b - 1]?.kind !== 'mod' && p.units[b - 1]?.kind !== 'cap') b--;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const u = p.units[k] as Classified;
    if ((u.kind === 'place' || u.kind === 'org' || u.kind === 'poss') && k < headIdx) continue;
    for (let j = u.uStart; j < u.uEnd; j++) {
      const w = (info.tokens[j] as Token).text;
      // (a portfolio's comma stays on its word: "Minister of Investment, Industry and Trade")
      if (w === ',' && words.length) words[words.length - 1] += ',';
      else words.push(w);
    }
  }
  a = 0;
  const head = (info.tokens[p.units[headIdx]?.uStart ?? 0] as Token).lower;
  const kept = titleWords(words);
  return { title: kept.length ? titleCase(kept) : null, head, country, org, possessor, used };
}

/** Forms of address after the role are no part of it. */
const ADDRESS = new Set(['his', 'her', 'excellency', 'highness', 'majesty', 'royal', 'h.e', 'dr', 'mr', 'mrs', 'ms', 'hon', 'sheikh', 'sheikha', 'prince', 'princess', 'shri', 'smt', 'shrimati', ...TITLES_OF_HONOUR]);

/**
 * A title without the forms of address written after the role: "Crown Prince and Prime Minister
 * His Royal Highness Prince" → "Crown Prince and Prime Minister", "Foreign Minister Prince" →
 * "Foreign Minister" ("Crown Prince" keeps its prince).
 */
function titleWords(words: string[]): string[] {
  // ("veteran Foreign Minister": the description of the holder goes)
  let start = 0;
  while (start < words.length - 1 && DESCRIPTIVE_LEADS.has((words[start] as string).toLowerCase())) start++;
  if (start > 0) words = words.slice(start);
  let end = words.length;
  const his = words.findIndex((w, k) => k > 0 && (w === 'His' || w === 'Her') && ADDRESS.has(words[k + 1]?.toLowerCase() ?? ''));
  if (his > 0) end = his;
  while (end > 1 && ADDRESS.has((words[end - 1] as string).toLowerCase().replace(/\.$/, '')) && (words[end - 2] as string).toLowerCase() !== 'crown') end--;
  return end === words.length ? words : words.slice(0, end);
}

/** The word tokens of [a, b). */
/** Are tokens [a, b) all plain capitalised words (no title, place or body)? */
function allCaps(info: SentenceInfo, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (classify(info, k).kind !== 'cap') return false;
  return true;
}

function wordsIn(tokens: Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k < b; k++) if ((tokens[k] as Token).word) out.push(tokens[k] as Token);
  return out;
}

// Months that are also surnames, kept as the last word of a name after a role.
const MONTH_SURNAMES = new Set(['may', 'june', 'august']);

// Stop words that are also given names, kept inside a name after a role.
const INNER_NAME_WORDS = new Set(['shia', 'sunni']);

// Surnames spelt like English function words (Vietnamese Tô, Korean/Vietnamese An), and given names
// spelt like stop words: a name only where a role noun stands right before them and a name word
// follows ("President To Lam", "Chancellor Christian Weber", "Ambassador Said Al-Harthi").
// (and given names spelt like months: "Foreign Minister January Makamba", "President April Santos")
const FIRST_NAME_STOP_WORDS = new Set(['to', 'an', 'christian', 'said', 'january', 'april', 'june', 'august']);

/** A form of address right before a name ("Mr", "Dr", "Sheikh"; not "his"/"her", which may start "his April visit"). */
function addressedBy(t: Token | undefined): boolean {
  const w = (t?.lower ?? '').replace(/\.$/, '');
  return ADDRESS.has(w) && w !== 'his' && w !== 'her';
}

/** A word that cannot be part of a name: a stop word, or a title word (unless it is the given name kept). */
function hasStopWord(nameToks: Token[], givenName: Token | undefined, afterRole: boolean, titled = afterRole): boolean {
  for (const [k, t] of nameToks.entries()) {
    if (k === 0 && titled && nameToks.length > 1 && FIRST_NAME_STOP_WORDS.has(t.lower)) continue;
    // a particle inside the name ("de" of "de facto" is also a title word); after a role, a
    // stop word that is also a given name inside a longer name ("Mohammed Shia al-Sudani")
    // (or before an "Al-" surname: "Prime Minister of the Republic of Iraq Mohammed Shia Al-Sudani")
    // (and a lower-case "de" opening a surname after a role: "Foreign Secretary de la Fuente")
    if ((k > 0 || (titled && t.lower === 'de' && !t.cap)) && k < nameToks.length - 1 && (PARTICLES.has(t.lower) || (INNER_NAME_WORDS.has(t.lower) && (afterRole || /^(?:al|el)-/i.test(nameToks[k + 1]?.text ?? ''))))) continue;
    // a middle initial ("Enrique A. Manalo"), not the article "a"
    if (k > 0 && k < nameToks.length - 1 && t.text.length === 1 && t.upper) continue;
    // a word after a particle is a name even when spelt like a stop word ("Shihab bin Tarik Al Said")
    if (k > 0 && PARTICLES.has(nameToks[k - 1]!.lower) && nameToks[k - 1]!.lower.length <= 3 && t.cap && !isTitleWord(t.lower)) continue;
    // a surname spelt like a month, after a role and a given name ("Prime Minister Theresa May")
    if (k > 0 && k === nameToks.length - 1 && afterRole && MONTH_SURNAMES.has(t.lower)) continue;
    if (NAME_STOP.has(t.lower) || (isTitleWord(t.lower) && t !== givenName)) return true;
  }
  return false;
}

/** A title right before the comma at `comma`: its role noun ("minister,") or its state ("… Minister of Afghanistan,"). */
function titleBeforeComma(info: SentenceInfo, comma: number): boolean {
  if (HEADS.has(info.tokens[comma - 1]?.lower ?? '')) return true;
  const pl = info.places.find((p) => p.tokEnd === comma);
  return !!pl && info.tokens[pl.tokStart - 1]?.lower === 'of';
}

/** After "is", "was", "has been" or "had been" at `at`, the next token's index; else -1. */
function beenAt(tokens: Token[], at: number): number {
  const w = tokens[at]?.lower;
  if (w === 'is' || w === 'was') return at + 1;
  // ("X serves as …", "X has served as …")
  if ((w === 'serves' || w === 'served') && tokens[at + 1]?.lower === 'as') return at + 2;
  if ((w === 'has' || w === 'had') && tokens[at + 1]?.lower === 'served' && tokens[at + 2]?.lower === 'as') return at + 3;
  return (w === 'has' || w === 'had') && tokens[at + 1]?.lower === 'been' ? at + 2 : -1;
}

/** Short forms of address, which end no name ("… Holy Places Dr. X"). */
const ADDRESS_ABBREVIATIONS = /^(?:mr|mrs|ms|dr|prof|hon|amb|engr?)\.?$/;

/** Days and months, which follow a name but are no part of it ("King Abdullah II Tuesday received …"). */
const WEEKDAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Roman numerals of monarchs and popes. */
const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/** "JD", "AJ": two capital letters, a pair of initials when a role stands before and a name after. */
function isBareInitials(t: Token | undefined): boolean {
  return !!t && /^[A-Z]{1,2}$/.test(t.text);
}

/** Royal styles that are no office of government: "Prince X, Minister of Foreign Affairs". */
const ROYAL_STYLES = new Set(['prince', 'princess']);

/** Verbs that give a person an office: "appointed X as …". */
const APPOINTING = /^(?:appointed|appoints|appoint|named|names|name|nominated|nominates|nominate|designated|designates|confirmed|installed|elected|re-elected|reappointed|tapped|picked|chose|chosen)$/;

/** Offices sent to another state: "Ambassador to Japan", "Special Envoy to Ukraine". */
const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'emissary', 'representative', 'consul', 'consul-general', 'chargé', 'charge', 'attaché', 'attache']);

/** Offices that only states hold. */
const STATE_OFFICES = new Set(['minister', 'ambassador', 'envoy', 'premier']);

/** Words before a city: a run of capitalised words after them that names a city is no person. */
const CITY_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'via', 'visited', 'visiting', 'visit', 'visits']);

/** Time words that may open an appositive role: "X, now a deputy national security adviser,". */
const APPOSITIVE_TIME = new Set(['now', 'currently', 'then', 'formerly', 'previously', 'still']);

/** Punctuation that closes an appositive name ("…, Ivan Petrov, said"). */
const CLOSERS = new Set([',', '.', ';', ':', ')']);

/** ", the Paraguayan foreign minister": a comma at `at`, then a role noun within six words (or "as" and an office of state). */
function appositiveRole(tokens: Token[], at: number): boolean {
  // (or the office held "as": "with Luís Montenegro as prime minister")
  if (tokens[at]?.lower === 'as') return officeAs(tokens, at);
  if (tokens[at]?.text !== ',') return false;
  for (let k = at + 1; k < at + 7 && k < tokens.length; k++) if (HEADS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * A surname in capitals before the given name, as Japanese and some other ministries write names
 * ("Mr. IWAYA Takeshi", "Prime Minister KISHIDA Fumio"), or right after a title ("Minister IWAYA"):
 * three letters or more, no body, acronym or place.
 */
function upperSurname(info: SentenceInfo, i: number): boolean {
  if (!capsNameWord(info, i)) return false;
  const next = info.tokens[i + 1];
  const before = info.tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  const prev = (info.tokens[before]?.lower ?? '').replace(/\.$/, '');
  // (after a form of address or a role: not an agency's or a company's capitals, "BERNAMA Wires", "CEO Jamie")
  const addressed = HONORIFICS.has(prev) || HEADS.has(prev);
  const given = !!next && next.cap && !next.upper && isNameWord(next) && !NAME_STOP.has(next.lower) && !isTitleWord(next.lower);
  // ("Minister MBELLA MBELLA took note": a surname of two words in capitals)
  const afterTitle = HEADS.has(prev) && (!(next?.cap && next.word) || (capsNameWord(info, i + 1) && !(info.tokens[i + 2]?.cap && info.tokens[i + 2]!.word)));
  return addressed && (given || afterTitle);
}

/** Do the capitals from `at` on end the name (no name word in mixed case after them)? */
function capsEndName(tokens: Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.upper && tokens[k]!.word) k++;
  return !isNameWord(tokens[k]);
}

/** A word in capitals that can be (part of) a surname: three letters or more, no body, acronym, agency or place. */
function capsNameWord(info: SentenceInfo, i: number): boolean {
  const t = info.tokens[i];
  if (!t?.upper || t.text.length < 3 || !/^\p{Lu}[\p{Lu}'-]+$/u.test(t.text) || t.text in SHORT_FORMS || t.text in NATIONAL_AGENCIES || t.text in ORGS || NOT_BODIES.has(t.text)) return false;
  // (nor a role)
  if (isTitleWord(t.lower) || HONORIFICS.has(t.lower)) return false;
  return !info.places.some((p) => p.tokStart <= i && p.tokEnd > i) && !info.orgs.some((o) => o.tokStart <= i && o.tokEnd > i);
}

/** "his chief of staff X" / "his chief of staff, X": of the state of the one "his" refers to (sets the reading's possessor). */
function ofPronoun(r: Reading | null, stopWord: string | null | undefined): void {
  if (r?.head && !r.country && !r.org && !r.possessor && POSS_PRONOUNS.has(stopWord ?? '') && !OTHER_SIDE_HEADS.has(r.head)) r.possessor = PRONOUN_POSSESSOR;
}

/** "the Brazilian Mauro X": a demonym after "the", right before the name at `a`. */
function demonymBefore(info: SentenceInfo, a: number): boolean {
  const c = classify(info, a - 1);
  return c.kind === 'place' && c.place?.kind === 'demonym' && c.uEnd === a && info.tokens[c.uStart - 1]?.lower === 'the';
}

/** Find person-name mentions in an analysed sentence. */
export function findNameMentions(info: SentenceInfo): NameMention[] {
  const { tokens } = info;
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i] as Token;
    // punctuation and numbers never start a name (both tests below need a word)
    if (!t0.word || (!isNameWord(t0) && !isInitial(t0, tokens[i + 1]) && !dottedInitials(info, i) && !(t0.upper && upperSurname(info, i)) && !bareInitialAt(tokens, i))) {
      i++;
      continue;
    }
    // collect the run of name words (with particles and initials inside)
    const runStart = i;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (isInitial(t, tokens[j + 1])) {
        j += 2;
        continue;
      }
      if (dottedInitials(info, j) || bareInitialAt(tokens, j)) {
        j++;
        continue;
      }
      if (isNameWord(t) || (j === runStart && t.upper && upperSurname(info, j))) {
        j++;
        if (t.poss) break;
        continue;
      }
      // a regnal number after a name: "King Abdullah II", "Pope Leo XIV" (and the name it is inside of:
      // "King Carl XVI Gustaf")
      if (j > runStart && t.upper && REGNAL.test(t.text) && isNameWord(tokens[j - 1])) {
        j++;
        if (isNameWord(tokens[j]) && !tokens[j]!.upper && !tokens[j - 1]!.poss && !isNameStopWord(tokens[j]!.lower) && !WEEKDAY_OR_MONTH.test(tokens[j]!.lower)) continue;
        break;
      }
      // a surname in capitals after the given names, as francophone ministries write them ("Lejeune
      // MBELLA MBELLA", "Sergey Viktorovich LAVROV", "Jean-Yves LE DRIAN"), or its second word ("Minister MBELLA MBELLA"); not a
      // place's ("the Lao PDR") nor a word before other names ("Northbank Capital CEO Mark X")
      if (j > runStart && !tokens[j - 1]!.poss && (isNameWord(tokens[j - 1]) || tokens[j - 1]!.upper) && !REGNAL.test(t.text) && !info.places.some((p) => p.tokEnd === j) && (capsNameWord(info, j) || (t.upper && PARTICLES.has(t.lower) && capsNameWord(info, j + 1))) && capsEndName(tokens, j)) {
        j++;
        continue;
      }
      // initials without points inside a name: "Retno LP Marsudi" (not an acronym: "the EU", "US"; not "HE" for His Excellency)
      if (j > runStart && /^[A-Z]{2}$/.test(t.text) && t.text !== 'HE' && isNameWord(tokens[j - 1]) && !tokens[j - 1]!.poss && !(t.text in SHORT_FORMS) && !(t.text in ORGS) && !(t.text in NATIONAL_AGENCIES)) {
        const next = tokens[j + 1];
        if (next && isNameWord(next) && !next.upper && !isNameStopWord(next.lower) && !isTitleWord(next.lower) && !HONORIFICS.has(next.lower.replace(/\.$/, ''))) {
          j++;
          continue;
        }
      }
      // "bin Salman", "von der Leyen", "de la Fuente": particles (one or two) before a name word
      if (PARTICLES.has(t.lower) && j > runStart && (isNameWord(tokens[j + 1]) || (PARTICLES.has(tokens[j + 1]?.lower ?? '') && isNameWord(tokens[j + 2])))) {
        j++;
        continue;
      }
      break;
    }
    const runEnd = j;
    i = Math.max(runEnd, i + 1);
    // strip titles, honorifics, places and bodies from the front
    let a = runStart;
    let honorific = false;
    let givenName = -1;
    while (a < runEnd) {
      const c = classify(info, a);
      const low = (tokens[a] as Token).lower;
      // the French "M." (Monsieur) before a full name ("M. Abdoulaye DIOP"); not an initial before
      // another ("M. K. Stalin")
      if (tokens[a]?.text === 'M' && tokens[a + 1]?.text === '.' && (tokens[a + 2]?.text.length ?? 0) > 1 && tokens[a + 3]?.text !== '.' && runEnd - a >= 4) {
        a += 2;
        honorific = true;
        continue;
      }
      if (c.kind === 'place' || c.kind === 'org') {
        if (c.uEnd > runEnd) break;
        // "Defence Minister Israel Stern", "President Sofia Vaitkus": after a role noun, a one-word place
        // with a single name word after it is the given name
        // (or after a form of address or a title word, with one to three name words after it: "His Excellency Advocate Duma Gideon Boko"; not a demonym,
        // "the chancellor Bolivian Celinda Sosa")
        const before = tokens[a - 1]?.lower ?? '';
        const given = (HEADS.has(before) && runEnd - a === 2) || ((HONORIFICS.has(before) || isTitleWord(before)) && runEnd - a >= 2 && runEnd - a <= 4 && c.place?.kind !== 'demonym');
        if (c.kind === 'place' && c.uEnd === a + 1 && given && allCaps(info, a + 1, runEnd)) {
          givenName = a;
          break;
        }
        a = c.uEnd;
        continue;
      }
      // ("Foreign Secretary de la Fuente": "de" opens the name, as no title's "de facto")
      if (low === 'de' && a > runStart && tokens[a + 1]?.lower !== 'facto') break;
      if (HONORIFICS.has(low) || isTitleWord(low) || REGIONS.has(low) || STATE_NOUNS.has(low)) {
        // "Defense Minister Amir Karimi": after a role noun, a word that is also a given name
        // starts the name when only one name word would be left otherwise
        // (or after a scholar's form of address: "the Acting Foreign Minister, Mawlawi Amir Khan Muttaqi"; not "His
        // Majesty Sultan X")
        // (or "Amir" in apposition to a title, before two name words or more: "the acting foreign minister, Amir Khan
        // Muttaqi"; not "…, Amir Sheikh X")
        // (or after a title's state: "the Acting Foreign Minister of Afghanistan, Amir Khan Muttaqi")
        const afterTitleComma = low === 'amir' && tokens[a - 1]?.text === ',' && titleBeforeComma(info, a - 1) && !HONORIFICS.has(tokens[a + 1]?.lower ?? '') && runEnd - a >= 3;
        if (GIVEN_NAME_TITLES.has(low) && a > 0 && (HEADS.has((tokens[a - 1] as Token).lower) || SCHOLARS.has((tokens[a - 1] as Token).lower) || afterTitleComma) && runEnd - a >= 2) {
          givenName = a;
          break;
        }
        if (HONORIFICS.has(low)) honorific = true;
        a++;
        continue;
      }
      // "Later Sandu was received by …": an adverb opening the sentence ("When X accepted …": a conjunction)
      if (a === runStart && (a === 0 || tokens[a - 1]?.text === ',' || (a === 1 && OPEN_QUOTE.test(tokens[0]?.text ?? ''))) && LEAD_ADVERBS.has(low) && runEnd - a >= 2) {
        a++;
        continue;
      }
      // "On Monday Stoltenberg was in Tbilisi": the day of a phrase of time before the name
      // (also opening the sentence, its preposition inside the run: "On Monday Stoltenberg …")
      if (a === runStart && WEEKDAYS.has(low) && TIME_PREPS.has(tokens[a - 1]?.lower ?? '') && runEnd - a >= 2) {
        a++;
        continue;
      }
      if (a === 0 && TIME_PREPS.has(low) && WEEKDAYS.has(tokens[1]?.lower ?? '') && runEnd - a >= 3) {
        a += 2;
        continue;
      }
      // ("By Margus X, Minister of Foreign Affairs": a byline)
      if (a === 0 && low === 'by' && runEnd - a >= 3) {
        a++;
        continue;
      }
      // "the head of the Presidential Council Mohamed X": a body's last word after title words, two name words after it
      if (BODY_ENDS.has(low) && a > runStart && runEnd - a >= 3) {
        a++;
        continue;
      }
      break;
    }
    // "Minister of Energy and Minerals Hilal X", "Minister of Mines and Geology Y", "Minister Delegate for
    // Francophonie and International Partnerships Z": in a role's portfolio (after its "of"/"for", an
    // "and" or a comma), the first other word is the portfolio's, and a lone one before "and" is no person
    if (givenName < 0 && portfolioAt(tokens, runStart) && (a === runStart || wordsIn(tokens, runStart, a).every((t) => PORTFOLIO_ADJECTIVES.has(t.lower)))) {
      // (not after a comma: "the chairperson of the Commission, Moussa X Y" is the name in apposition)
      if (runEnd - a >= 3 && classify(info, a).kind === 'cap' && tokens[runStart - 1]?.text !== ',') {
        a++;
        // ("… and Human Mobility Ana Vela", "Minister of Civil Service Hun Many": the portfolio's other words too)
        // (and a rank after it: "Union Minister for Border Affairs Lt-Gen X Y Z")
        while (runEnd - a > 2 && (isTitleWord((tokens[a] as Token).lower) || NAME_STOP.has((tokens[a] as Token).lower) || HONORIFICS.has((tokens[a] as Token).lower))) a++;
      } else if (runEnd - a === 1 && (tokens[runEnd]?.lower === 'and' || tokens[runEnd]?.text === ',')) continue;
      // ("Minister of the Popular Power for Foreign Relations": words of the portfolio before more of it)
      else if (a === runStart && runEnd - a <= 2 && (tokens[runEnd]?.lower === 'for' || tokens[runEnd]?.lower === 'of')) continue;
    }
    // a role noun inside the run ends the title part ("Russia Foreign Minister Lavrov"); the
    // last word is never stripped ("Chan Sen": "sen" is also an abbreviation of senator)
    for (let k = runEnd - 2; k > a; k--) {
      const low = (tokens[k] as Token).lower;
      // an honorific that is no role noun leaves a single last name as part of a longer name
      // ("Hassan Sheikh Mohamud")
      // and so does a body of a role before two name words ("Chairman of the Federation Council Valentina X")
      if (HEADS.has(low) || ((HONORIFICS.has(low) || (BODY_ENDS.has(low) && a < k)) && !PARTICLES.has(low) && runEnd - k > 2)) {
        a = k + 1;
        break;
      }
    }
    // "received in the Apostolic Palace Félix X Y": a building's name before two name words or more
    // (or a body's: "Senior Secretary of the Power Division Nasrin X Y")
    for (let k = runEnd - 3; k >= a; k--) {
      if (BUILDING_ENDS.has((tokens[k] as Token).lower) || (k > a && BODY_UNIT_ENDS.has((tokens[k] as Token).lower))) {
        a = k + 1;
        break;
      }
    }
    if (a >= runEnd) continue;
    // two capital initials written without dots after a role ("Vice President JD Vance")
    // (or after a form of address: "Foreign Minister Dr AK Abdul Momen")
    // (not Myanmar's "Mr" before two name words or more: "Foreign Minister U Than Swe"; "U Thant" keeps it)
    if (a === runStart && a >= 2 && isBareInitials(tokens[a - 1]) && !(tokens[a - 1]?.text === 'U' && runEnd - a >= 2) && (isTitleWord((tokens[a - 2] as Token).lower) || HONORIFICS.has((tokens[a - 2] as Token).lower)) && classify(info, a - 1).kind === 'cap') a--;
    // "Minister of Foreign Affairs and Human Mobility of …": more of the title, not a person
    if (a === runStart && tokens[a - 1]?.lower === 'and' && isTitleWord(tokens[a - 2]?.lower ?? '') && tokens[runEnd]?.lower === 'of') continue;
    // the name itself: no stop words, no places inside
    const nameToks = wordsIn(tokens, a, runEnd);
    // (particles aside: "Mohammed bin Salman bin Abdulaziz Al Saud" is seven words)
    if (nameToks.length === 0 || nameToks.length > 9 || nameToks.filter((t) => !PARTICLES.has(t.lower)).length > 6) continue;
    // ("Lebanese Foreign and Emigrants Minister Dr. X": a form of address alone is no name)
    if (nameToks.every((t) => HONORIFICS.has(t.lower))) continue;
    // (nor words ending in one: "… Islamic Affairs and Holy Places Dr. X")
    if (nameToks.length > 1 && ADDRESS_ABBREVIATIONS.test(nameToks.at(-1)?.lower ?? '')) continue;
    // "[Hanbando Ilbo = Reporter Kim Min-ji] Foreign Minister X …": a byline in brackets
    if (inBylineBrackets(tokens, a)) continue;
    // "Mohamad, also known as Tok Mat, …": another name of the one just named, not another person
    if (tokens[a - 1]?.lower === 'as' && tokens[a - 2]?.lower === 'known') continue;
    const afterRole = HEADS.has(tokens[a - 1]?.lower ?? '');
    // (a month as a given name in apposition too: "…, January Makamba", and after a form of address: "Mr January Makamba")
    // (and a stop word inside a longer name after a form of address too: "the Prime Minister Mr. Mohammed Shia al-Sudani")
    const addressed = addressedBy(tokens[a - 1]) || (tokens[a - 1]?.text === '.' && addressedBy(tokens[a - 2]));
    // (a given name spelt like a month after a long title too: "Minister for Foreign Affairs and East African Cooperation January X")
    // (or in apposition to a role noun: "our foreign minister, January X, met …")
    const longTitle = () => FIRST_NAME_STOP_WORDS.has(nameToks[0]?.lower ?? '') && nameToks.length > 1 && (scanLeft(info, a).units.some((u) => u.kind === 'head') || (tokens[a - 1]?.text === ',' && HEADS.has(tokens[a - 2]?.lower ?? '')));
    if (hasStopWord(nameToks, tokens[givenName], afterRole || addressed, afterRole || (tokens[a - 1]?.text === ',' && !!tokens[a - 2]?.cap) || addressed || longTitle())) continue;
    // "President Santiago Montenegro", "Santiago Montenegro, the Paraguayan foreign minister": next to a role, a
    // one-word place after a given name is the surname
    // (after two to four name words too: "Brazil's ambassador to Argentina, Júlio da Rocha Lima, met …")
    const lastPlace = givenName < 0 && runEnd - a >= 2 && runEnd - a <= 5 && (runEnd - a === 2 || !tokens[runEnd - 1]?.poss) && info.places.some((p) => p.tokStart === runEnd - 1 && p.tokEnd === runEnd);
    // (or in apposition after it: "The Prime Minister, Luís Montenegro, receives …")
    // (also after a title naming its state: "The Prime Minister of Portugal, Luís Montenegro, …")
    const roleComma = tokens[a - 1]?.text === ',' && tokens[runEnd]?.text === ',' && (HEADS.has(tokens[a - 2]?.lower ?? '') || (lastPlace && scanLeft(info, a - 1).units.some((u) => u.kind === 'head')));
    // (not a place gone to: "his first trip to Latin America as head of government")
    const placeSurname = lastPlace && (afterRole || roleComma || (appositiveRole(tokens, runEnd) && !PLACE_PREPS.has(tokens[a - 1]?.lower ?? ''))) && classify(info, a).kind === 'cap' ? runEnd - 1 : -1;
    if (info.places.some((p) => p.tokStart !== givenName && p.tokStart !== placeSurname && p.tokStart < runEnd && p.tokEnd > a)) continue;
    if (info.orgs.some((o) => o.tokStart < runEnd && o.tokEnd > a)) continue;
    // ("the Minister of Foreign Affairs II, X": the number of a second minister of one portfolio)
    if (nameToks.every((t) => REGNAL.test(t.text))) continue;
    if (nameToks.length === 1 && !tokens[runEnd - 1]?.poss && ATTRIBUTIVE_HEADS.has(tokens[runEnd]?.lower ?? '')) continue;
    // ("visited Bac Ninh province": a place of two words or more before a word for a part of a state)
    if (!tokens[runEnd - 1]?.poss && PLACE_HEADS.has(tokens[runEnd]?.lower ?? '')) continue;
    // ("on J. Tumo-Vaižganto street": a street named after a person is a place)
    if (!tokens[runEnd - 1]?.poss && STREET_HEADS.has(tokens[runEnd]?.text ?? '')) continue;
    // ("Riyadh, Rabi' II 30, 1447": a month of the Hijri calendar before or after its day)
    if (HIJRI_MONTH.test(nameToks[0]?.lower ?? '') && (/^\d{1,2}$/.test(tokens[runEnd]?.text ?? '') || /^\d{1,2}$/.test(tokens[a - 1]?.text ?? ''))) continue;
    // "to open the \"DPRK-China Friendship Year\"": the end of a quoted name is an event's, not a person's
    if (QUOTES.has(tokens[runEnd]?.text ?? '') && quoteOpensBefore(tokens, runStart)) continue;
    // "the Union for the Mediterranean": a lone word after "for the" / "of the" names a place or a body
    // (and one between "the" and "of", or after "of" and a word of a body's name: "the Committee for the Transition
    // and the Restoration of Institutions")
    if (nameToks.length === 1 && a === runStart && tokens[a - 1]?.lower === 'the' && (tokens[a - 2]?.lower === 'for' || tokens[a - 2]?.lower === 'of' || tokens[runEnd]?.lower === 'of')) continue;
    // (also after a region's word: "Regional Director for the Eastern Mediterranean")
    if (nameToks.length === 1 && a === runStart + 1 && /^(?:eastern|western|northern|southern|central|east|west|north|south)$/.test(tokens[runStart]?.lower ?? '') && tokens[runStart - 1]?.lower === 'the' && /^(?:for|of)$/.test(tokens[runStart - 2]?.lower ?? '')) continue;
    // ("the initiative \"100 Million Healthy Lives\"": a name never follows a number)
    if (a === runStart && /^\d[\d,.]*$/.test(tokens[a - 1]?.text ?? '')) continue;
    if (nameToks.length === 1 && a === runStart && tokens[a - 1]?.lower === 'of' && tokens[a - 2]?.cap && tokens[a - 2]?.word && !isTitleWord(tokens[a - 2]!.lower) && !info.places.some((p) => p.tokEnd === a - 1)) continue;
    // "BRUSSELS, July 16 (Eurasia Wire) -": the agency after a dateline's date, not a person
    // (or right after a dateline's city in capitals: "MOGADISHU (Horn Observer) -")
    if (a === runStart && a < 12 && tokens[a - 1]?.text === '(' && tokens[runEnd]?.text === ')' && (/^\d{1,4}$/.test(tokens[a - 2]?.text ?? '') || (a <= 4 && !!tokens[a - 2]?.upper && (tokens[a - 2]?.text.length ?? 0) >= 3))) continue;
    // ("by the port of Arica", "the city of Mersin": a city of one word)
    if (a === runStart && nameToks.length === 1 && tokens[a - 1]?.lower === 'of' && /^(?:port|city|town|capital)$/.test(tokens[a - 2]?.lower ?? '') && cityCountry(nameToks[0]!.text)) continue;
    // "in La Paz", "to Sao Paulo", "visited Los Angeles": a city, not a person
    // (one word too after a role, which would make it a titled person: "took the President to Cotonou")
    if (a === runStart && (nameToks.length > 1 || HEADS.has(tokens[a - 2]?.lower ?? '')) && CITY_PREPS.has(tokens[a - 1]?.lower ?? '') && cityCountry(nameToks.map((t) => t.text).join(' '))) continue;
    const lastTok = tokens[runEnd - 1] as Token;
    const start = (tokens[a] as Token).start;
    const end = lastTok.poss ? lastTok.start + lastTok.text.length : lastTok.end;
    const text = info.s.text.slice(start - info.s.start, end - info.s.start);
    const parts = nameToks.map((t) => t.text);
    const styleWord = (tokens[a - 1] as Token | undefined)?.lower;
    // (one literal of one shape, the rare style added after: a conditional spread in the literal built
    // each mention property by property)
    const m: NameMention = {
      sentence: info.s.index,
      tokStart: a,
      tokEnd: runEnd,
      start,
      end,
      text,
      parts,
      cue: null,
      title: null,
      head: null,
      country: null,
      org: null,
      possessor: null,
      usedPlaces: [],
    };
    if (styleWord && NAME_STYLES.has(styleWord)) m.style = styleWord;
    let whose = false;
    // title on the left (through the stripped prefix)
    let reading: Reading | null = null;
    const left = scanLeft(info, a);
    // "the head of Petrenko's office": the role is the office's head's, not the possessor's
    const ownerOfOffice = !!lastTok.poss && tokens[a - 1]?.lower === 'of';
    // "the special envoy of the President of Malawi, Dr X, in the person of Y": the envoy's title is Y's; X is the one who sent Y
    const sender = inThePersonOf(tokens, runEnd);
    if (left.stopWord !== 'whose' && !ownerOfOffice && !sender) reading = readPhrase(info, left);
    if (sender && tokens[addressStart(tokens, runStart) - 1]?.text === ',') reading = senderReading(info, addressStart(tokens, runStart) - 1);
    ofPronoun(reading, left.stopWord);
    // "Nigeria's Minister of Foreign Affairs, Ambassador X": the diplomatic rank as a form of address after the office,
    // which is the title
    if (reading?.head === 'ambassador' && left.units.length === 1 && tokens[left.from - 1]?.text === ',') {
      const l0 = scanLeft(info, left.from - 1);
      const r0 = l0.stopWord === 'whose' ? null : readPhrase(info, l0);
      if (r0?.head && FULL_TITLES.has(r0.head)) reading = r0;
    }
    // (a post-nominal may come first: "…, Hon. Pat Conroy MP, at his office")
    const postNominal = POST_NOMINALS.test(tokens[runEnd]?.text ?? '') ? 1 : 0;
    const closes = !tokens[runEnd + postNominal] || CLOSERS.has(tokens[runEnd + postNominal]?.text ?? '');
    // (a form of address may come first: "the Emir of Kuwait, Sheikh X")
    const lead = addressStart(tokens, runStart);
    if ((!reading || !reading.head) && !sender && tokens[lead - 1]?.text === ',' && addressStart(tokens, a) <= runStart && closes) {
      // "Putin's foreign affairs advisor, Ivan Petrov" ("the President of Sri Lanka, H.E. Mr. X")
      const l2 = scanLeft(info, lead - 1);
      const r2 = l2.stopWord === 'whose' ? null : readPhrase(info, l2);
      if (r2?.head) {
        // ("his country's ambassador in Quito, X": the state of the one "his" refers to)
        const headAt = l2.units.find((u) => u.kind === 'head')?.uStart ?? -1;
        reading = !r2.country && !r2.org && countryOfPronoun(tokens, headAt) ? { ...r2, possessor: PRONOUN_POSSESSOR } : r2;
        ofPronoun(reading, l2.stopWord);
      } else {
        // "Chile's permanent envoy to the UN agencies in Geneva, Ana X": the role before its tail
        const head = roleBeforeTail(info, lead - 1);
        const r3 = head >= 0 ? readPhrase(info, scanLeft(info, head + 1)) : null;
        // (a state's or a body's: not "a spokesman for the company in Vienna, X")
        if (r3?.head && (r3.country || r3.org)) reading = r3;
        // "his country's ambassador in Quito, X": the state of the one "his" refers to
        else if (r3?.head && countryOfPronoun(tokens, head)) reading = { ...r3, country: null, possessor: PRONOUN_POSSESSOR };
        // "the Secretary-General of the ministry in Vienna, X": a role in a body of state, of a state told elsewhere
        else if (r3?.head && tokens.slice(head + 1, lead - 1).some((t) => STATE_BODIES.has(t.lower))) reading = r3;
      }
    }
    // ("his Guinean counterpart, the General X": a rank of no state before the name, the state of the
    // role in apposition before it)
    const rankStart = tokens[runStart - 1]?.lower === 'the' ? runStart - 1 : runStart;
    if (reading?.head && MILITARY_RANK.test(reading.head) && !reading.country && !reading.org && a > runStart && tokens[rankStart - 1]?.text === ',') {
      const l3 = scanLeft(info, rankStart - 1);
      const r3 = l3.stopWord === 'whose' ? null : readPhrase(info, l3);
      if (r3?.head && OTHER_SIDE_HEADS.has(r3.head) && r3.country) reading = { ...reading, country: r3.country, used: [...reading.used, ...r3.used] };
    }
    const after = tokens[runEnd];
    // (a royal style alone on the left gives way to an office in apposition: "Prince X, Minister of Foreign Affairs, …")
    const styleOnly = !!reading?.head && ROYAL_STYLES.has(reading.head) && !reading.org;
    // (or a sentence saying who the person opening it is: "X is Malawi's Minister of Foreign Affairs.", an author's note)
    // (or "has been", after a label: "INTERVIEW | X has been Tanzania's High Commissioner to Kenya since last year.")
    const opens = runStart === 0 || (runStart === 2 && tokens[1]?.text === '|' && !!tokens[0]?.upper);
    // (any length after "has served as": "X has served as Bangladesh's ambassador to Myanmar since 2023, a posting …")
    const whoAt = opens && tokens.at(-1)?.text === '.' && (tokens.length - runEnd <= 16 || /^serve[sd]$/.test(tokens[runEnd + (tokens[runEnd]?.lower === 'has' ? 1 : 0)]?.lower ?? '')) ? beenAt(tokens, runEnd) : -1;
    const isWho = whoAt > 0;
    // (or the office one holds "as": "the first summit with Luís Montenegro as prime minister")
    // (an office of state: not "appointed X as chief executive")
    const asRole = nameToks.length >= 2 && officeAs(tokens, runEnd);
    // (or with an age between: "X, 54, has been Indonesia's ambassador to Malaysia since October.")
    const agedWho = runStart === 0 && after?.text === ',' && /^\d{2}$/.test(tokens[runEnd + 1]?.text ?? '') && tokens[runEnd + 2]?.text === ',' ? beenAt(tokens, runEnd + 3) : -1;
    if ((!reading || !reading.head || styleOnly) && (after?.text === ',' || isWho || asRole)) {
      let k = agedWho > 0 ? agedWho : isWho ? whoAt : runEnd + 1;
      // (a time word first: "X, now a deputy national security adviser,", "X, then Egypt's foreign minister,")
      if (!isWho && agedWho < 0 && APPOSITIVE_TIME.has(tokens[k]?.lower ?? '')) k++;
      if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
      const firstC = k < tokens.length ? classify(info, k) : null;
      if (firstC && firstC.kind !== 'cap' && firstC.kind !== 'fn' && nameToks.length >= 2) {
        const r = scanRight(info, k);
        const rr = readPhrase(info, r);
        const hi = r.units.findIndex((u) => u.kind === 'head');
        // (not another person's title and name: "in the Chamber of the Oliy Majlis, Speaker Nuriddin X received …")
        const named = r.units[hi + 1]?.kind === 'cap' && r.units[hi + 2]?.kind === 'cap';
        if (rr?.head && hi <= 6 && !named && !(styleOnly && ROYAL_STYLES.has(rr.head))) reading = styleOnly && reading?.country && !rr.country && !rr.org ? { ...rr, country: reading.country } : rr;
      }
      // further along the same titles, a state: "X, Minister of Foreign Affairs, Regional Cooperation and
      // Burkinabè Abroad" (the ministry's own people abroad), "X, President of the CNSP, Head of State of Niger"
      // (through capitalised words, "of", "for" and "and", never ", and" before the next person)
      if (reading?.head && !reading.country && !reading.org) {
        const state = info.places.find(
          (p) => p.tokStart > runEnd && p.tokStart <= runEnd + 16 && p.refersToState && ((tokens[p.tokEnd]?.lower === 'abroad' && p.kind === 'demonym') || tokens[p.tokStart - 1]?.lower === 'of'),
        );
        const chain = state ? tokens.slice(runEnd + 1, state.tokStart) : [];
        if (state && chain.every((t, i) => t.cap || t.text === ',' || t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || (t.lower === 'and' && chain[i - 1]?.text !== ','))) {
          reading = { ...reading, country: state.code, used: [...reading.used, state.tokStart] };
        }
      }
      const w1 = tokens[runEnd + 1]?.lower;
      const w2 = tokens[runEnd + 2]?.lower ?? '';
      if (!reading && w1 === 'who' && /^(?:heads|headed|leads|led|chairs|chaired|runs|ran|serves|served)$/.test(w2)) {
        // "X, who runs the trade office of the Chilean embassy": the first state or body in the clause
        let country: string | null = null;
        let org: string | null = null;
        const used: number[] = [];
        for (let k = runEnd + 3; k < tokens.length && k < runEnd + 16; k++) {
          const t = tokens[k] as Token;
          if (!t.word && t.text !== "'" && t.text !== '’' && t.text !== '-') break;
          const pl = info.places.find((p) => p.tokStart === k);
          const og = info.orgs.find((o) => o.tokStart === k);
          if (og) { org = og.code; break; }
          if (pl) { country = pl.code; used.push(k); break; }
        }
        reading = { title: 'Head', head: 'head', country, org, possessor: null, used };
      }
      if (w1 === 'whose' && /^(?:government|administration|cabinet|presidency|regime|ministry|government's)$/.test(w2)) {
        whose = true;
      }
    }
    // "appointed X as Venezuela's new foreign minister", "named X as ambassador to Japan"
    if ((!reading || !reading.head) && tokens[runEnd]?.lower === 'as' && APPOINTING.test(tokens[a - 1]?.lower ?? '')) {
      let k = runEnd + 1;
      if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(tokens[k]?.lower ?? '')) k++;
      const rr = readPhrase(info, scanRight(info, k));
      // a state's or a body's office, or one only governments have ("as chief executive" is not)
      if (rr?.head && (rr.country || rr.org || STATE_OFFICES.has(rr.head))) reading = rr;
    }
    const prev = tokens[runStart - 1];
    if (!reading && prev?.lower === 'under' && runStart >= 2) {
      const back = tokens.slice(Math.max(0, runStart - 4), runStart - 1);
      if (back.some((t) => HEADS.has(t.lower))) m.cue = 'under';
    }
    // "Interior Minister X of Belarus": the state after the name
    if (reading?.head && !reading.country && !reading.org && !reading.possessor && tokens[runEnd]?.lower === 'of') {
      const k = tokens[runEnd + 1]?.lower === 'the' ? runEnd + 2 : runEnd + 1;
      const pl = info.places.find((p) => p.tokStart === k && p.refersToState);
      if (pl) reading = { ...reading, country: pl.code, used: [...reading.used, k] };
    }
    // "the Libyan government then headed by X", "a delegation led by X": its head
    if (!reading && a === runStart && HEADED_BY.has(tokens[a - 2]?.lower ?? '') && tokens[a - 1]?.lower === 'by' && BODIES_HEADED.test(tokens.slice(Math.max(0, a - 6), a - 2).map((t) => t.lower).join(' '))) {
      reading = { title: 'Head', head: 'head', country: null, org: null, possessor: null, used: [] };
    }
    // "between Presidents X and Y": a plural role gives each of the two named after it the role
    // (also a list in apposition: "The presidents of the three countries, X, Y and Z, …")
    if (!reading && nameToks.length >= 2) {
      const listed = tokens[a - 1]?.text === ',' && !!out.at(-1)?.pluralOf && out.at(-1)?.tokEnd === a - 1;
      const plural = tokens[a - 1]?.lower === 'and' || listed ? out.at(-1)?.pluralOf : tokens[a - 1]?.text === ',' ? pluralBeforeComma(info, a - 1) : tokens[a - 1]?.lower;
      const one = plural && PLURAL_HEADS[plural];
      if (one && (tokens[a - 1]?.lower !== 'and' || out.at(-1)?.tokEnd === a - 1)) {
        reading = { title: titleCase([one]), head: one, country: null, org: null, possessor: null, used: [] };
        if (tokens[a - 1]?.lower !== 'and') m.pluralOf = plural;
      }
    }
    if (reading && nameToks.length === 1 && !reading.head) reading = null;
    if (reading) {
      m.title = reading.title;
      m.head = reading.head;
      m.country = reading.country;
      m.org = reading.org;
      m.possessor = reading.possessor;
      m.usedPlaces = reading.used;
      m.cue = reading.head ? 'title' : reading.country || reading.org ? 'possessive-country' : m.cue;
      // ("the Brazilian Mauro X": a demonym after "the", right before the name, also says it)
      if (m.cue === 'possessive-country' && !(prev?.poss && classify(info, runStart - 1).kind === 'place') && !demonymBefore(info, a)) {
        // a place must sit right before the name to make it an official without a title
        m.cue = null;
        m.country = null;
        m.org = null;
        m.usedPlaces = [];
      }
    }
    if (!m.cue && whose) m.cue = 'whose';
    if (!m.cue && honorific) m.cue = 'honorific';
    out.push(m);
  }
  return out;
}

const HEADED_BY = new Set(['headed', 'led', 'chaired']);
/**
 * Adverbs that open a sentence before its subject's name ("Later Sandu was received …"), and conjunctions
 * that open a clause before it ("When Staffan de Mistura accepted the job, …").
 */
const LEAD_ADVERBS = new Set([
  'later', 'earlier', 'meanwhile', 'afterwards', 'subsequently', 'separately',
  'when', 'after', 'before', 'while', 'whilst', 'although', 'though', 'since', 'because', 'once', 'until', 'unless', 'if', 'whereas',
]);
/** The first word of an office of state held "as" ("as prime minister", "as foreign minister", "as head of government"). */
const AS_OFFICES = /^(?:prime|president|vice|minister|foreign|deputy|premier|chancellor|secretary|ambassador|envoy|head|king|emir|governor|speaker)$/;
/** "as" at `at` and an office of state after it ("as prime minister", "as the foreign minister"; not "as chief executive"). */
function officeAs(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'as') return false;
  const k = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  return AS_OFFICES.test(tokens[k]?.lower ?? '');
}
/** Prepositions before a place: "to", "in", "from", "of", "across". */
const PLACE_PREPS = new Set(['to', 'in', 'from', 'of', 'across', 'into', 'toward', 'towards']);
/** An opening quotation mark. */
const OPEN_QUOTE = /^["“‘']$/;
/** The days of the week, in lower case. */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_PREPS = new Set(['on', 'since', 'until', 'by', 'last', 'next', 'from']);
/** Plural roles before two names ("Presidents X and Y"): each one's role. */
/** "The presidents (of the three countries)," before the comma at `comma`: the plural role, else undefined. */
function pluralBeforeComma(info: SentenceInfo, comma: number): string | undefined {
  const tokens = info.tokens;
  for (let k = comma - 1; k >= 1 && k >= comma - 7; k--) {
    const w = tokens[k]?.lower ?? '';
    if (PLURAL_HEADS[w]) return PLURAL_OPENERS.has(tokens[k - 1]?.lower ?? '') ? w : undefined;
    // ("the presidents of Djibouti and Somalia, X and Y")
    if (!PLURAL_TAIL.has(w) && !info.places.some((p) => p.refersToState && p.tokStart <= k && p.tokEnd > k)) return undefined;
  }
  return undefined;
}
/** Words between a plural role and its list: "the presidents of the three countries,". */
const PLURAL_TAIL = new Set(['of', 'the', 'two', 'three', 'four', 'five', 'countries', 'states', 'nations', 'neighbours', 'neighbors', 'both', 'and']);
/** Words before such a plural role: "the presidents", "their counterparts", "the two foreign ministers". */
const PLURAL_OPENERS = new Set(['the', 'their', 'both', 'two', 'three', 'foreign']);
const PLURAL_HEADS: Record<string, string> = { presidents: 'president', ministers: 'minister', chancellors: 'chancellor', premiers: 'premier', kings: 'king', ambassadors: 'ambassador', senators: 'senator', counterparts: 'counterpart' };
/** Bodies of a state whose head is an official. */
const BODIES_HEADED = /\b(?:administration|government|cabinet|delegation|ministry|regime|junta|council|commission|mission)\b/;
/** "his country's" (or "her", "their") right before the role at `head`, with its modifiers between. */
function countryOfPronoun(tokens: Token[], head: number): boolean {
  let k = head - 1;
  while (k > 1 && isTitleWord(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'country' && !!tokens[k]?.poss && POSS_PRONOUNS.has(tokens[k - 1]?.lower ?? '');
}

/** Is token `at` inside an opening "[…]" that names the paper and its reporter ("[Paper = Reporter X]")? */
function inBylineBrackets(tokens: Token[], at: number): boolean {
  const open = tokens.findIndex((t) => t.text === '[' || t.text === '【');
  if (open < 0 || open > 2 || open >= at) return false;
  const close = tokens.findIndex((t, k) => k > open && (t.text === ']' || t.text === '】'));
  if (close >= 0 && close < at) return false;
  return tokens.slice(open + 1, close < 0 ? at + 8 : close).some((t) => t.text === '=' || /^(?:reporter|correspondent|staff)$/.test(t.lower));
}

/** Last words of buildings' names, which may come right before a name: "in the Apostolic Palace Félix X". */
const BUILDING_ENDS = new Set(['palace', 'house', 'hall', 'building', 'residence', 'castle', 'chancellery', 'hotel', 'centre', 'center', 'headquarters']);

/** Last words of a unit of a ministry, before the name of its head ("the Power Division Nasrin X Y"). */
const BODY_UNIT_ENDS = new Set(['division', 'directorate']);
/** Last words of a state's bodies, which may end a title inside a run of capitals. */
const BODY_ENDS = new Set(['council', 'assembly', 'duma', 'committee', 'commission', 'parliament', 'senate', 'congress', 'ministry', 'office', 'department', 'court', 'administration', 'presidency', 'secretariat', 'chancellery', 'bureau']);

/** Where the forms of address before token `at` start ("H.E. Mr. X": at "H.E."); `at` when there are none. */
function addressStart(tokens: Token[], at: number): number {
  let k = at;
  while (k > 0) {
    const t = tokens[k - 1] as Token;
    if (t.text === '.' || (t.word && ((HONORIFICS.has(t.lower.replace(/\.$/, '')) && !HEADS.has(t.lower)) || (t.text.length === 1 && t.upper)))) k--;
    else break;
  }
  return k;
}

/** Letters after a name: "X MP", "Y MEP", "Z KC". */
const POST_NOMINALS = /^(?:MP|MPs|MEP|MLA|MHA|MNA|QC|KC|OBE|CBE|KBE|CMG|KCMG|GCMG|PhD)$/;

/** Bodies of a state named in a role's tail: "… of the ministry in Vienna", "… at the Presidency". */
const STATE_BODIES = new Set(['ministry', 'presidency', 'government', 'cabinet', 'embassy', 'consulate', 'parliament', 'chancellery']);

/** Words that open a role's tail: "representative to …", "chief of …". */
const TAIL_OPENERS = new Set(['to', 'of', 'in', 'for', 'at']);
/** Words a role's tail may not cross when read back from its comma: verbs of the sentence. */
const TAIL_STOP = /^(?:said|says|told|met|is|was|were|are|has|have|had|will|would|added|noted|and|but)$/;

/**
 * The role noun that starts a tail ending at the comma `comma`: "envoy" in "Chile's permanent
 * envoy to the UN agencies in Geneva,". -1 when none within ten words, or when a verb or another
 * comma comes first.
 */
function roleBeforeTail(info: SentenceInfo, comma: number): number {
  const toks = info.tokens;
  let tail = false;
  for (let k = comma - 1; k >= 0 && k >= comma - 10; k--) {
    const t = toks[k] as Token;
    if (!t.word || TAIL_STOP.test(t.lower)) return -1;
    if (TAIL_OPENERS.has(t.lower)) tail = true;
    else if (tail && HEADS.has(t.lower)) return TAIL_OPENERS.has(toks[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

export { HEADS };

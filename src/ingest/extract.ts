// extract(article): the pipeline of small pure steps.
//   sentences → furniture dropped → tokens/places/bodies per sentence → name mentions with
//   titles → persons (coreference) → affiliations → meetings → Extraction with evidence.
import { groupPersons, type Person } from './aliases.ts';
import { mostNamed, resolveAffiliations, type Affiliation, type DatelineSpan } from './affiliation.ts';
import { fromCapitals, hasSpace } from './chars.ts';
import { capitalOf, cityCountry, isTownName, lookupPlace } from './countries.ts';
import { dateLineDay, datelineDay, liveBlogDay } from './dates.ts';
import { dropFurniture } from './furniture.ts';
import { headlineOnlyNames, openCounterpartState } from './headline.ts';
import { findMeetings, type DraftMeeting, type PersonMention } from './meetings.ts';
import { AGENCIES_ALSO, NEWS_AGENCIES } from './places-supplement.ts';
import { analyseSentence, findNameMentions, WEEKDAYS, type NameMention, type SentenceInfo } from './officials.ts';
import { splitSentences } from './sentences.ts';
import { HONORIFICS, isTitleWord } from './titles.ts';
import type { Token } from './tokens.ts';
import type { Article, Evidence, ExtractedCountry, ExtractedOfficial, Extraction } from './types.ts';

const OFFICIAL_CUES = new Set(['title', 'possessive-country', 'whose', 'under']);

function evidence(info: SentenceInfo): Evidence {
  return { sentence: info.s.index, start: info.s.start, end: info.s.end, text: info.s.text };
}

export interface Dateline {
  city: string | null;
  country: string | null;
  /** Where it is, so that its words are not taken as facts about people. */
  span: DatelineSpan | null;
}

const DATELINE_RE = /^([\p{Lu}][\p{L}.'’ /-]{1,30}?)(?:,\s*([\p{Lu}][\p{L} ]{1,30}?))?\s*(?:\(|[—–:-]{1,2}(?:\s|$)|,\s*(?:\p{Lu}\p{L}+\.? \d|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{L}+|\())/u;

// "NEW DELHI" → "New Delhi" per dateline word, memoised (bounded): datelines repeat, and the
// Unicode replace is slow.
const CITY_NAMES = new Map<string, string>();
function datelineCityName(raw: string): string {
  let city = CITY_NAMES.get(raw);
  if (city === undefined) {
    if (CITY_NAMES.size > 5_000) CITY_NAMES.clear();
    city = raw === raw.toUpperCase() ? fromCapitals(raw) : raw;
    CITY_NAMES.set(raw, city);
  }
  return city;
}

/**
 * "RIYADH —", "HONIARA, May 26 --", "Mexico City, Mexico —", "TEHRAN - …", or a line that is
 * only a city ("Riyadh."): the dateline of one of the first lines of the story.
 */
export function findDateline(infos: SentenceInfo[], body = ''): Dateline {
  const none: Dateline = { city: null, country: null, span: null };
  for (const info of infos.slice(0, 4)) {
    const text = info.s.text;
    const lineStart = info.s.start === 0 || body[info.s.start - 1] === '\n' || body === '';
    if (!lineStart) continue;
    let raw: string | null = null;
    let second: string | null = null;
    let len = 0;
    const m = DATELINE_RE.exec(text);
    if (m) {
      raw = (m[1] ?? '').trim();
      second = m[2] ?? null;
      len = m[0].length;
    } else {
      const only = /^([\p{Lu}][\p{L}’' -]{1,30})\.$/u.exec(text);
      if (only) {
        raw = (only[1] ?? '').trim();
        len = text.length;
      }
    }
    if (!raw) continue;
    // ("SANTO DOMINGO.- The chancellor …": the point before the dash)
    // ("RIYADH/OSLO (NTB):", "YEREVAN/BAKU, Jan 22 (Reuters) -": written from two places, it places nothing;
    // its agency still says whose story it is)
    const joint = raw.includes('/');
    const city = datelineCityName(raw.replace(/\.$/, '').split('/')[0]!.trim());
    const code = cityCountry(city);
    if (!code) continue;
    const g = second ? lookupPlace(second) : undefined;
    const end = info.s.start + len;
    let tokEnd = 0;
    while (tokEnd < info.tokens.length && (info.tokens[tokEnd] as { start: number }).start < end) tokEnd++;
    // ("HONIARA, May 26 (Xinhua) --": the agency telling it)
    const agency = /\(([\p{L}]{2,12}(?: [\p{L}]{2,12})?)\)/u.exec(text.slice(0, len + 30))?.[1];
    const agencyCode = agency ? (NEWS_AGENCIES[agency] ?? NEWS_AGENCIES[agency.toUpperCase()] ?? null) : null;
    // ("DAKAR, June 18 (APS)": Senegal's APS, not Algeria's)
    const country = g ? g.code : code;
    const agencyState = agency && AGENCIES_ALSO[agency.toUpperCase()]?.includes(country) ? country : agencyCode;
    // (both places in one state, "ISLAMABAD / LAHORE:", still say whose story it is)
    if (joint) {
      const codes = new Set(raw.split('/').map((c) => cityCountry(datelineCityName(c.replace(/\.$/, '').trim()))));
      const one = codes.size === 1 ? ([...codes][0] ?? null) : null;
      return { city: null, country: one, span: { sentence: info.s.index, tokEnd, country: one, agency: agencyState } };
    }
    return { city, country, span: { sentence: info.s.index, tokEnd, country, agency: agencyState } };
  }
  return none;
}

/** Country-code domains that sites elsewhere use for their look ("arynews.tv", "x.io", "y.co", "z.me"). */
const GENERIC_CCTLDS = new Set(['tv', 'io', 'co', 'me', 'ly', 'ai', 'fm', 'am', 'cc', 'ws', 'to', 'gg', 'nu', 'tk', 'la', 'so', 'sh', 'ag', 'vc', 'gl', 'im', 'ms']);

/** The state of a news site's country-code domain ("dailynews.co.tz" → TZ), if it names one plainly. */
export function homeOfUrl(url: string | null): string | null {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  const tld = host?.split('.').at(-1);
  if (tld === 'uk') return 'GB';
  if (!tld || tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return null;
  const code = tld.toUpperCase();
  return capitalOf(code) ? code : null;
}

const DESCRIPTOR_NOUNS = new Set(['head', 'minister', 'pm', 'prince', 'president', 'chancellor', 'envoy', 'king', 'premier', 'secretary-general', 'secretary', 'diplomat', 'emir', 'amir', 'leader', 'monarch', 'guest', 'visitor', 'official', 'adviser', 'advisor']);

/** "the Bahraini guest", "the Turkish visitor": the one official of that state (a state is needed). */
const GUEST = /^(?:the )?\w+ (?:guest|visitor|official)$/i;

/** Titles of a state's one foreign minister (or secretary of state). */
const FOREIGN_MINISTER = /foreign|diplomat|secretary of state|external (?:affairs|relations)/i;

/** "the Head of State": a description by the office, not by words of the holder's title. */
const HEAD_OF_STATE = /^(?:the )?head of state$/i;

const DESCRIPTOR_HEADS: [RegExp, RegExp][] = [
  [/^(?:the )?(?:\w+ )?(?:prime minister|pm)$/i, /prime minister|^pm$/i],
  [/^(?:the )?(?:\w+ )?crown prince$/i, /crown prince/i],
  [/^(?:the )?(?:\w+ )?president$/i, /^(?:vice )?president$|^president(?: of the republic)?$|^head of state$/i],
  // "the Head of State" of a presidency's readout: its president (not a monarch)
  [HEAD_OF_STATE, /^president(?: of the republic)?$|^head of state$/i],
  [/^(?:the )?(?:\w+ )?chancellor$/i, /chancellor/i],
  // (a minister's title, not an office of one: "Director-General of the Minister's Office"; nor a prime
  // minister's: "the Spanish minister" beside the Spanish prime minister is the other one)
  [/^(?:the )?(?:\w+ )?(?:foreign )?minister$/i, /^(?!.*\bof the minister)(?!prime minister$).*\bminister\b/i],
  [/^(?:the )?(?:\w+ )?envoy$/i, /envoy/i],
  [/^(?:the )?(?:\w+ )?king$/i, /king/i],
  [/^(?:the )?(?:\w+ )?(?:emir|amir)$/i, /emir|amir/i],
  // "the Bahraini monarch": that state's king, emir or sultan
  [/^(?:the )?(?:\w+ )?monarch$/i, /king|queen|emir|amir|sultan|monarch/i],
  // "the Somali leader": the one head of state or government of that state
  [/^(?:the )?\w+ leader$/i, /^(?:president|prime minister|premier|chancellor|king|emir|amir|sultan|supreme leader|leader|head of state|head of government)$/i],
  [/^(?:the )?(?:\w+ )?premier$/i, /premier|prime minister/i],
  [/^(?:the )?(?:\w+ )?secretary-general$/i, /secretary-general/i],
  // "the top Iranian diplomat": the one foreign minister (or secretary of state) of that state
  [/^(?:the )?(?:top |chief )?(?:\w+ )?(?:top |chief )?diplomat$/i, FOREIGN_MINISTER],
  // "the Secretary" of a readout: the one Secretary (of State, General …) of the story
  [/^(?:the )?secretary$/i, /^secretary\b/i],
  // "the Pakistani foreign secretary": that state's one foreign secretary
  [/^(?:the )?\w+ foreign secretary$/i, /\bforeign secretary\b/i],
  // "the Foreign Adviser" of a Bangladeshi readout: the one adviser of those words ("Foreign Affairs Adviser")
  [/^(?:the )?(?:\w+ )?advis[eo]r$/i, /\badvis[eo]r\b/i],
  [GUEST, /./],
];

/** A lower-case word that can open a name after a comma ("…, al-Sisi"). */
const PARTICLE_START = /^(?:al|el|bin)-/;

/** Abbreviations of roles used alone for their holder ("EAM" of Indian readouts). */
const ABBREVIATED_ROLES: Record<string, RegExp> = { EAM: /external affairs minister/i, FM: /foreign minister|minister of foreign affairs/i, DPM: /deputy prime minister/i };

/** "the prime minister", "The Crown Prince", "the Mexican president": mentions of the one person who fits. */
function descriptorMentions(
  info: SentenceInfo,
  officials: Person[],
  aff: ReturnType<typeof resolveAffiliations>,
  styled: ReturnType<typeof styledOfficials> = { one: new Map(), all: new Map() },
  storyFirst: Person | null = null,
): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = info.tokens;
  for (let i = 0; i < toks.length; i++) {
    // "His Highness received a written message …": the official named with that style
    const styledPid = isStyle(toks, i) ? styled.one.get(styleWord(toks, i)) : undefined;
    // (not before a title: "His Highness the Prime Minister" is the prime minister)
    if (styledPid !== undefined && !(toks[i + 2]?.cap && toks[i + 2]?.word) && toks[i + 2]?.lower !== 'the' && !officials.some((p) => p.mentions.some((m) => m.sentence === info.s.index && m.tokStart > i && m.tokStart <= i + 4))) {
      out.push({ pid: styledPid, tokStart: i, tokEnd: i + 2 });
      continue;
    }
    // "EAM also called on …": a role's abbreviation stands for the one person who holds it
    const abbr = toks[i]?.upper ? ABBREVIATED_ROLES[toks[i]!.text] : undefined;
    if (abbr) {
      const fits = officials.filter((p) => abbr.test(aff.get(p.id)?.title ?? ''));
      if (fits.length === 1) out.push({ pid: (fits[0] as Person).id, tokStart: i, tokEnd: i + 1 });
      continue;
    }
    if (toks[i]?.lower !== 'the' && toks[i]?.lower !== 'pm' && toks[i]?.lower !== 'mr') continue;
    // "the head of the Romanian diplomacy", "the head of French diplomacy", "the Gabonese head of diplomacy": that
    // state's one foreign minister
    const before = toks[i]?.lower === 'the' ? info.places.find((p) => p.tokStart === i + 1 && toks[p.tokEnd]?.lower === 'head') : undefined;
    const h = before ? before.tokEnd : i + 1;
    if (toks[i]?.lower === 'the' && toks[h]?.lower === 'head' && toks[h + 1]?.lower === 'of') {
      const k = toks[h + 2]?.lower === 'the' ? h + 3 : h + 2;
      const pl = before ?? info.places.find((p) => p.tokStart === k);
      // (also "the head of the ministry", "the head of the foreign ministry", as translations call a foreign minister)
      const m = toks[k]?.lower === 'foreign' ? k + 1 : k;
      const ministry = !before && !pl && toks[h + 2]?.lower === 'the' && toks[m]?.lower === 'ministry' ? m : -1;
      const end = before ? k : pl ? pl.tokEnd : ministry >= 0 ? ministry : k;
      if (toks[end]?.lower === 'diplomacy' || end === ministry) {
        const fits = officials.filter((p) => {
          const a = aff.get(p.id);
          return !!a?.title && FOREIGN_MINISTER.test(a.title) && (!pl || a.country === pl.code);
        });
        // (of several, as a clause's subject, the story's first-named)
        const one = fits.length === 1 ? fits[0] : storyFirst && fits.includes(storyFirst) && asSubject(toks, i) ? storyFirst : undefined;
        if (one) out.push({ pid: one.id, tokStart: i, tokEnd: end + 1 });
        continue;
      }
    }
    // cheap check first: a role noun within the next three words
    let role = false;
    for (let k = i + 1; k <= i + 3 && k < toks.length; k++) if (DESCRIPTOR_NOUNS.has((toks[k] as Token).lower)) role = true;
    if (!role) continue;
    // "The President of the Republic and the Federal Chancellor last spoke …": the one official
    // introduced with that very title of two words or more
    const exact = toks[i]?.lower === 'the' ? exactTitleMention(info, i, officials, aff, styled) : null;
    if (exact) {
      out.push(exact);
      continue;
    }
    for (let n = 3; n >= 1; n--) {
      const seg = toks.slice(i, i + n + 1);
      if (seg.length < n + 1) continue;
      // ("the new Senegalese President", "the visiting Chinese premier": the same office holder)
      const phrase = seg.filter((t, k) => k === 0 || !SAME_HOLDER.has(t.lower)).map((t) => t.lower).join(' ');
      const rule = DESCRIPTOR_HEADS.find(([re]) => re.test(phrase));
      if (!rule) continue;
      // ("The visiting minister, who arrived on Tuesday, also paid a courtesy call on Y": the guest of the meeting told
      // last, which the meetings find; not the one minister of the story, who may be the host)
      if (i === 0 && toks[1]?.lower === 'visiting' && !info.places.some((p) => p.tokStart > 0 && p.tokStart <= n)) break;
      // ("The head of state recalled his phone conversation with X": a speaker's own, told by the story's subject)
      if (rule[0] === HEAD_OF_STATE && /^(?:said|says|recalled|recalls|stressed|noted|added)$/.test(toks[i + n + 1]?.lower ?? '')) continue;
      const after = toks[i + n + 1];
      if (after?.cap && after.word && !WEEKDAYS.has(after.lower)) break; // a name follows: that is a title, handled elsewhere (not "the Angolan minister Wednesday")
      // ("the Prime Minister and Minister of Foreign Affairs, Sheikh X": a title of two offices, a name after it)
      if (after?.lower === 'and' && isTitleWord(toks[i + n + 2]?.lower ?? '') && HEADS_AHEAD.test(toks.slice(i + n + 2, i + n + 5).map((t) => t.lower).join(' '))) break;
      // "the Emir of Kuwait": the state after "of"
      const ofState = after?.lower === 'of' ? info.places.find((p) => p.tokStart === i + n + 2 || (p.tokStart === i + n + 3 && toks[i + n + 2]?.lower === 'the')) : undefined;
      // "the President of the Republic", "the Minister of Finance": a longer title, not this one
      if (after?.lower === 'of' && !ofState) break;
      // "the Emir of Kuwait, Sheikh X": a title in apposition to the name that follows
      const end = ofState ? ofState.tokEnd : i + n + 1;
      if (toks[end]?.text === ',' && (toks[end + 1]?.cap || PARTICLE_START.test(toks[end + 1]?.lower ?? ''))) break;
      const demonym = ofState ?? info.places.find((p) => p.tokStart > i && p.tokStart <= i + n);
      if (rule[0] === GUEST && !demonym) break;
      const fits = officials.filter((p) => {
        const a = aff.get(p.id);
        if (!a?.title || !rule[1].test(a.title)) return false;
        // (a state only guessed for the person does not rule the description out: "The head of State X will not
        // go to Conakry … The Senegalese President has spoken …")
        if (demonym && a.country !== demonym.code && !(a.guessed && /head of state/i.test(a.title ?? ''))) return false;
        return true;
      });
      // "the State Minister" beside a "Foreign Minister": the one whose title holds those words
      const core = rule[0] === HEAD_OF_STATE ? [] : seg.filter((t, k) => k > 0 && !(demonym && t === toks[demonym.tokStart]) && !SAME_HOLDER.has(t.lower)).map((t) => t.lower);
      let narrowed = fits.length > 1 && core.length >= 2 ? fits.filter((p) => titleHolds(aff, p, core.join(' '))) : fits;
      // ("the deputy minister" beside a "Deputy Foreign Minister" and a "Vice Minister": the one whose title holds each word)
      if (narrowed.length === 0 && fits.length > 1 && core.length >= 2) narrowed = fits.filter((p) => core.every((w) => titleHolds(aff, p, w)));
      // ("the premier" beside a prime minister: the one titled so)
      if (narrowed.length > 1) {
        const literal = narrowed.filter((p) => titleHolds(aff, p, core.at(-1) ?? ''));
        if (literal.length >= 1) narrowed = literal;
      }
      // ("the Minister" beside a Foreign Minister and a Minister of State: the one titled just so, "Minister X", when the
      // story's first-named is none of them, a spokesperson's briefing)
      if (narrowed.length > 1 && core.length >= 1 && !(storyFirst && narrowed.includes(storyFirst))) {
        const exactly = narrowed.filter((p) => aff.get(p.id)?.title?.toLowerCase() === core.join(' '));
        if (exactly.length === 1) narrowed = exactly;
      }
      // ("His Highness the Prime Minister" beside a prime minister of no such style: the one it was written before)
      if (narrowed.length > 1) narrowed = styledSo(narrowed, toks, i, styled);
      // ("The foreign minister met X" opening a sentence, with several foreign ministers in the story:
      // the story's own, named most often, at least twice as often as any other)
      // (or as the subject of a clause: "…, where the Foreign Minister met X", "Later on Wednesday the Foreign Minister had …")
      // ("Y hosted a dinner in honour of the visiting President": of another state than the host named before)
      if (narrowed.length > 1 && seg.some((t) => t.lower === 'visiting')) {
        const host = officials.find((p) => p.mentions.some((m) => m.sentence === info.s.index && m.tokEnd <= i));
        const hostState = host ? aff.get(host.id)?.country : undefined;
        // (with no host to tell the guest from, none)
        narrowed = hostState ? narrowed.filter((p) => aff.get(p.id)?.country && aff.get(p.id)?.country !== hostState) : [];
      }
      // ("The Foreign Secretary called on X … held consultations with the Foreign Secretary of Bhutan, Y": before
      // the second holder is named, the one named so far)
      if (narrowed.length > 1) narrowed = namedSoFar(narrowed, info, i, i + n + 1);
      if (narrowed.length > 1 && asSubject(toks, i)) {
        const ranked = narrowed.map((p) => ({ p, n: p.mentions.length })).sort((x, y) => y.n - x.n);
        // (the story's first-named official, its protagonist: "His Majesty King X held meetings … The King also met Y")
        // (not a deputy for the office itself: "the Prime Minister" is no "Deputy Prime Minister")
        const protagonist =
          storyFirst && narrowed.includes(storyFirst) && (/\b(?:deputy|vice)\b/.test(phrase) || !/\b(?:deputy|vice)\b/i.test(aff.get(storyFirst.id)?.title ?? ''))
            ? storyFirst
            : null;
        // (the lead's subject first, named before: "BRASÍLIA - President X packed three meetings … The president met Y",
        // though another president is named more often)
        if (protagonist && leadSubject(protagonist, info.s.index, i)) narrowed = [protagonist];
        // (else the one named most often, at least twice as often as any other; else the protagonist, not for
        // one's office or staff: "the prime minister's office said")
        else if (ranked[0]!.n >= 2 * (ranked[1]?.n ?? 0)) narrowed = [ranked[0]!.p];
        else if (protagonist && !seg.at(-1)?.poss) narrowed = [protagonist];
      }
      if (narrowed.length === 1) out.push({ pid: (narrowed[0] as Person).id, tokStart: i, tokEnd: i + n + 1 });
      break;
    }
  }
  return out;
}

/** A second office's role noun within three words: "… and Minister of Foreign Affairs", "… and Foreign Minister". */
const HEADS_AHEAD = /\b(?:minister|secretary|president|chancellor|premier)\b/;

/** Words in a description that leave its holder the same ("the new Senegalese President"); not "former". */
const SAME_HOLDER = new Set(['new', 'visiting', 'incoming', 'current', 'sitting']);

/** Is the description at token `i` a subject (opening the sentence, or after no word that makes it an object)? */
const asSubject = (toks: Token[], i: number): boolean => i === 0 || !OBJECT_BEFORE.has(toks[i - 1]?.lower ?? '');
/** Words after which a description is an object, not a subject: "met the minister", "with the minister". */
const OBJECT_BEFORE = new Set(['with', 'met', 'meet', 'meets', 'meeting', 'received', 'receive', 'receives', 'by', 'to', 'of', 'for', 'and', 'called', 'hosted', 'welcomed', 'visited', 'thanked', 'told', 'from', 'on', 'at', 'as', 'between']);

/** Whether an official's title holds these whole words ("state minister" in "Minister of State" does not). */
function titleHolds(aff: ReturnType<typeof resolveAffiliations>, p: Person, words: string): boolean {
  return ` ${aff.get(p.id)?.title?.toLowerCase() ?? ''} `.includes(` ${words} `);
}

/** A second office after "and" in a title: "… and Cabinet Secretary for Foreign Affairs", "… and Minister of Defence". */
const SECOND_OFFICE = /^(?:[\w-]+ ){0,2}(?:minister|secretary|president|chancellor|premier|governor|commissioner)\b/;

/** "the" at `i` and the whole title of one official after it (two to six words, no name after). */
function exactTitleMention(
  info: SentenceInfo,
  i: number,
  officials: Person[],
  aff: ReturnType<typeof resolveAffiliations>,
  styled: ReturnType<typeof styledOfficials> = { one: new Map(), all: new Map() },
): PersonMention | null {
  const toks = info.tokens;
  let phrase = (toks[i + 1] as Token).lower;
  let found: PersonMention | null = null;
  for (let n = 2; n <= 6 && i + n < toks.length; n++) {
    phrase += ` ${(toks[i + n] as Token).lower}`;
    const after = toks[i + n + 1];
    if ((after?.cap && after.word) || (after?.text === ',' && toks[i + n + 2]?.cap)) continue;
    // (no other title holds those words: "the Foreign Minister" is not the one "Foreign Minister"
    // when another is "Federal Foreign Minister")
    let fits = officials.filter((p) => titleHolds(aff, p, phrase));
    // ("His Highness the Minister of Foreign Affairs" beside another state's minister: the one styled so)
    if (fits.length > 1) fits = styledSo(fits, toks, i, styled);
    // ("the Foreign Secretary" before the second Foreign Secretary is named: the first)
    if (fits.length > 1) fits = namedSoFar(fits, info, i, i + n + 1);
    // ("the Minister of Foreign Affairs of Paraguay" beside Brazil's: the one of the state named after it)
    if (fits.length > 1) fits = ofStateAfter(fits, info, i + n + 1, aff);
    // (or the first of two offices held together: "the Prime Cabinet Secretary" of the "Prime Cabinet Secretary and
    // Cabinet Secretary for Foreign Affairs")
    const title = fits.length === 1 ? aff.get((fits[0] as Person).id)?.title?.toLowerCase() : undefined;
    // (not a portfolio's "and": "the Minister of Industry" is not the "Minister of Industry and Commerce")
    if (title === phrase || (title?.startsWith(`${phrase} and `) && SECOND_OFFICE.test(title.slice(phrase.length + 5)))) found = { pid: (fits[0] as Person).id, tokStart: i, tokEnd: i + n + 1 };
  }
  return found;
}

/** Of several officials, those of the state named by "of" at token `at` ("… of Paraguay", "… of the Republic of Paraguay"), if any are; else all. */
function ofStateAfter(fits: Person[], info: SentenceInfo, at: number, aff: ReturnType<typeof resolveAffiliations>): Person[] {
  if (info.tokens[at]?.lower !== 'of') return fits;
  const pl = info.places.find((p) => p.refersToState && p.tokStart > at && p.tokStart <= at + 4 && info.tokens.slice(at + 1, p.tokStart).every((t) => t.cap || t.lower === 'the' || t.lower === 'of'));
  const own = pl ? fits.filter((p) => aff.get(p.id)?.country === pl.code) : [];
  return own.length ? own : fits;
}

/** Of several officials a description after a style ("His Highness the …" at `i` - 2) fits, the one so styled, if only one is; else all. */
function styledSo(fits: Person[], toks: Token[], i: number, styled: ReturnType<typeof styledOfficials>): Person[] {
  if (i < 2 || !isStyle(toks, i - 2)) return fits;
  const withStyle = fits.filter((p) => styled.all.get(styleWord(toks, i - 2))?.has(p.id));
  return withStyle.length === 1 ? withStyle : fits;
}

/**
 * Of several officials a description (tokens `from`..`to`) fits, the one named before it, if only one is; else all.
 * Not when it stands in apposition to another's name after it: "the Minister of Foreign Affairs and International
 * Cooperation, Mr. X" is X.
 */
function namedSoFar(fits: Person[], info: SentenceInfo, from: number, to: number): Person[] {
  const sentence = info.s.index;
  const named = fits.filter((p) => p.mentions.some((m) => m.sentence < sentence || (m.sentence === sentence && m.tokEnd <= from)));
  if (named.length !== 1) return fits;
  const next = fits.flatMap((p) => (p === named[0] ? [] : p.mentions.filter((m) => m.sentence === sentence && m.tokStart >= to)));
  if (next.length === 0) return named;
  const at = Math.min(...next.map((m) => m.tokStart));
  for (let k = to; k < at; k++) {
    const t = info.tokens[k] as Token;
    if (!(t.cap || t.text === ',' || t.text === '.' || TITLE_GLUE.has(t.lower) || HONORIFICS.has(t.lower))) return named;
  }
  return fits;
}
/** Small words inside a long title: "Minister of Foreign Affairs, Regional Integration and Togolese Abroad". */
const TITLE_GLUE = new Set(['of', 'and', 'the', 'for', '&']);

/** Roles in business: "JPMorgan CEO Jamie X", "billionaire Y" (no officials, and the name before "CEO" is the company). */
const BUSINESS = /^(?:ceo|cfo|coo|executive|founder|co-founder|billionaire|businessman|businesswoman|tycoon|investor|entrepreneur|banker|magnate|mogul)$/;

/** An untitled name always written next to a role in business: before it (the company) or after it (the person). */
function inBusiness(p: Person, infoByIndex: Map<number, SentenceInfo>): boolean {
  if (p.mentions.length === 0) return false;
  return p.mentions.every((m) => {
    const toks = infoByIndex.get(m.sentence)?.tokens;
    return !m.cue && !!toks && (BUSINESS.test(toks[m.tokEnd]?.lower ?? '') || BUSINESS.test(toks[m.tokStart - 1]?.lower ?? ''));
  });
}

/** Roles outside public office: "X, a senior researcher at …", "analyst Y", "musician Z". */
const NON_OFFICIAL_ROLES = new Set([
  'analyst', 'analysts', 'researcher', 'research', 'scholar', 'professor', 'lecturer', 'expert', 'fellow', 'economist',
  'historian', 'journalist', 'correspondent', 'reporter', 'columnist', 'author', 'writer', 'novelist', 'musician',
  'singer', 'artist', 'actor', 'actress', 'activist', 'lawyer', 'academic', 'commentator', 'strategist', 'consultant',
]);

/** An untitled name described as holding a role outside public office, before it or in apposition after it. */
function nonOfficialRole(p: Person, infoByIndex: Map<number, SentenceInfo>): boolean {
  return p.mentions.some((m) => {
    const toks = infoByIndex.get(m.sentence)?.tokens;
    if (!toks || m.cue) return false;
    if (NON_OFFICIAL_ROLES.has(toks[m.tokStart - 1]?.lower ?? '')) return true;
    // (a journalist asking at a briefing: "QUESTION (X, news agency): …")
    if (toks[m.tokStart - 1]?.text === '(' && /^(?:question|q)$/.test(toks[m.tokStart - 2]?.lower ?? '')) return true;
    // ", a senior researcher at", ", an analyst with"
    if (toks[m.tokEnd]?.text !== ',' || !/^(?:a|an|the)$/.test(toks[m.tokEnd + 1]?.lower ?? '')) return false;
    for (let k = m.tokEnd + 2; k < m.tokEnd + 6 && k < toks.length; k++) {
      const w = (toks[k] as Token).lower;
      if (NON_OFFICIAL_ROLES.has(w)) return true;
      if (w === ',' || w === 'at' || w === 'of' || w === 'with') return false;
    }
    return false;
  });
}

/** Verbs of speaking right after a name: "X told journalists", "X said". */
const SPOKE_VERB = /^(?:said|says|told|tells|added|stressed|noted|declared)$/;
/** A sentence opening with an office held by someone: "The Prime Minister added that …". */
const OFFICE_OPENING = /^the ((?:vice[- ])?(?:prime minister|president|foreign minister|foreign secretary|chancellor|premier))\b/i;

/**
 * "… ," Andrew X told journalists. The Prime Minister added that …": the one person of a sentence,
 * named with no title, holds the office the next sentence opens with, when no one else in the story
 * holds it. Gives them that title; returns who was given one.
 */
function officeFromNextSentence(persons: Person[], infos: SentenceInfo[], aff: Map<number, Affiliation>): number[] {
  const given: number[] = [];
  for (let k = 1; k < infos.length; k++) {
    const office = OFFICE_OPENING.exec((infos[k] as SentenceInfo).s.text)?.[1]?.toLowerCase().replace('-', ' ');
    if (!office) continue;
    if (persons.some((p) => aff.get(p.id)?.title?.toLowerCase().replace('-', ' ') === office)) continue;
    const prevInfo = infos[k - 1] as SentenceInfo;
    const prev = prevInfo.s.index;
    // (the one person of the sentence, or the one who speaks in it: "…," X told journalists)
    // (a full name: not a word of a line like "Published 10 June 2025")
    let here = persons.filter((p) => hasSpace(p.name) && p.mentions.some((m) => m.sentence === prev));
    if (here.length > 1) here = here.filter((p) => p.mentions.some((m) => m.sentence === prev && SPOKE_VERB.test(prevInfo.tokens[m.tokEnd]?.lower ?? '')));
    const one = here.length === 1 ? aff.get((here[0] as Person).id) : undefined;
    if (!one || one.title || one.org) continue;
    one.title = office.replace(/\b\w/g, (c) => c.toUpperCase());
    one.head = office.split(' ').at(-1) ?? null;
    given.push((here[0] as Person).id);
  }
  return given;
}

/** Words before an untitled name that make it a place or a thing: "at Qasr Al Shati", "in St Petersburg", "the Weimar Triangle format". */
const PLACE_BEFORE = new Set(['the', 'at', 'in', 'near']);

/** Lower-case building nouns after a name that is the building's: "the Jati Umra residence". */
const BUILDING_AFTER = new Set(['residence', 'palace', 'compound', 'estate', 'farmhouse', 'hotel', 'headquarters']);

/** Words before a town's name: "travel to El Alto", "the free port of Nueva Palmira". */
const TOWN_BEFORE = new Set(['the', 'at', 'in', 'to', 'from', 'of', 'near']);

/** The word before a mention (lower case; none: ""). */
function wordBefore(m: Person['mentions'][number], infoByIndex: Map<number, SentenceInfo>): string {
  return infoByIndex.get(m.sentence)?.tokens[m.tokStart - 1]?.lower ?? '';
}

/**
 * An untitled name that is a known city, or written only after "the", "at" or "in", names no person;
 * nor does one always before a building noun ("the Jati Umra residence") or before "where" ("moved to
 * Ain el-Tineh where …"), nor a smaller town's written only after a preposition ("travel to El Alto").
 */
function placeLike(p: Person, infoByIndex: Map<number, SentenceInfo>): boolean {
  if (p.mentions.length === 0) return false;
  return (
    cityCountry(p.name) !== undefined ||
    p.mentions.every((m) => PLACE_BEFORE.has(wordBefore(m, infoByIndex))) ||
    // ("the Sharif family's Jati Umra residence": a name before a building noun is the building's)
    p.mentions.every((m) => BUILDING_AFTER.has(infoByIndex.get(m.sentence)?.tokens[m.tokEnd]?.lower ?? '')) ||
    // ("moved to Ain el-Tineh where he met …": a name "where" follows is a place's)
    p.mentions.every((m) => {
      const toks = infoByIndex.get(m.sentence)?.tokens;
      return TOWN_BEFORE.has(wordBefore(m, infoByIndex)) && (toks?.[m.tokEnd]?.lower === 'where' || (toks?.[m.tokEnd]?.text === ',' && toks?.[m.tokEnd + 1]?.lower === 'where'));
    }) ||
    (hasSpace(p.name) && p.mentions.every((m) => TOWN_BEFORE.has(wordBefore(m, infoByIndex))) && isTownName(p.name))
  );
}

/**
 * "Trudeau meets Kishida …" over "Trudeau met his Japanese counterpart": the one person named
 * only in the headline is the one official the body's meetings leave unnamed. Joins those
 * meetings as a person of that state, with the sentences of those meetings as evidence.
 */
function headlineCounterpart(title: string | null, persons: Person[], drafts: DraftMeeting[], aff: Map<number, Affiliation>): void {
  // cheap test first: a meeting of one person and two states
  if (!title || !drafts.some((d) => d.participants.length === 1 && d.countries.length === 2)) return;
  const names = headlineOnlyNames(title, persons);
  if (names.length !== 1) return;
  const inHeadline = new Set(persons.filter((p) => formMatchesTitle(title, p)).map((p) => p.id));
  const state = openCounterpartState(drafts, (pid) => aff.get(pid)?.country ?? null, inHeadline);
  if (!state) return;
  const id = persons.reduce((m, p) => Math.max(m, p.id), 0) + 1;
  const person: Person = { id, name: names[0] as string, forms: [], mentions: [] };
  persons.push(person);
  aff.set(id, { country: state, org: null, title: null, head: null });
  for (const d of drafts) {
    if (d.kind !== 'other' && d.participants.length === 1 && inHeadline.has(d.participants[0] as number) && d.countries.includes(state)) d.participants.push(id);
  }
}

/**
 * "X (of A) called on President Y" in B: a person whose state was only guessed (A, from the
 * dateline), met in a state B by a visitor of that same state A, is B's host. So is one guessed of
 * a third state, met by a visitor in the state the story is told from ("KYIV — … X later met
 * Foreign Minister Y", Y guessed from the states Y's ministry talked about). The meeting's states follow.
 */
function hostsOfVisits(drafts: DraftMeeting[], aff: Map<number, Affiliation>, datelineState: string | null): void {
  for (const d of drafts) {
    if (d.kind !== 'meeting' || d.status !== 'held' || !d.country || d.participants.length !== 2) continue;
    const [p, q] = d.participants as [number, number];
    for (const [host, guest] of [[p, q], [q, p]] as const) {
      const h = aff.get(host);
      const g = aff.get(guest);
      if (!h?.guessed || !h.country || h.country === d.country || !(g?.country || g?.org) || g.guessed || g.country === d.country) continue;
      // (only where the guess made both of the visitor's state, two people of one state meeting abroad,
      // or where the one met, named second, is met in the dateline's state: not a third state's venue)
      if (h.country !== g.country && (d.country !== datelineState || host !== q)) continue;
      moveState(drafts, aff, host, d.country);
      delete h.guessed;
    }
  }
}

/**
 * "Erdogan's spokesman", "Macron's diplomatic adviser": a one-word name that has an office's people
 * may take part in a meeting ("X was received by Erdogan"), which then makes it an official.
 */
function ownsRole(p: Person, infoByIndex: Map<number, SentenceInfo>): boolean {
  return p.mentions.some((m) => {
    const toks = infoByIndex.get(m.sentence)?.tokens;
    if (!toks?.[m.tokEnd - 1]?.poss) return false;
    for (let k = m.tokEnd; k < m.tokEnd + 3 && k < toks.length; k++) {
      const w = toks[k]!.lower;
      if (OWNED_ROLES.has(w)) return true;
      if (!isTitleWord(w)) return false;
    }
    return false;
  });
}
const OWNED_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'office', 'adviser', 'advisor', 'aide', 'aides', 'envoy', 'government', 'administration', 'cabinet', 'chief']);

/**
 * A call or meeting of two, one of a state said of him and one only guessed of that same state: the guess
 * is wrong (two states meet), and the other side is the state the story names most after that one
 * ("Vladimir Putin had a telephone conversation with President of Uzbekistan X … Russian gas").
 */
function otherSideOfTwo(drafts: DraftMeeting[], aff: Map<number, Affiliation>, infos: SentenceInfo[]): void {
  for (const d of drafts) {
    if (d.kind === 'other' || d.participants.length !== 2) continue;
    const [p, q] = d.participants as [number, number];
    for (const [guess, known] of [[p, q], [q, p]] as const) {
      const g = aff.get(guess);
      const k = aff.get(known);
      if (!g?.guessed || !g.country || !k?.said || k.country !== g.country) continue;
      const best = mostNamed(infos, g.country);
      if (best) moveState(drafts, aff, guess, best);
    }
  }
}

/** "His Highness", "Her Majesty", "His Excellency" at token i. */
function isStyle(toks: Token[], i: number): boolean {
  return (toks[i]?.lower === 'his' || toks[i]?.lower === 'her') && STYLES.has(toks[i + 1]?.lower.replace(/['’]s$/, '') ?? '') && !!toks[i + 1]?.cap;
}
const STYLES = new Set(['highness', 'majesty', 'excellency']);

/**
 * Per style ("highness", "majesty", …), the official it stands for alone: the one whose name it
 * stands before ("President His Highness Sheikh X"), or of several, the story's first-named official
 * ("His Majesty King X … held meetings … under the chairmanship of His Majesty King Y": X).
 */
function styledOfficials(officials: Person[], infoByIndex: Map<number, SentenceInfo>, storyFirst: Person | null): { one: Map<string, number>; all: Map<string, Set<number>> } {
  const one = new Map<string, number>();
  const all = new Map<string, Set<number>>();
  // (up to `reach` tokens before the name: "His Highness Sheikh X"; with a title between, "His Highness the Prime Minister Sheikh X")
  const styleBefore = (m: Person['mentions'][number], reach: number): string | null => {
    const toks = infoByIndex.get(m.sentence)?.tokens ?? [];
    for (let k = m.tokStart - 2; k >= 0 && k >= m.tokStart - reach; k--) if (isStyle(toks, k)) return styleWord(toks, k);
    return null;
  };
  for (const style of STYLES) {
    const found = officials.filter((p) => p.mentions.some((m) => styleBefore(m, 5) === style));
    const pick = found.length === 1 ? found[0] : found.find((p) => p === storyFirst);
    if (pick) one.set(style, pick.id);
    all.set(style, new Set(officials.filter((p) => p.mentions.some((m) => styleBefore(m, 8) === style)).map((p) => p.id)));
  }
  return { one, all };
}

/** A text an official writes or speaks in the first person: a byline or a speech's heading, or an interview's introduction. */
const AUTHORED = /^(?:by|speech by|remarks by|address by|statement by|keynote (?:speech|address) by|op-ed by|opinion by)\b/i;
const INTERVIEW = /\b(?:interview|spoke to|talked to|edited excerpts)\b/i;

/**
 * The official who is "I" of the story, if it is one's own text: the one named first in a byline or a speech's
 * heading ("By Margus X, Minister of Foreign Affairs", "Speech by Minister of Foreign Affairs Jan Y"), or the
 * official named first in an interview's introduction ("X, Japan's Ambassador to India, … In an interview with Z,
 * he spoke about …"). Its "I" (`firstPersonTokens`) are then mentions of that official; `interview` says whether the
 * introduction is an interview's (whose "You" is that official too).
 */
function firstPersonAuthor(
  infos: SentenceInfo[],
  mentionsBySentence: Map<number, PersonMention[]>,
  isOfficial: Set<number>,
): { pid: number; interview: boolean } | null {
  const firstOfficial = (info: SentenceInfo | undefined) => (info ? (mentionsBySentence.get(info.s.index) ?? []).filter((m) => isOfficial.has(m.pid)).sort((a, b) => a.tokStart - b.tokStart)[0]?.pid : undefined);
  // (the introduction: the sentences of the first paragraph; an interview's says so)
  const intro = infos.filter((info) => info.s.para === infos[0]?.s.para);
  const interview = intro.some((info) => INTERVIEW.test(info.s.text));
  const found = (pid: number | undefined) => (pid === undefined ? null : { pid, interview });
  if (AUTHORED.test(infos[0]?.s.text ?? '')) {
    // (a byline of no title, with a note "The author is Ambassador …" naming no one: the one the byline names)
    const noted = infos.slice(1, 3).concat(infos.slice(-2)).some((info) => /^the (?:author|writer) is$/.test(info.tokens.slice(0, 3).map((t) => t.lower).join(' ')) && roleAt(info.tokens, 3));
    return found(firstOfficial(infos[0]) ?? (noted ? (mentionsBySentence.get(infos[0]!.s.index) ?? [])[0]?.pid : undefined));
  }
  // (an author's note opening the text, its byline dropped as furniture: "X is Malawi's Minister of Foreign Affairs.")
  const note = infos[0] ? (mentionsBySentence.get(infos[0].s.index) ?? []).find((m) => m.tokStart === 0 && isOfficial.has(m.pid)) : undefined;
  if (note && infos[0] && /^(?:is|was)$/.test(infos[0].tokens[note.tokEnd]?.lower ?? '') && infos[0].tokens.length <= 20) return found(note.pid);
  // (or closing it, in a text in the first person: "… X is Tánaiste and Minister for Foreign Affairs and Trade.")
  const last = infos.at(-1);
  const closing = last ? (mentionsBySentence.get(last.s.index) ?? []).find((m) => m.tokStart === 0 && isOfficial.has(m.pid)) : undefined;
  if (closing && last && last.tokens.length <= 20 && /^(?:is|was)$/.test(last.tokens[closing.tokEnd]?.lower ?? '') && roleAt(last.tokens, closing.tokEnd + 1) && infos.filter((info) => firstPersonTokens(info).length).length >= 2) return found(closing.pid);
  if (!interview) return null;
  for (const info of intro) {
    const pid = firstOfficial(info);
    if (pid !== undefined) return found(pid);
  }
  return null;
}

/** A role at token `i`, after at most an article and a state's possessive: "Tánaiste", "the Minister", "Spain's Secretary of State". */
function roleAt(toks: Token[], i: number): boolean {
  for (let k = i; k <= i + 3 && k < toks.length; k++) {
    const w = toks[k] as Token;
    if (isTitleWord(w.lower) || HONORIFICS.has(w.lower)) return true;
    if (!(w.lower === 'the' || w.lower === 'a' || w.poss)) return false;
  }
  return false;
}

/**
 * Tokens "I" outside quotation marks (not in a question); in an interview, also "You" opening an interviewer's
 * sentence ("You were received by President X on Monday.").
 */
function firstPersonTokens(info: SentenceInfo, interview = false, objects = false): number[] {
  if (interview && info.tokens[0]?.text === 'You') return [0];
  if (info.s.text.trimEnd().endsWith('?')) return [];
  const out: number[] = [];
  info.tokens.forEach((t, k) => {
    if (t.text !== 'I' && !(objects && (t.lower === 'myself' || t.lower === 'me'))) return;
    let quotes = 0;
    for (let c = 0; c < t.start - info.s.start; c++) if ('"“”'.includes(info.s.text[c] as string)) quotes++;
    if (quotes % 2 === 0) out.push(k);
  });
  return out;
}

/** A transcript's speaker label opening a paragraph: "POPȘOI:", "MINISTER ȚOIU:", "Mr Kovacs:". */
const SPEAKER_LABEL = /^(?:[\p{Lu}][\p{L}'’.-]*\s){0,2}([\p{Lu}][\p{L}'’-]+):\s/u;
const foldWord = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Is `label` (two to four capitals, "TL") the initials of the name's last words ("Ricardo Tavares Lobo")? */
function initialsOf(name: string, label: string): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(label)) return false;
  const initials = name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  return initials.endsWith(label);
}

/**
 * The sentences of each paragraph that a speaker label opens, with the person whose surname (or initials) the label is
 * (the one person of the story, official or eligible as one, whose name ends in that word): a press conference's
 * transcript, an interview's answers ("TL: I was in the room").
 */
function speakerSentences(infos: SentenceInfo[], people: Person[]): [SentenceInfo, number][] {
  const out: [SentenceInfo, number][] = [];
  let para = -1;
  let speaker: number | null = null;
  for (const info of infos) {
    if (info.s.para !== para) {
      para = info.s.para;
      const label = SPEAKER_LABEL.exec(info.s.text)?.[1];
      const word = label ? foldWord(label) : null;
      const found = word ? people.filter((p) => [p.name, ...p.forms].some((f) => foldWord(f.split(' ').at(-1) ?? '') === word) || initialsOf(p.name, label as string)) : [];
      speaker = found.length === 1 ? found[0]!.id : null;
    }
    if (speaker !== null) out.push([info, speaker]);
  }
  return out;
}

/** Is the story's first-named official named first in its lead (its first sentence with anyone named)? */
function leadSubject(p: Person, sentence: number, tok: number): boolean {
  const first = p.mentions.reduce((a, m) => (m.sentence * 10_000 + m.tokStart < a.sentence * 10_000 + a.tokStart ? m : a), p.mentions[0]!);
  return first.sentence <= 1 && (first.title !== null || !!first.cue) && first.sentence * 10_000 + first.tokStart < sentence * 10_000 + tok;
}

/** The official the story names first with a title (a headline's bare surnames aside). */
function firstNamed(officials: Person[]): Person | null {
  const first = (p: Person) => Math.min(...p.mentions.filter((m) => m.title || m.cue).map((m) => m.sentence * 10_000 + m.tokStart));
  return officials.reduce<Person | null>((best, p) => (best === null || first(p) < first(best) ? p : best), null);
}

/** The style word of the style at token i ("His Majesty's": "majesty"). */
function styleWord(toks: Token[], i: number): string {
  return toks[i + 1]?.lower.replace(/['’]s$/, '') ?? '';
}

/** Gives person `pid` the state `code` instead of the one guessed, and the meetings they are in follow. */
function moveState(drafts: DraftMeeting[], aff: Map<number, Affiliation>, pid: number, code: string): void {
  const a = aff.get(pid) as Affiliation;
  const old = a.country;
  a.country = code;
  for (const e of drafts) {
    if (!e.participants.includes(pid)) continue;
    const others = e.participants.filter((x) => x !== pid).map((x) => aff.get(x)?.country);
    e.countries = e.countries.filter((c) => c !== old || others.includes(c));
    if (!e.countries.includes(code)) e.countries.push(code);
  }
}

/** Does the headline name this person (any word of the name)? */
function formMatchesTitle(title: string, p: Person): boolean {
  const words = new Set(title.split(/[^\p{L}'’-]+/u).map((w) => w.replace(/['’]s$/, '')));
  return [p.name, ...p.forms].some((f) => f.split(/\s+/).some((w) => words.has(w)));
}

/** Verbs after which a surname stands for its person: "Montenegro said", "… told reporters". */
const SPEAKS = /^(?:said|says|told|tells|added|noted|stressed|insisted|warned|urged|wrote|replied|explained|announced|agreed|spoke|met)$/;

/** The first sentences that are whole lines of the body (where a date line stands). */
function firstLines(infos: SentenceInfo[], body: string): string[] {
  return infos
    .slice(0, 3)
    .filter((info) => (info.s.start === 0 || body[info.s.start - 1] === '\n') && (info.s.end === body.length || body[info.s.end] === '\n'))
    .map((info) => info.s.text);
}

/** "Congo" alone is the Republic of the Congo in a story that names that state ("Republic of the Congo", Brazzaville). */
function bareCongo(infos: SentenceInfo[]): void {
  if (!infos.some((info) => info.places.some((p) => p.code === 'CG'))) return;
  for (const info of infos) {
    for (const p of info.places) if (p.code === 'CD' && p.tokEnd === p.tokStart + 1 && info.tokens[p.tokStart]?.text === 'Congo') p.code = 'CG';
  }
}

export function extract(article: Article): Extraction {
  const body = typeof article.body === 'string' ? article.body : '';
  const sentences = dropFurniture(body, splitSentences(body));
  const infos = sentences.map(analyseSentence);
  bareCongo(infos);
  const mentions: NameMention[] = [];
  const placeSurnames = new Set<string>();
  for (const info of infos) {
    const found = findNameMentions(info);
    if (found.length) {
      for (const p of info.places) if (p.tokEnd === p.tokStart + 1 && found.some((m) => m.tokEnd - m.tokStart >= 2 && p.tokStart === m.tokEnd - 1)) placeSurnames.add(info.tokens[p.tokStart]!.lower);
      // a place read as part of a name ("Defence Minister Israel Stern") is no mention of that state
      info.places = info.places.filter((p) => !found.some((m) => p.tokStart >= m.tokStart && p.tokStart < m.tokEnd));
    }
    mentions.push(...found);
  }
  // "Montenegro said" after "President Santiago Montenegro": the person speaks, not the state of that name
  if (placeSurnames.size) {
    for (const info of infos) {
      info.places = info.places.filter((p) => !(p.tokEnd === p.tokStart + 1 && placeSurnames.has(info.tokens[p.tokStart]!.lower) && SPEAKS.test(info.tokens[p.tokEnd]?.lower ?? '')));
    }
  }
  const persons = groupPersons(mentions);
  const dateline = findDateline(infos, body);
  const aff = resolveAffiliations(persons, infos, dateline.span, homeOfUrl(article.url));

  const isOfficial = new Set<number>(persons.filter((p) => p.mentions.some((m) => OFFICIAL_CUES.has(m.cue ?? ''))).map((p) => p.id));
  for (const pid of officeFromNextSentence(persons, infos, aff)) isOfficial.add(pid);
  const eligible = new Set<number>(isOfficial);
  const infoByIndex = new Map<number, SentenceInfo>(infos.map((i) => [i.s.index, i]));
  for (const p of persons) {
    if ((hasSpace(p.name) || ownsRole(p, infoByIndex)) && !placeLike(p, infoByIndex) && !inBusiness(p, infoByIndex) && !nonOfficialRole(p, infoByIndex)) eligible.add(p.id);
  }

  const officials = persons.filter((p) => isOfficial.has(p.id));
  const mentionsBySentence = new Map<number, PersonMention[]>();
  for (const p of persons) {
    for (const m of p.mentions) {
      const arr = mentionsBySentence.get(m.sentence) ?? [];
      arr.push({ pid: p.id, tokStart: m.tokStart, tokEnd: m.tokEnd });
      mentionsBySentence.set(m.sentence, arr);
    }
  }
  // "His Highness" alone: the one official named with that style ("President His Highness Sheikh X")
  const storyFirst = firstNamed(officials);
  const styled = styledOfficials(officials, infoByIndex, storyFirst);
  for (const info of infos) {
    const extra = descriptorMentions(info, officials, aff, styled, storyFirst);
    if (!extra.length) continue;
    const arr = mentionsBySentence.get(info.s.index) ?? [];
    for (const e of extra) if (!arr.some((x) => x.tokStart <= e.tokStart && x.tokEnd > e.tokStart)) arr.push(e);
    mentionsBySentence.set(info.s.index, arr);
  }
  // "I" of a minister's own text (a byline, a speech, an interview): that minister
  const author = firstPersonAuthor(infos, mentionsBySentence, isOfficial);
  if (author !== null) {
    eligible.add(author.pid);
    for (const info of infos) {
      const arr = mentionsBySentence.get(info.s.index) ?? [];
      for (const k of firstPersonTokens(info, author.interview)) if (!arr.some((x) => x.tokStart <= k && x.tokEnd > k)) arr.push({ pid: author.pid, tokStart: k, tokEnd: k + 1 });
      if (arr.length) mentionsBySentence.set(info.s.index, arr);
    }
  }
  // "I" of a transcript's speaker ("ȚOIU: … I spoke with Minister X by phone yesterday"): that official
  for (const [info, pid] of speakerSentences(infos, persons.filter((p) => eligible.has(p.id)))) {
    const arr = mentionsBySentence.get(info.s.index) ?? [];
    for (const k of firstPersonTokens(info, false, true)) if (!arr.some((x) => x.tokStart <= k && x.tokEnd > k)) arr.push({ pid, tokStart: k, tokEnd: k + 1 });
    if (arr.length) mentionsBySentence.set(info.s.index, arr);
  }
  for (const arr of mentionsBySentence.values()) arr.sort((a, b) => a.tokStart - b.tokStart);

  const datelineDate = datelineDay(infos[0]?.s.text ?? '', article.published);
  const drafts = findMeetings({
    infos,
    persons,
    aff,
    mentionsBySentence,
    published: datelineDate ?? article.published,
    storyDay: datelineDate ?? dateLineDay(firstLines(infos, body), article.published) ?? liveBlogDay(body, article.published),
    datelineCity: dateline.city,
    eligible,
    onDenied: (d) => {
      for (const pid of d.participants) isOfficial.add(pid);
    },
  });
  headlineCounterpart(article.title, persons, drafts, aff);
  hostsOfVisits(drafts, aff, dateline.span?.country ?? null);
  otherSideOfTwo(drafts, aff, infos);
  for (const d of drafts) for (const pid of d.participants) isOfficial.add(pid);

  const byId = new Map<number, Person>(persons.map((p) => [p.id, p]));
  const offOut: ExtractedOfficial[] = [];
  for (const p of persons) {
    if (!isOfficial.has(p.id)) continue;
    const a = aff.get(p.id);
    const ev: Evidence[] = [];
    for (const m of p.mentions) {
      const info = infoByIndex.get(m.sentence);
      if (info && !ev.some((e) => e.sentence === m.sentence)) ev.push(evidence(info));
    }
    // named only in the headline: the sentences of the meetings that person joined
    if (p.mentions.length === 0) for (const d of drafts) if (d.participants.includes(p.id)) for (const e of d.evidence) if (!ev.some((x) => x.sentence === e.sentence)) ev.push(e);
    offOut.push({
      name: p.name,
      aliases: p.forms,
      country: a?.org ? null : (a?.country ?? null),
      org: a?.org ?? null,
      title: a?.title ?? null,
      evidence: ev,
    });
  }

  const countries: ExtractedCountry[] = [];
  for (const info of infos) {
    for (const pl of info.places) {
      if (!pl.refersToState) continue;
      let c = countries.find((x) => x.code === pl.code);
      if (!c) {
        c = { code: pl.code, evidence: [] };
        countries.push(c);
      }
      if (!c.evidence.some((e) => e.sentence === info.s.index)) c.evidence.push(evidence(info));
    }
  }

  const meetings = drafts
    .filter((d) => d.participants.length > 0)
    .map((d) => ({
      kind: d.kind,
      status: d.status,
      date: d.date,
      city: d.city,
      country: d.country,
      participants: d.participants.map((id) => byId.get(id)?.name ?? '').filter(Boolean),
      countries: d.countries,
      topics: d.topics,
      evidence: d.evidence,
    }));

  return { id: article.id, officials: offOut, countries, meetings };
}

/** An extraction, or why the article could not be extracted. */
export type Extracted = { ok: true; extraction: Extraction } | { ok: false; error: string };

/** `extract`, with a failure as a value: a batch reports it for its article and goes on. */
export function tryExtract(article: Article): Extracted {
  try {
    return { ok: true, extraction: extract(article) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

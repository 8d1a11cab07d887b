// Meetings, calls and letters: trigger words per sentence, participants among the persons
// mentioned there (speakers of reported speech left out), status from modality, date and
// place from the sentence, then one meeting per event by merging sentences about the same
// talks. A gathering with bilaterals on its sidelines gives the gathering plus one meeting
// per bilateral.
import { ACTING_FOR, SETTLEMENTS, VISITS, beforeTitle, tripTo, type Affiliation } from './affiliation.ts';
import type { Person } from './aliases.ts';
import type { CountryMention } from './countries.ts';
import { capitalOf, cityCountry } from './countries.ts';
import { SEAT_CITIES } from './places-supplement.ts';
import { DAY, daysBefore, resolveDate } from './dates.ts';
import { inThePersonOf, WEEKDAYS, type SentenceInfo } from './officials.ts';
import type { Token } from './tokens.ts';
import { isTitleWord } from './titles.ts';
import type { Evidence, MeetingKind, MeetingStatus } from './types.ts';

export interface PersonMention {
  pid: number;
  tokStart: number;
  tokEnd: number;
}

export interface DraftMeeting {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  city: string | null;
  country: string | null;
  participants: number[];
  countries: string[];
  gathering: boolean;
  topics: string[];
  evidence: Evidence[];
}

const CALL =
  /\b(?:phone|telephone|telephonic|video)[- ]?(?:call|conversation|discussion|communication|talks?|conference|link)|\b(?:by|over the|on the) (?:phone|telephone)\b|\b(?:spoke|speaks|talked|talks|conferred|connected) (?:also )?(?:by|via|over) video\b|\b(?:tele)?phoned\b|\bvideo ?conference\b|\bvirtual (?:meeting|talks|summit|conference)\b|\b(?:a|the|their) (?:phone |telephone )?call between\b|\b(?:a|an|the|their|his|her) (?:\d+-minute |hour-long |brief |short |lengthy |long )?(?:phone |telephone )?call with\b|\b(?:called|dialled|dialed|rang)\b(?! (?:on|for|off|up|in|out|it|him|her|them|the|a|an|this|that|these|those)\b|(?: [\w.-]+){1,5}?['’]s\b)(?= (?:[\w.'’-]+ ){1,7}?(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|to (?:discuss|congratulate|offer|express|thank|convey|condole)))|\b(?:(?:during|in|on|after) (?:a|an|the|their|his|her)|(?:received|receives|took|takes|had|has|held|holds) (?:a|an)) (?:(?:brief|short|long|lengthy|late-night|hour-long|\d+-minute) )?call\b(?! (?:for|to)\b)/i;
const LETTER = /\b(?:letters?|messages?)\b/i;
const MEET =
  /\b(?:signed (?:[\w-]+ ){0,5}?(?:a|an|the) ["“]?(?:memorandum|agreement|deal|accord|MoU|declaration|roadmap|road map|protocol|treaty|pact)|(?:was|were) signed (?:[\w-]+ ){0,5}?by|met|meet|meets|meeting|meetings|sit-downs?(?= (?:[\w-]+ ){0,5}?with\b)|talks|visit|visited|visiting|visits|received(?! (?:no|any)\b)|receiv(?:e|es|ing)(?! (?:no|any)\b)(?! (?:support|aid|help|assistance|funding|funds|weapons|arms|training|money|loans?|credit|investment|an? |the (?:support|aid|help|assistance|funds|funding))\b)|hosted|hosts|host|hosting|welcome[ds](?! (?:the |a |an |this |that |their |its |his |her |[\w-]+['’]s )?(?:(?:fragile|new|latest|recent|partial|temporary|humanitarian|planned|agreed|announced|proposed|joint|historic|renewed|first|second) )?(?:signing|decision|agreement|progress|move|adoption|entry|outcome|results?|resumption|establishment|conclusion|launch|initiative|efforts?|steps?|growth|increase|proposal|plan|announcement|release|ceasefire|truce|deal|report|news|developments?|holding|convening|successful|positive|recent|continued|ongoing|upcoming|forthcoming|support|assistance|aid|help|contributions?|solidarity|backing|role|commitment|investments?|interest|participation)\b)|sat down (?:(?:separately|again|briefly|privately|later|also) )?(?:(?:at|in) [\w'’ -]{1,40}? |for (?:[\w-]+ ){0,4}?(?:talks|discussions|meetings?|lunch|dinner) )?with|(?:held|had) an? (?:private |brief |short )?(?:tête-à-tête|tete-a-tete)|(?:held|had) (?:an?|their) (?:[\w"“”,-]+ ){0,3}?bilateral(?! (?:relations|ties|trade|cooperation|agreements?|issues|relationship|talks|meetings?|consultations|visit)\b)|(?:was|were) chaired by|were (?:last |also )?together (?:at|in|during)|(?<!\b(?:to|will|would|shall) be )co-chair(?:ed|ing)|summit|conversation|consultations?|encounter|dinner|luncheon|lunch|(?:working )?breakfast|banquet|audience with|granted (?:(?:him|her|them) )?(?:an )?audience|greeted|trip|travels?|travell?ed|flew|arrived|arrives|will be in|is expected in|hold(?:s|ing)? talks|held talks|negotiated with(?<=\b(?:had|has|have|he|she|they|who|also|then|first|later|personally|directly) negotiated with)|(?:hold(?:s|ing)?|held|had) (?:[\w-]+ ){0,2}?(?:discussions|negotiations|an exchange(?: of views)?|a (?:[\w-]+ )?discussion) with|session (?:in [A-Z][\w-]+(?: [A-Z][\w-]+)? )?with|discussed|discuss|exchanged views|conferred|joint (?:news|press) conference|sh(?:ook|ake|akes|aking) hands|embraced|embracing|hugged|spent (?:about |nearly |almost |more than |over |some )?(?:an?|one|two|three|four|several|\d+) (?:hours?|minutes?)(?: (?!with\b)[\w'’-]+){0,6} with|had ["“]?(?:an?|one|two|three|five|ten|fifteen|twenty|thirty|forty|a few|\d+) (?:good |short |brief |useful )?(?:hours?|minutes?)["”]? with|courtesy (?:call|visit)s?|(?:conveyed|delivered|handed|expressed|offered|presented) (?:[\w'’-]+ ){0,5}?in person to|call(?:ed|s|ing)? on|present(?:ed|s|ing)? (?:(?:a )?cop(?:y|ies) of )?(?:his |her |their )?(?:letters? of credence|credentials))\b/i;
// (a signing too: "X and Y signed a memorandum" is their meeting; "X signed a decree" none)
const WEAK_ONLY = /\b(?:discussed|discuss|exchanged views|conferred|talks|conversation|signed)\b/i;
const CANCEL = /\b(?:cancel(?:l?ed|s|ling|lation)?|called off|call off|postpone[ds]?|postponing|scrapped|shelved|(?:could|did) not take place|never took place)\b/i;
const PLANNED =
  /\b(?:will|would|'ll|shall|could|might|may (?:also )?(?:meet|visit|hold|travel|attend|host)|to (?:meet|visit|hold|travel|attend|host|receive|discuss|sign|chair)|is to|are to|expected|scheduled|due|plans? (?:for|an?)|planning|(?:is|are) (?:travell?ing|heading|flying|en route)|on (?:his|her|their) way to|planned|set to|preparing|prepare|proposed?|upcoming|next week|next month|invited|invitation|aims? to|intends?|possible|possibility|pave[sd]? the way|paving the way|organi[sz]ing|to be received|to take place|looks? forward to|looked forward to|looking forward to|confirm(?:ed|s)? (?:his|her|their|its) (?:participation|attendance))\b/i;
const REPORTING = /^(?:said|says|told|added|noted|stated|wrote|tweeted|announced|reported|explained|insisted|argued|warned|urged|stressed|emphasized|emphasised|questioned|recalled|commented|confirmed|declared)$/;
const JOIN =
  /\b(?:also attended|attended the|attended (?:that|this) (?:[\w-]+ )?(?:dinner|lunch|luncheon|meeting|meetings|talks|session|reception|banquet|audience)\b|will (?:also )?attend(?= along| as well|\s*[.,;])|attended(?=\s*[.,;])|(?:also )?took part(?=\s*[.,;]| in the (?:(?:expanded|extended|enlarged|plenary|restricted|bilateral|official|formal|delegation-level|working) |(?:ministers|presidents)['’] |[\w-]+ )?(?:meetings?|talks|sessions?|works?|deliberations|discussions?|exchanges?|forum|summit|conference|audience|video ?conference|video call|(?:phone |telephone )?call|conversations?|consultations)\b)|joined from (?!the |a |an |his |her |its |their )|(?:also )?assisted (?:to|at|in) the (?:meeting|meetings|talks|audience|session)\b|(?:also )?assisted the (?:[\w-]+ )?(?:minister|president|prime minister|premier|secretary|chancellor|delegation)(?=\s*[.,;])|(?:also )?participated in the (?:meetings?|talks|sessions?|audience|activities|discussions|exchanges?)\b|(?<!\bwho )accompanied the (?:visiting |[\w-]+ )?(?:delegation|visitor|guest|minister|president)(?=\s*[.,;])|(?<!\bwho )accompanied (?:him|her|them)(?=\s*[.;])|(?:was|were) (?:also )?in attendance|took part (?:also )?in (?:that|this|the) (?:meeting|talks)|^(?:in|to|at) the (?:(?:expanded|extended|enlarged|plenary|restricted|official|working) )?(?:meeting|meetings|talks|audience|hearing|negotiations)(?:,? (?:from|on) the [\w-]+ side,?)? (?:(?:have|has|had) )?(?:also )?(?:participated|took part)(?: also)?|^(?:participated|took part) (?:also )?(?:in|of|at) the (?:meetings?|talks|ceremon(?:y|ies)|audience)|^(?:on|from|for) the (?:[\w-]+ ){1,2}(?:side|part)(?!.*\b(?:will|would|shall)\b)(?:,? (?:there (?:are|were|was|is)|were|was|participated|took part|are|is)\b)?|^(?:also )?(?:in|on) the (?:[\w-]+ ){0,2}(?:delegation|team|entourage|panel) (?:were|was)|^(?:the|this) (?:(?:online|virtual|video|same|latest|extraordinary) )?(?:meeting|summit|session|conference|videoconference|video conference|call) (?:was|were) (?:convened|hosted|chaired|organi[sz]ed|called) by|^(?:also )?(?:accompanying|joining) (?:him|her|them|the (?:[\w-]+ )?(?:minister|president|premier|secretary|chancellor|envoy|visitor|delegation)|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:was|were)\b|^also (?:in|at) the (?:meeting|talks|audience|session) (?:were|was)\b|(?:delegation|team) (?:was|were) (?:made up|composed|comprised) of|sat in(?: on\b|(?=\s*[.,;]))|attended as (?:an? )?(?:observer|guest)s?\b|(?:side|delegation|team) (?:was|were) (?:also )?(?:supported|assisted) by|^(?:also )?(?:at|around) the (?:[\w-]+ )?table (?:were|was|sat)\b|(?:also )?sat at the (?:[\w-]+ )?table\b|^across the table (?:sat|were|was)\b|(?:were|was) (?:also )?among those at the (?:[\w-]+ )?table\b|accompanied (?:him|her|them|the (?:[\w-]+ )?(?:minister|president|premier|secretary|chancellor|envoy)|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:at|in|during) (?:[\w'’]+ ){0,3}(?:talks|meeting|meetings|session)|(?:held|took place|was held|for (?:more than |about |nearly |over )?(?:an?|one|two|three|four|\d+) hours?) in the presence of|(?:also )?to the (?:meeting|meetings|talks) (?:also )?participated|(?:at|in) which (?:also )?(?:participated|took part)\b|(?:also )?attended (?:from|on|for) the (?:[\w-]+ ){1,2}side|(?<!\bwho )accompanied (?:him|her|them|the [\w-]+(?: [\w-]+)?|[\w'’-]+(?: [\w'’-]+){0,2}) throughout\b|^(?:also )?travell?ing with (?:him|her|them|the [\w-]+(?: [\w-]+)?|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) throughout\b|(?:accompanied|flanked) (?:(?:on|during|throughout|for|in) (?:[\w-]+ ){1,5})?by|was accompanied|(?:was|were) (?:also )?present(?: also)?|joined (?:the|their) (?:(?:first|second|last|final|opening|closing|later|latter|early|earlier|restricted|expanded|plenary|morning|afternoon|evening) )?(?:(?:session|part|round|stage|portion|half) of the )?(?:meeting|talks|session)|joined (?:part|parts|some) of the (?:meeting|talks|session)|joined (?:the|his|her) (?:\w+ )?in (?:both|the|all) (?:two |three )?(?:meetings|talks|sessions)|joined (?:for (?:part|parts|some|much|the rest) of the (?:meeting|talks|session|discussions?) )?by|joined (?:at|in|during|for) the (?:talks|meeting|meetings|session|discussions)(?: (?:at|in) (?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?)? by|(?<!\bwho )joined(?: (?:them|him|her))?(?=\s*[.,;])|joined (?:the|this|that) (?:audience|call|video ?conference|lunch|luncheon|dinner|working lunch)\b|(?:was|were) (?:also )?attending the (?:session|meeting|talks|audience)\b|(?:was|were) (?:also )?in the room\b|(?:was|were) (?:also )?on the (?:(?:phone|telephone|video) )?(?:call|line)\b|(?:led|headed) the (?:\w+ )?delegation|(?:delegation|team|side)(?: at the (?:talks|meeting|meetings))?,? (?:which |that )?(?:included|includes|comprised)|(?:was|were) (?:also )?(?:part|members?) of the (?:[\w-]+ )?delegation (?:for|at|in) (?:those|these|the|that|this) (?:talks|meetings?|discussions)\b|(?:was|were) (?:also )?part of the (?:(?:expanded|extended|enlarged|plenary|restricted|delegation-level|wider|broader) )?(?:talks|meeting|meetings|discussions)\b|side also (?:included|includes)|(?:was|were) (?:also )?represented by|(?:delegation|team|side) (?:was|is) (?:again |also )?(?:led|headed) by|(?:hosted|opened|chaired) the (?:talks|meeting)(?=\s*[.,;])|(?:meeting|meetings|talks|audience|lunch|luncheon|dinner|banquet|reception|session|summit|conference|gathering|ceremony)(?: (?:at|in) (?:the )?[\w-]+(?: [\w-]+){0,2}?)?(?:, which)? (?:was|were) (?:also )?attended (?:also )?(?:,? ?(?:on|from) the [\w-]+ side,? )?by|^(?:the|this) (?:meeting|talks|audience|session), (?:which|lasting)\b[^.;]{0,60}, (?:was|were) (?:also )?attended by|(?:was|were) (?:also )?among (?:those|the leaders|the heads of state) (?:attending|present|in attendance)|^among (?:the |those )?(?:[\w-]+ )?(?:attending|present|in attendance) (?:were|was)|(?:attended|took part in|participated in) both (?:of )?(?:the |his |her |their |[\w-]+['’]s )*(?:meetings|talks)|^(?:also )?(?:attending|present)(?: (?:from|on|for) [\w' -]{1,40})? (?:were|was)|^(?:also )?joining (?:the|this|that) (?:[\w-]+ )?(?:meeting|talks|call|videoconference|video conference|video call|session|conversation|consultations) (?:were|was)\b|^(?:also )?(?:attending|present (?:at|during|in)) the (?:summit|conference|forum|meeting|gathering|reception|talks|audience|ceremony|dinner|lunch|call|video ?conference|session|negotiations) (?:are|were|was|is)|^(?:also )?(?:attending|participating|taking part|present) (?:in|at) the (?:\w+ )?(?:meeting|talks|session)(?:, [^,]{1,80},)? (?:were|was)|^(?:also )?(?:attending|participating in|taking part in|present at) the (?:\w+ )?(?:meeting|talks|session|audience) (?:on|from|for) the [\w-]+ side (?:were|was))\b/i;
/** "The consultation brought together …": the gathering told before, as the subject. */
const BROUGHT_TOGETHER = /^(?:the|this) (?:[\w-]+ )?(meeting|summit|session|conference|gathering|consultation|retreat|forum|dialogue)s?\b[^.;]*\bbrought together\b/i;

/** Was meeting `d` told with the noun `noun` ("a ministerial consultation … The consultation brought together …")? */
function toldAs(d: DraftMeeting, noun: string | undefined): boolean {
  if (!noun) return false;
  const re = new RegExp(`\\b${noun}s?\\b`, 'i');
  return d.evidence.some((e) => re.test(e.text));
}

/** People attending a gathering, not meeting one another: "was attended by", "took part in". */
const ATTENDANCE = /\b(?:(?:was|were) (?:also )?attended by|attended the|took part in|participated in|(?:was|were) present at)\b/i;
/** "The meeting, held in Y, was attended by …": the event told before, as the subject. */
const ATTENDED_BY = /^(?:the|this) (?:meeting|summit|session|conference|gathering|talks|consultations?|retreat|forum|dialogue|audience)\b[^.;]*\b(?:was|were) (?:also )?attended by\b/i;
/** One who chairs a meeting of a body: the gathering that those attending join. */
const CHAIRS = /\b(?:chaired|chairs|chairing|co-chaired|presided over|presides over)\b[^.;]{0,60}?\b(?:meeting|session|summit|conference|council|consultations?|retreat|forum|dialogue)\b|\b(?:meeting|session|summit|conference|council|consultations?|retreat|forum|dialogue)\b[^.;]{0,160}?\bunder the (?:co-)?chairmanship of\b/i;
/** A gathering's host and the gathering (not a press conference): "hosted leaders at the summit", "chaired the forum". */
const HOSTS_GATHERING = /\b(?:hosted|hosts|hosting|chaired|chairs|chairing|opened)\b[^.;]{0,80}?\b(?<!press |news )(?:summit|conference|forum|gathering|leaders)\b|\b(?<!press |news )(?:summit|conference|forum|gathering)\b[^.;]{0,40}?\b(?:hosted|chaired|convened) by\b/i;
const SIDELINES = /\b(?:sidelines|on the margins|bilateral meetings|held meetings with|separate meetings)\b/i;
// Each topic pattern, its label, and words (lower case) of which every match contains one.
const TOPIC_WORDS: [RegExp, string, string[]][] = [
  [/\bukraine\b.*\b(?:war|conflict|peace|settlement|crisis)|\b(?:war|conflict|peace|settlement|crisis) in ukraine/i, 'Ukraine war', ['ukraine']],
  [/\bsanctions?\b/i, 'sanctions', ['sanction']],
  [/\btrade\b/i, 'trade', ['trade']],
  [/\bnuclear\b/i, 'nuclear', ['nuclear']],
  [/\bsecurity\b/i, 'security', ['security']],
  [/\bclimate|clean energy\b/i, 'climate', ['climate', 'clean energy']],
  [/\benergy\b/i, 'energy', ['energy']],
  [/\bpandemic|covid|coronavirus\b/i, 'pandemic', ['pandemic', 'covid', 'coronavirus']],
  [/\bmigration|refugee/i, 'migration', ['migration', 'refugee']],
  [/\bdefen[cs]e\b/i, 'defence', ['defen']],
  [/\binvestment|economic\b/i, 'economy', ['investment', 'economic']],
];
// One scan for all the words, and a bit per pattern that has the word found. No word is a
// prefix of another, so at any position at most one of them matches.
const TOPIC_HINT = new RegExp(TOPIC_WORDS.flatMap(([, , words]) => words).join('|'), 'gi');
const TOPIC_BITS = new Map<string, number>(TOPIC_WORDS.flatMap(([, , words], k) => words.map((w): [string, number] => [w, 1 << k])));

/**
 * The topic labels of a sentence, in TOPIC_WORDS order. Eleven pattern scans per meeting
 * sentence were a visible cost; now one scan finds the patterns that can match, and only they
 * run. Exact as a filter: without the u flag an ASCII letter of a pattern matches only ASCII
 * letters (either case), so a match's word is found by the /i scan and lower-cases to the key.
 */
function topicsOf(text: string): string[] {
  let mask = 0;
  TOPIC_HINT.lastIndex = 0;
  for (let m = TOPIC_HINT.exec(text); m !== null; m = TOPIC_HINT.exec(text)) {
    mask |= TOPIC_BITS.get(m[0].toLowerCase()) ?? 0;
    TOPIC_HINT.lastIndex = m.index + 1; // every occurrence: "clean energy" also holds "energy"
  }
  const out: string[] = [];
  if (mask === 0) return out;
  for (let k = 0; k < TOPIC_WORDS.length; k++) {
    const [re, label] = TOPIC_WORDS[k] as [RegExp, string, string[]];
    if (mask & (1 << k) && re.test(text)) out.push(label);
  }
  return out;
}

export interface MeetingInput {
  infos: SentenceInfo[];
  persons: Person[];
  aff: Map<number, Affiliation>;
  mentionsBySentence: Map<number, PersonMention[]>;
  published: string | null;
  /** The day the story's undated held meetings took place, from a dateline or a date line. */
  storyDay: string | null;
  datelineCity: string | null;
  /** Persons allowed to take part (officials and multi-word names). */
  eligible: Set<number>;
  /** Told of each meeting reported and then denied, which is dropped (its people are still the story's). */
  onDenied?: (d: DraftMeeting) => void;
}

function evidenceOf(info: SentenceInfo): Evidence {
  return { sentence: info.s.index, start: info.s.start, end: info.s.end, text: info.s.text };
}

function statusOf(text: string, triggerAt: number): MeetingStatus {
  if (CANCEL.test(text)) return 'cancelled';
  const before = text.slice(Math.max(0, triggerAt - 60), triggerAt + 25);
  if (PLANNED.test(before)) return 'planned';
  return 'held';
}

/** Speakers placed in a city before a verb of saying ("officials in Cairo said"). */
const SPEAKERS = new Set(['officials', 'official', 'sources', 'diplomats', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'reporters', 'analysts', 'ministry', 'embassy']);

/** "… from Poland, where he met …": the state named just before the "where" that leads to `triggerTok`. */
function stateBeforeWhere(info: SentenceInfo, triggerTok: number): string | null {
  let w = triggerTok - 1;
  while (w >= 0 && info.tokens[w]?.lower !== 'where') w--;
  const end = info.tokens[w - 1]?.text === ',' ? w - 1 : w;
  const pl = info.places.find((p) => p.tokEnd === end && p.refersToState);
  if (pl) return pl.code;
  // "… traveled to Ethiopia for the African Union summit, where he met X": the state travelled to
  const to = info.places.filter((p) => p.tokEnd <= w && p.refersToState && info.tokens[p.tokStart - 1]?.lower === 'to' && TRAVEL.test(info.tokens[p.tokStart - 2]?.lower ?? '')).at(-1);
  return to?.code ?? null;
}
/** Verbs of travelling before "to <state>". */
const TRAVEL = /^(?:travell?(?:ed|ing|s)?|flew|flies|fly|went|goes|go|headed|heads|head|moved|continued|proceeded)$/;

/** Words between "held" and a meeting noun: "held a bilateral meeting", "had their first talks". */
const NOUN_PHRASE_WORDS = /^(?:a|an|the|their|his|her|its|first|second|bilateral|separate|brief|long|lengthy|formal|informal|closed-door|private|working|trilateral|face-to-face|one-on-one|\w+-minute|\w+-hour)$/;

/** Nouns after which "in <state>" names what is talked about: "the situation in X", "the war in X". */
const SUBJECT_NOUNS = new Set(['situation', 'crisis', 'war', 'conflict', 'tensions', 'developments', 'events', 'elections', 'fighting', 'violence', 'peace', 'ceasefire', 'investment', 'investments', 'interests', 'presence', 'operations', 'role', 'mission', 'missions', 'deployment', 'troops', 'projects', 'reforms', 'transition']);

/**
 * "discussed the situation in New Caledonia", "citing the war in Gaza", "a post-war plan for Gaza",
 * "talks about Ukraine": the place at `tok` is what is talked about, not where.
 */
function talkedAbout(info: SentenceInfo, tok: number): boolean {
  const before = info.tokens[tok - 1]?.lower ?? '';
  const noun = info.tokens[tok - 2]?.lower ?? '';
  // (and "the escalation (war, conflict, tensions) between Israel and Palestine": one side of what is talked about)
  return (before === 'in' && SUBJECT_NOUNS.has(noun)) || (before === 'for' && PLAN_NOUNS.has(noun)) || ABOUT.has(before) || (before === 'between' && STRIFE.has(noun)) || (before === 'and' && conflictPair(info, tok));
}
/** Nouns of strife between two sides: "the war between A and B". */
const STRIFE = new Set(['escalation', 'war', 'conflict', 'clashes', 'fighting', 'tensions', 'tension', 'hostilities', 'dispute', 'row', 'rift', 'feud', 'border', 'ceasefire', 'truce']);
/** The second state of "… between A and B" after a noun of strife. */
function conflictPair(info: SentenceInfo, tok: number): boolean {
  const first = info.places.find((p) => p.tokEnd === tok - 1);
  return !!first && info.tokens[first.tokStart - 1]?.lower === 'between' && STRIFE.has(info.tokens[first.tokStart - 2]?.lower ?? '');
}
/** Nouns of what is proposed for a place: "a plan for Gaza". */
const PLAN_NOUNS = new Set(['plan', 'plans', 'aid', 'support', 'proposal', 'proposals', 'vision', 'future', 'ceasefire', 'reconstruction', 'roadmap']);
const ABOUT = new Set(['about', 'regarding', 'concerning', 'against']);

/** ", during which …" up to six words before the trigger: the comma that opens it, or -1. */
function relativeBefore(toks: Token[], triggerTok: number): number {
  for (let k = triggerTok - 2; k >= 0 && k >= triggerTok - 6; k--) {
    if (toks[k]?.text === ',' && toks[k + 1]?.lower === 'during' && toks[k + 2]?.lower === 'which') return k;
  }
  return -1;
}

/** ", who …" / ", which …" after the trigger: the token where a relative clause opens, or -1. */
function relativeClauseAfter(info: SentenceInfo, triggerTok: number): number {
  const toks = info.tokens;
  for (let k = triggerTok + 1; k < toks.length - 1; k++) {
    if (toks[k]?.text === ',' && (toks[k + 1]?.lower === 'who' || toks[k + 1]?.lower === 'which')) return k;
  }
  return -1;
}

/** "… to prepare a visit by": the one named next is the visitor of a visit to come, not at these talks. */
const PREPARED_VISIT_BY = /\b(?:to prepare|preparing|preparations? for|in preparation for|ahead of) (?:a|an|the) (?:[\w-]+ )?(?:visit|trip) by $/i;

/** A relative clause of arrival before the verb: ", who arrived on Wednesday evening for a working visit,". */
const ARRIVED_CLAUSE = /, (?:who|which) (?:had )?(?:arrived|landed|flew in)\b[^,;]*,/i;
const SAME_DAY_AS_ARRIVAL = /\b(?:the same (?:day|evening|night|afternoon|morning)|(?:shortly |soon |just |right )?(?:after|upon|on) (?:(?:his|her|their|its) )?arrival|airport)\b/i;

/** The comma that closes the relative clause opened at `rel` when a place or time phrase of the main clause follows it, or -1. */
function relativeClauseEnd(toks: Token[], rel: number): number {
  for (let k = rel + 2; k < toks.length - 1; k++) {
    if (toks[k]?.text !== ',') continue;
    return /^(?:at|in|on)$/.test(toks[k + 1]?.lower ?? '') ? k + 1 : -1;
  }
  return -1;
}

/** "called/calls on X to <verb>": an appeal, not a visit. */
function urges(info: SentenceInfo, triggerTok: number, clauseEnd: number): boolean {
  const toks = info.tokens;
  if (!/^call(?:ed|s|ing)?$/.test(toks[triggerTok]?.lower ?? '') || toks[triggerTok + 1]?.lower !== 'on') return false;
  for (let k = triggerTok + 2; k < clauseEnd - 1; k++) {
    const next = toks[k + 1] as Token;
    // (not in a clause of its own: "called on X at his office, where the premier stressed the need to raise …")
    if (toks[k]?.text === ',' && /^(?:where|who|which|during)$/.test(next.lower)) return false;
    // (nor a visit placed or dated: "called on X at the ministry in Bangkok on Wednesday to discuss …")
    if (toks[k]?.lower === 'at' && /^(?:the|his|her|their)$/.test(next.lower)) return false;
    if (toks[k]?.lower === 'on' && WEEKDAYS.has(next.lower)) return false;
    if (toks[k]?.lower === 'to' && next.word && !next.cap && next.lower !== 'the' && next.lower !== 'a') return true;
  }
  return false;
}

/** Modal verbs that put what follows them in the future. */
const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'would']);

/** Subordinators that open a second clause with its own subject pronoun. */
const SECOND_CLAUSE = new Set(['where', 'after', 'before']);

/** A joiner's relative clause telling a meeting of their own: ", who held separate talks with …". */
const OWN_TALKS_AFTER = /, (?:who|which) (?:also )?(?:held|had|met)\b/i;

/** A verb right after a one-word subject opens a clause: "before Mitsotakis is due to host …". */
const CLAUSE_VERB_AFTER_NAME = new Set(['is', 'was', 'will', 'met', 'meets', 'hosts', 'hosted', 'visits', 'visited', 'travels', 'travelled', 'traveled', 'arrives', 'arrived', 'held', 'holds']);

/** A lower-case -ing word: "taking", "visiting". */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** "before taking …", "after visiting …": a participle phrase opening at `i`. */
function participlePhrase(toks: Token[], i: number): boolean {
  const w = toks[i]?.lower;
  return (w === 'before' || w === 'after') && PARTICIPLE.test(toks[i + 1]?.text ?? '');
}

/**
 * Where a second clause with its own meeting opens at (or up to three words after: "six weeks
 * after he met") the end of a trigger's clause: "where/after/before" + a pronoun. -1 when none.
 */
function secondClauseAt(toks: Token[], clauseEnd: number): number {
  // "… before taking a train to Kyiv, where he is expected to meet Y": past the participle's phrase
  const participle = participlePhrase(toks, clauseEnd);
  for (let k = clauseEnd; k < toks.length && (participle || k <= clauseEnd + 3); k++) {
    if (SECOND_CLAUSE.has(toks[k]?.lower ?? '') && PRONOUNS.has(toks[k + 1]?.lower ?? '')) return k;
    // (or a name and its verb: "The visit comes two months before Mitsotakis is due to host Y")
    if ((toks[k]?.lower === 'before' || toks[k]?.lower === 'after') && toks[k + 1]?.cap && CLAUSE_VERB_AFTER_NAME.has(toks[k + 2]?.lower ?? '')) return k;
    // (or a name: "The trip began in South Africa, where Secretary X met Y")
    if (toks[k]?.lower === 'where' && toks[k - 1]?.text === ',' && toks[k + 1]?.cap) return k;
    if (toks[k]?.text === ',' && k > clauseEnd && !(participle && toks[k + 1]?.lower === 'where') && toks[k + 1]?.lower !== 'where') return -1;
  }
  return -1;
}

/** "… from London, where he met X": the capital right before ", where" (at `where`), whatever its preposition. */
function capitalBeforeWhere(info: SentenceInfo, where: number): { city: string; country: string } | null {
  const pl = info.places.find((p) => p.kind === 'capital' && p.tokEnd === where - 1 && info.tokens[where - 1]?.text === ',');
  return pl ? { city: info.s.text.slice(pl.start - info.s.start, pl.end - info.s.start), country: pl.code } : null;
}

/** Lower-case words inside city names: "Rio de Janeiro", "Dar es Salaam", "Sharm el-Sheikh"; "Stratford-upon-Avon" needs none. */
function cityParticle(toks: Token[], j: number): boolean {
  const w = toks[j]?.lower ?? '';
  if (/^(?:el|al|es|ul)-\p{L}/u.test(w)) return true;
  return (w === 'de' || w === 'do' || w === 'da' || w === 'del' || w === 'la' || w === 'el' || w === 'es') && !!toks[j + 1]?.cap;
}

/** A sentence telling of an event before the one just told: "comes a week after", "follows his visit". */
const EARLIER_EVENT = /\b(?:comes?|came|follows|followed)\b[^.;]{0,30}\b(?:after|on the heels of|visit|talks|meeting)\b/i;
/** The meeting before this one: "had last met on 27 June", "met most recently in Brussels". */
const LAST_MET = /\b(?:(?:last|most recently|previously) met|met (?:most recently|previously|last)|were last together)\b/i;
/** A time other than the story's: "last met in March 2023", "two years ago". */
const OTHER_TIME = /\b(?:last (?:met|week|month|year|together)|met most recently|ago|in (?:(?:early|mid|late|mid-) ?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?\b|in \d{4})\b/;

/** Words after a comma that start a clause of another subject or time: ", as Washington tries …". */
const CLAUSE_LINKS = new Set(['as', 'while', 'amid', 'because', 'since', 'although', 'though', 'whereas']);
/** Words after "and" that start a second predicate: "and is due in …", "and will travel …". */
const SECOND_PREDICATE = new Set(['is', 'will', 'has', 'would']);

/** Where the predicate of the trigger at `from` ends (before `end`): a clause linked by ", as", or "and is …". */
function predicateEnd(toks: Token[], from: number, end: number): number {
  for (let i = from + 1; i < end - 1; i++) {
    const t = toks[i] as Token;
    if ((t.text === ',' && CLAUSE_LINKS.has(toks[i + 1]?.lower ?? '')) || (t.lower === 'and' && SECOND_PREDICATE.has(toks[i + 1]?.lower ?? ''))) return i;
  }
  return end;
}

/** One meeting of three or more: "for a trilateral meeting", "a three-way summit". */
const JOINT = /\b(?:trilateral|three-way|four-way|quadrilateral|joint) (?:meeting|talks|summit)\b/i;

/** Words before "the <City> <event>" that place the meeting at that event. */
const EVENT_OPENERS = new Set(['at', 'in', 'to', 'during', 'of', 'attend', 'attends', 'attended', 'attending']);
/** "the sidelines of", "the margins of", "the fringes of": "of" places the meeting only after these. */
const EDGES = new Set(['sidelines', 'margins', 'fringes', 'fringe', 'margin', 'sideline']);
/** The last word of an event named after its city: "the Munich Security Conference", "the Doha Forum", "the Istanbul talks". */
const EVENT_NOUN = /^(?:summit|conference|forum|dialogue|meeting|talks|congress|consultations)$/;

const BODY_WORDS = new Set(['organisation', 'organization', 'cooperation', 'council', 'union', 'community', 'group', 'association', 'alliance', 'pact', 'treaty', 'bloc']);

/** The city that names the event whose name starts at token `j` ("Munich Security Conference"), or null. */
function eventCity(toks: Token[], j: number): { city: string; country: string } | null {
  if (toks[j]?.lower === 'annual' || /^\d{4}$/.test(toks[j]?.text ?? '')) j++;
  let end = j;
  while (end < toks.length && end - j < 5 && toks[end]?.word && toks[end]?.cap && !toks[end - 1]?.poss) end++;
  if (end - j < 1) return null;
  // the event noun ends the run ("Security Conference") or follows it in lower case ("Riyadh talks")
  const last = EVENT_NOUN.test(toks[end - 1]?.lower ?? '') && end - j >= 2 ? end - 1 : EVENT_NOUN.test(toks[end]?.lower ?? '') && !toks[end]?.cap ? end : -1;
  // (not a body named after its city, "the Shanghai Cooperation Organisation summit", nor an event placed
  // elsewhere: "the … summit in Astana")
  if (last < 0 || toks.slice(j, last).some((t) => BODY_WORDS.has(t.lower)) || toks[last + 1]?.lower === 'in') return null;
  for (let n = Math.min(2, last - j); n >= 1; n--) {
    const name = toks.slice(j, j + n).map((t) => t.text).join(' ');
    const country = cityCountry(name);
    if (country) return { city: name, country };
  }
  return null;
}

/** Verbs and nouns of going before "to the" + a seat of government ("went to the White House"). */
const GOES_TO = new Set(['went', 'go', 'goes', 'going', 'came', 'come', 'comes', 'travelled', 'traveled', 'headed', 'flew', 'drove', 'walked', 'trip', 'visit', 'journey']);

/**
 * The first city after "in/to/at" or a verb of visiting ("visited Kyiv") in the sentence (from
 * token `after` on); with `before`, the last one before that token.
 */
function findCity(info: SentenceInfo, before?: number, after = 0, first = false): { city: string; country: string } | null {
  const toks = info.tokens;
  let found: { city: string; country: string } | null = null;
  const stop = before === undefined ? toks.length - 1 : Math.min(before, toks.length - 1);
  for (let i = after; i < stop; i++) {
    const w = toks[i]?.lower;
    if (toks[i + 1]?.lower === 'the' && EVENT_OPENERS.has(w ?? '') && (w !== 'of' || EDGES.has(toks[i - 1]?.lower ?? ''))) {
      // "on the sidelines of the Munich Security Conference", "at the Riyadh talks"
      const ev = eventCity(toks, i + 2);
      if (ev) {
        found = ev;
        if (before === undefined || first) return found;
        continue;
      }
    }
    // (also a tour's "Her first stop was Nairobi on Tuesday, where …", "The last stop, Cotonou, came on Wednesday")
    const stopWas = (w === 'was' || w === 'is' || w === ',') && (toks[i - 1]?.lower === 'stop' || toks[i - 1]?.lower === 'destination');
    if (w !== 'in' && w !== 'to' && w !== 'at' && !VISITS.has(w ?? '') && !stopWas) continue;
    if (talkedAbout(info, i + 1)) continue;
    // longest capitalised run after the preposition; after "the", only a seat of government
    // ("at the White House", "in the Kremlin")
    let j = i + 1;
    // (not "The Hague": a city with its article)
    let the = toks[j]?.lower === 'the' && !(toks[j]?.text === 'The' && toks[j + 1]?.cap && cityCountry(`The ${toks[j + 1]!.text}`));
    if (the) {
      // (and where one goes: "visited the White House", "went to the Kremlin for talks")
      // (not "according to the Casa Rosada")
      if (w !== 'at' && w !== 'in' && !(w === 'to' && GOES_TO.has(toks[i - 1]?.lower ?? '')) && !VISITS.has(w ?? '')) continue;
      j++;
      // "in the border city of Cucuta", "in the Russian city of Kazan": the city after "of"
      const of = toks.slice(j, j + 4).findIndex((t) => t.lower === 'of');
      if (of >= 1 && toks.slice(j, j + of).some((t) => SETTLEMENTS.has(t.lower))) {
        j += of + 1;
        the = false;
      } else {
        // "in the capital Ankara", "in the Turkish capital, Ankara": the name after it; "in the Turkish
        // capital": that state's capital
        const k = toks.slice(j, j + 3).findIndex((t) => SETTLEMENTS.has(t.lower)) + j;
        if (k >= j && toks.slice(j, k).every((t) => t.cap)) {
          const named = toks[k + 1]?.text === ',' ? k + 2 : k + 1;
          const demonym = info.places.find((p) => p.tokEnd === k && p.tokStart >= j);
          if (toks[named]?.cap && toks[named]?.word) {
            j = named;
            the = false;
          } else if (toks[k]?.lower === 'capital' && demonym) {
            const city = capitalOf(demonym.code);
            if (city && cityCountry(city) === demonym.code) {
              found = { city, country: demonym.code };
              if (before === undefined || first) return found;
              continue;
            }
          }
        }
      }
    }
    const run: string[] = [];
    while (j < toks.length && toks[j]?.word && (toks[j]?.cap || (run.length > 0 && cityParticle(toks, j))) && run.length < 4) {
      run.push(toks[j]?.text ?? '');
      j++;
      if (toks[j - 1]?.poss) break;
    }
    for (let n = run.length; n >= 1; n--) {
      const name = run.slice(0, n).join(' ');
      const seatCity = SEAT_CITIES[name];
      // "at Lancaster House in London": a building named after a place is not that place
      // (a seat of government's is in its city: "at the Moncloa Palace")
      if (BUILDINGS.has(run[n]?.toLowerCase() ?? '') && !seatCity) continue;
      const city = seatCity ?? (the ? undefined : name);
      const code = city && cityCountry(city);
      if (code) {
        // "officials in Cairo said": where the speakers are, not the event
        if (SPEAKERS.has(toks[i - 1]?.lower ?? '') && REPORTING.test(toks[i + 1 + n + (the ? 1 : 0)]?.lower ?? '')) break;
        found = { city: city as string, country: code };
        break;
      }
    }
    if (found && (before === undefined || first)) return found;
  }
  return found;
}

/** Words that make the place name before them a building's or a venue's: "Lancaster House", "Ritz Hotel". */
const BUILDINGS = new Set(['house', 'palace', 'hall', 'hotel', 'castle', 'centre', 'center', 'gardens', 'square', 'street', 'park', 'stadium', 'airport', 'station', 'tower', 'building', 'residence', 'lodge', 'manor', 'court', 'villa']);

/** "X on Tuesday said …": a day between the name and the verb of saying. */
function saysAfterDay(toks: Token[], at: number): boolean {
  return toks[at]?.lower === 'on' && WEEKDAYS.has(toks[at + 1]?.lower ?? '') && REPORTING.test(toks[at + 2]?.lower ?? '');
}

const SPOKESPERSON = /^spokes(?:person|man|woman)$/;

/** ", a spokesperson for the ministry, said": a spokesperson's apposition at the comma `at`, then a verb of saying. */
function spokespersonSaid(toks: Token[], at: number): boolean {
  let spokes = false;
  for (let k = at + 1; k < toks.length && k <= at + 12; k++) {
    const t = toks[k] as Token;
    if (t.text === ',') return spokes && REPORTING.test(toks[k + 1]?.lower ?? '');
    if (SPOKESPERSON.test(t.lower)) spokes = true;
  }
  return false;
}

/** Persons named in the sentence who take part (not speakers, not senders of letters). */
/** The words from the mention `m` to the meeting word at `triggerTok`. */
function textToTrigger(info: SentenceInfo, m: PersonMention, triggerTok: number): string {
  const toks = info.tokens;
  return info.s.text.slice((toks[m.tokEnd - 1]?.end ?? 0) - info.s.start, (toks[triggerTok]?.start ?? 0) - info.s.start);
}

function participantsOf(info: SentenceInfo, ms: PersonMention[], triggerTok: number): number[] {
  const toks = info.tokens;
  const out: number[] = [];
  // which of the phrase tests below can apply at all (one scan each, not one regex per mention)
  const text = info.s.text;
  const mayBeOnBehalf = text.includes('behalf') || text.includes(' place of') || text.includes('instead of') || text.includes('standing in') || text.includes('represent');
  const mayBeGovernment = /\b(?:government|administration|regime|cabinet) of\b/.test(text);
  const mayTell = text.includes(' that ');
  const mayInvite = text.includes('nvitation');
  const mayBeBetween = text.includes(' between ');
  const mayBeFuture = text.includes(', which ');
  // "… happened a day after a telephone conversation between X and the presidents of A, Y, and B, Z":
  // the encounter named "between" two or more people is theirs alone
  const betweenAt = !mayBeBetween ? -1 : toks[triggerTok + 1]?.lower === 'between' ? triggerTok + 1 : toks[triggerTok + 2]?.lower === 'between' && !toks[triggerTok + 1]?.cap ? triggerTok + 2 : -1;
  // (not the host of it: "X hosted the talks between A and B")
  const onlyAfter =
    betweenAt >= 0 && ms.filter((m) => m.tokStart > betweenAt).length >= 2 && !toks.slice(Math.max(0, triggerTok - 3), triggerTok).some((t) => HOSTED_BETWEEN.test(t.lower));
  // "… after months of tension between Presidents X and Y": the two sides of a strife told after the trigger are talked about
  const strifeAt = !mayBeBetween ? -1 : toks.findIndex((t, k) => k > triggerTok && t.lower === 'between' && STRIFE.has(toks[k - 1]?.lower ?? ''));
  for (const m of ms) {
    if (onlyAfter && m.tokStart < betweenAt) continue;
    if (strifeAt >= 0 && m.tokStart > strifeAt && !toks.slice(strifeAt, m.tokStart).some((t) => t.text === ',' || t.text === ';')) continue;
    const next = toks[m.tokEnd];
    const next2 = toks[m.tokEnd + 1];
    const isSpeaker =
      (next && REPORTING.test(next.lower)) ||
      // ("Zakharova: Lavrov, Kazakh FM Nurtleu held talks": a headline's speaker before a colon)
      (m.tokStart === 0 && next?.text === ':' && ms.length >= 3) ||
      // ("X, a spokesperson for the Dutch ministry, said …")
      (next?.text === ',' && spokespersonSaid(toks, m.tokEnd)) ||
      (next && next2 && ['on', 'has', 'had', 'later', 'also', 'then', 'previously'].includes(next.lower) && REPORTING.test(next2.lower)) ||
      saysAfterDay(toks, m.tokEnd);
    if (isSpeaker && m.tokStart < triggerTok) {
      // "Macron said he spoke by phone to …": the speaker takes part when "he" does
      const between = toks.slice(m.tokEnd, triggerTok).map((t) => t.lower);
      // "X said after a meeting with Y" ("… after meeting Y", "… on Dec 9 after calling on Y"): the meeting is the speaker's own
      // "X told his counterpart Y in a phone call …": the telling was the call
      const own =
        /^(?:after|following|during)$/.test(between.at(-1) ?? '') ||
        /^(?:after|following|during|at)$/.test(between.at(-2) ?? '') ||
        /^(?:after|following|during|at)$/.test(between.at(-3) ?? '') ||
        (next?.lower === 'told' && ms.some((o) => o.pid !== m.pid && o.tokStart > m.tokEnd && o.tokStart <= m.tokEnd + 5 && o.tokEnd <= triggerTok)) ||
        // "X recalled his (last) meeting with Y": X's own
        (RECALLED.has(next?.lower ?? '') && between.length <= 4 && /^(?:his|her|their)$/.test(between[1] ?? ''));
      if (!own && !between.some((w) => w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i')) continue;
    }
    // "Speaking at a joint news conference with X, Y said …", "In a phone call with X, Y said …",
    // "After his meeting with X, Y told reporters …": Y is the subject of the opening phrase
    if (isSpeaker && m.tokStart > triggerTok && !subjectOfOpening(toks, triggerTok, m.tokStart)) continue;
    // the words before the mention end with "according to", "from" or "by" only if the last one does
    const lastBefore = toks[m.tokStart - 1]?.lower ?? '';
    if (lastBefore.endsWith('to') || lastBefore.endsWith('from') || lastBefore.endsWith('by')) {
      const prev = toks.slice(Math.max(0, m.tokStart - 3), m.tokStart).map((t) => t.lower).join(' ');
      if (/according to$/.test(prev)) continue;
      // "a letter from X": X sent it and was not there
      if (/\b(?:from|by)$/.test(prev) && /\bletter|message\b/i.test(toks.slice(Math.max(0, m.tokStart - 6), m.tokStart).map((t) => t.text).join(' '))) continue;
    }
    // "conveyed greetings from Custodian of the Two Holy Mosques King X": before the title too
    if (sentBy(toks, m.tokStart)) continue;
    // "X, who accompanied Y, held separate talks with Z": the object of a relative clause before the trigger
    if (m.tokStart < triggerTok && insideRelative(toks, m, triggerTok, SEPARATE.test(text))) continue;
    // "…, according to a readout from his spokesman, X": the source of the report (and "According to
    // aide X, the president will hold …" before it)
    if (sourceOfReport(toks, m.tokStart)) continue;
    // ("…, ministry spokesperson X said in a statement", "… what State House spokeswoman Y described as …": the spokesperson reports it)
    if (spokespersonSays(toks, m)) continue;
    const t0 = toks[m.tokEnd - 1];
    if (t0?.poss && !next?.word) continue;
    // "X's talks", "X's upcoming visit", "X's two-day state visit": the owner of the encounter
    // ("accepted President X's invitation to visit Helsinki": X, the host, takes part)
    if (t0?.poss && next && !ownEncounter(toks, m.tokEnd) && !(next.lower === 'invitation' && toks[m.tokEnd + 1]?.lower === 'to')) continue;
    // (nor one of a relative clause about an event to come: "… reviewed preparations for the next meeting of the Council,
    // which will be chaired by X and Y")
    if (mayBeFuture && m.tokStart > triggerTok && FUTURE_RELATIVE.test(text.slice((toks[triggerTok]?.end ?? 0) - info.s.start, (toks[m.tokStart]?.start ?? 0) - info.s.start))) continue;
    // (an encounter of another kind after the trigger is another event: "… agreed in phone talks to prepare President X's visit to Japan")
    if (t0?.poss && m.tokStart > triggerTok && kindOfTrigger(toks[triggerTok]?.lower) !== kindOfTrigger(encounterAt(toks, m.tokEnd))) continue;
    // (… "to prepare a visit by X": the visitor of that visit to come)
    if (m.tokStart > triggerTok && toks[m.tokStart - 1]?.lower === 'by' && PREPARED_VISIT_BY.test(text.slice(Math.max(0, (toks[m.tokStart - 1]?.start ?? 0) - info.s.start - 50), (toks[m.tokStart]?.start ?? 0) - info.s.start))) continue;
    // the word before the mention's title ("on behalf of Crown Prince X": "of")
    const lead = beforeTitle(info, m.tokStart);
    // "X updated (briefed) President Y on his call with Z": X's call, not Y's
    if (m.tokStart < triggerTok && BRIEFED.test(toks[lead]?.lower ?? '') && BRIEFED_ON.test(text.slice((toks[m.tokEnd - 1]?.end ?? 0) - info.s.start))) continue;
    // "Y, the Middle East envoy of President-elect X": X sent Y and was not there; "…, a source told Z": the outlet
    if (toks[lead]?.lower === 'of' && SENT_FOR.has(toks[lead - 1]?.lower ?? '')) continue;
    // ("…, special envoy of the President of the Transitional Council, General X": across the title in apposition)
    if (m.tokStart > triggerTok && sentForBefore(toks, m.tokStart)) continue;
    // ("received the special envoy of the President of Malawi, Dr X, in the person of Y": X sent Y)
    if (m.tokStart > triggerTok && inThePersonOf(toks, m.tokEnd)) continue;
    // ("Y, the senior adviser for Africa to President X": X's adviser, not X)
    if (aideOf(info, m)) continue;
    // ("…, a move that strained his relationship with President X": a relation, not a meeting)
    if (m.tokStart > triggerTok && toks[lead]?.lower === 'with' && RELATION_NOUNS.has(toks[lead - 1]?.lower ?? '')) continue;
    // ("Y, head of the Chancellery of President X": the office's head, not X)
    if (toks[lead]?.lower === 'of' && headOfOfficeOf(toks, lead)) continue;
    if (m.tokStart > triggerTok && toks[m.tokStart - 1]?.lower === 'told' && lead === m.tokStart - 1) continue;
    // "X led the delegation on behalf of Crown Prince Y" ("in place of", "instead of", "standing in for"): Y was not there
    // (also across the title in apposition: "acting on behalf of the Head of State, His Excellency Y")
    if (mayBeOnBehalf && ON_BEHALF.test(text.slice(Math.max(0, (toks[lead]?.start ?? 0) - info.s.start - 20), (toks[lead + 1]?.start ?? 0) - info.s.start).trim())) continue;
    if (mayBeOnBehalf && toks[lead]?.text === ',' && ON_BEHALF_TITLE.test(text.slice(Math.max(0, (toks[lead]?.start ?? 0) - info.s.start - 80), (toks[lead]?.start ?? 0) - info.s.start))) continue;
    // "Hours after the opening ceremony hosted by X, Y sat down with Z": X is in the phrase of time, not at the meeting
    if (m.tokStart < triggerTok && inTimePhrase(toks, m.tokStart, triggerTok)) continue;
    // "… sent a fraternal greeting to brother X", "… since taking over from his father, X": X was not there
    if (m.tokStart > triggerTok) {
      const upToLead = text.slice(Math.max(0, (toks[lead]?.start ?? 0) - info.s.start - 30), (toks[lead]?.end ?? 0) - info.s.start);
      if (/\b(?:greetings?|regards|wishes|message) to(?: \w+)?$/i.test(upToLead) || SUCCEEDED.test(upToLead)) continue;
    }
    // "… a crisis between Madrid and the government of X": X's government is talked about
    if (mayBeGovernment && GOVERNMENT_OF.test(text.slice(Math.max(0, (toks[lead]?.start ?? 0) - info.s.start - 20), (toks[m.tokStart]?.start ?? 0) - info.s.start))) continue;
    // "X … announced that Y will make a visit to Madrid": Y's visit, X only tells of it
    if (mayTell && m.tokStart < triggerTok && THAT_CLAUSE.test(textToTrigger(info, m, triggerTok))) continue;
    // "X reiterated the invitation extended by Y to Z to visit Dhaka": Y's and Z's, not X's
    if (mayInvite && m.tokStart < triggerTok && INVITATION_BY.test(textToTrigger(info, m, triggerTok))) continue;
    // "X's visit was to be followed by a meeting between Y and Z": the meeting told is Y and Z's
    if (mayBeBetween && t0?.poss && BETWEEN.test(text.slice((t0.end ?? 0) - info.s.start))) continue;
    if (!out.includes(m.pid)) out.push(m.pid);
  }
  return out;
}

/** "The visiting minister (dignitary, president, …)", "the guest", "the visitor" as the subject. */
const VISITOR_SUBJECT = /^(?:(?:in the (?:morning|afternoon|evening)|later(?: (?:that|the same) day)?|afterwards|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening))?),? )?(?:the|our) (?:visiting (?:dignitary|minister|foreign minister|president|prime minister|leader|official|envoy|secretary|chancellor|king|emir|guest)|(?:distinguished )?guest|visitor|(?:first|second|third|next|last|final) (?:leg|stop))\b/i;
/** "The American envoy", "the emissary" opening a sentence whose pronoun object is received: the visitor. */
const ENVOY_SUBJECT = /^(?:the|our) (?:[A-Z][\w-]+ )?(?:envoy|emissary)\b/i;

/** "accompanied throughout the tour by", "accompanied in all the tour by", "accompanied on the whole trip by". */
const WHOLE_TRIP = /\baccompanied (?:in|on|during|throughout|for) (?:all (?:of )?|the whole |the entire )?(?:the|his|her|their) (?:tour|trip|visit|journey|travels) by\b/i;

/** The one participant of meeting `d` of another state than the one it took place in. */
function visitorOf(d: DraftMeeting | undefined, aff: Map<number, Affiliation>): number | null {
  return d ? oneOfAnotherState(d, aff, d.country) : null;
}

/** The one participant of meeting `d` of a known state other than `state`, or null. */
function oneOfAnotherState(d: DraftMeeting, aff: Map<number, Affiliation>, state: string | null): number | null {
  const from = d.participants.filter((pid) => {
    const c = aff.get(pid)?.country;
    return !!c && c !== state;
  });
  return from.length === 1 ? (from[0] as number) : null;
}

/** The states a meeting touches: where it was held and its participants'. */
function statesAt(d: DraftMeeting, aff: Map<number, Affiliation>): Set<string> {
  const out = new Set(statesOf(aff, d.participants));
  if (d.country) out.add(d.country);
  return out;
}

/** Are the sentence's people of known states, each one of `fits`'s and none of `not`'s? */
function joinersOfStates(ms: PersonMention[], aff: Map<number, Affiliation>, fits: DraftMeeting, not: DraftMeeting): boolean {
  const states = ms.map((m) => (aff.get(m.pid)?.guessed ? null : countryOfPid(aff, m.pid)));
  if (!states.length || states.some((c) => !c)) return false;
  const yes = statesAt(fits, aff);
  const no = statesAt(not, aff);
  return states.every((c) => yes.has(c as string) && !no.has(c as string));
}

/** "agreed in Riga": the city (a run of capitalised words) where an agreement was reached. */
const AGREED_IN = /\bagreed in ((?:[A-Z][\p{L}'’-]+)(?: [A-Z][\p{L}'’-]+){0,2})/u;
/**
 * "X and Y agreed on Tuesday to …" opening a story: two people of two states named as the subject of
 * "agreed" (the second at most a few words before it), told before any meeting, agreed at their meeting.
 */
function agreedPair(info: SentenceInfo, ms: PersonMention[], aff: Map<number, Affiliation>): RegExpExecArray | null {
  const m = /\bagreed\b/.exec(info.s.text);
  if (!m) return null;
  const k = firstTokenFrom(info.tokens, info.s.start + m.index);
  const before = ms.filter((x) => x.tokEnd <= k);
  const [a, b] = before;
  if (before.length !== 2 || !a || !b || a.pid === b.pid || k - b.tokEnd > 4) return null;
  if (!info.tokens.slice(a.tokEnd, b.tokStart).some((t) => t.lower === 'and') || info.tokens.slice(b.tokEnd, k).some((t) => t.text === ',' || t.lower === 'and')) return null;
  const ca = countryOfPid(aff, a.pid), cb = countryOfPid(aff, b.pid);
  return ca && cb && ca !== cb ? m : null;
}

/**
 * "… a committee that has not met since 2019", "the border commissions, which last met in December" at token t: a
 * body's sittings told in a relative clause ("that" or "which", never "who"), no meeting of people.
 */
const BODY_MET_WORDS = new Set(['has', 'have', 'had', 'not', 'never', 'rarely', 'seldom', 'yet', 'last', 'first', 'recently', 'previously', 'also']);
function bodyNotMetAt(toks: Token[], t: number): boolean {
  if (toks[t]?.lower !== 'met') return false;
  let k = t - 1;
  while (k >= 0 && t - k <= 3 && BODY_MET_WORDS.has(toks[k]?.lower ?? '')) k--;
  return /^(?:that|which)$/.test(toks[k]?.lower ?? '');
}

/** People of a call agreeing to meet: "agreed to meet again", "agreed to meet in person". */
const AGREED_TO_MEET = /\bagreed to (?:meet|hold talks)(?: again| in person| soon)?\b/i;

/** A report's attribution closing a sentence: ", the Foreign Ministry said on Thursday." */
const ATTRIBUTION_TAIL = /,\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|reported|announced|stated)\b[^,]*$/;

/** ", with whom he had spoken by telephone": the subject's own encounter with the one just named. */
const WITH_WHOM = /, with whom (?:he|she) (?:had |has )?(?:also |already |last |previously )?(?:spoken|spoke|talked|met|held talks|conferred)\b/i;

/** "The message was handed over …": a letter's handing over told after it. */
const HANDED_OVER = /^(?:the|this|that) (?:(?:written|verbal|special|personal) )?(?:message|letter) (?:was|were) (?:delivered|handed over|conveyed|handed)\b/i;

/** Verbs of handing a letter over, before the letter's word: "X delivered (handed, conveyed) a message from Y to Z". */
const HANDED = /\b(?:delivered|handed(?: over)?|conveyed|presented|gave)\b/i;

/** A letter or message handed over by someone: "The message was delivered … by X". */
const DELIVERED_BY = /^(?:the|this|that) (?:(?:written|verbal|special|personal) )?(?:message|letter)\b[^.;]*\b(?:was|were) (?:delivered|handed over|conveyed|handed)\b[^.;]*\bby\b/i;

/** "All four meetings were attended by …", "all the meetings": the last that many held meetings of two or more, told in the six sentences before. */
function allOf(out: DraftMeeting[], text: string, at: number): DraftMeeting[] {
  // (or "all of these meetings")
  // (or "in the three meetings")
  const m = /\ball (?:of )?(?:(two|three|four|five|six|the|these|those) )?(?:meetings|talks)\b|\b(?:in|at|to) the (two|three|four|five|six) (?:meetings|talks)\b/i.exec(text);
  if (!m) {
    // "X took part in the meetings Wednesday": the held meetings told last, of that one day
    // (or "The meetings were attended by X and Y" closing a readout of several)
    if (!/\b(?:in|at|attended|joined) the meetings\b|^(?:the|these|those|both|all) (?:three |two |four )?meetings (?:were|was) (?:also )?attended by\b/i.test(text)) return [];
    const held = out.filter((d) => d.kind === 'meeting' && !d.gathering && d.status === 'held' && d.participants.length >= 2 && at - sentenceOf(d) <= 10);
    const day = held.at(-1)?.date;
    // (a meeting not dated yet may be of that day: the story's setting dates it later)
    const sameDay = held.filter((d) => d.date === day || d.date === null || !day);
    return sameDay.length >= 2 ? sameDay : [];
  }
  // (a readout's closing line may name them all after ten sentences of them)
  const recent = out.filter((d) => d.kind === 'meeting' && !d.gathering && d.status === 'held' && d.participants.length >= 2 && at - sentenceOf(d) <= 10);
  const n = NUMBER_WORDS.indexOf((m[1] ?? m[2] ?? 'the').toLowerCase());
  if (n < 0) return recent;
  return recent.length >= n ? recent.slice(-n) : [];
}

/** "Y attended both of the minister's meetings": the last two held meetings told, when they share someone. */
function lastTwoOfOne(out: DraftMeeting[], at: number): DraftMeeting[] {
  const two = out.filter((d) => d.kind === 'meeting' && !d.gathering && d.status === 'held' && d.participants.length >= 2 && at - sentenceOf(d) <= 6).slice(-2);
  return two.length === 2 && two[0]!.participants.some((p) => two[1]!.participants.includes(p)) ? two : [];
}

/** A weekday's event: "Thursday's session", "Monday's talks". */
const DAYS_EVENT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s (?:[\w-]+ )?(?:session|meeting|talks|consultations)\b/i;

/** The event a joiner's sentence names by a noun that tells it apart: "attended the talks", "joined the dinner", "at the foreign ministers' talks", "The talks were attended by". */
/** "the ministers' session", "the presidents' talks": the meeting of two people of that office. */
const OFFICES_SESSION = /\bthe (ministers|presidents)['’] (?:session|meeting|talks)\b/i;
/** A joiner of "the call": "took part in the call", "joined the phone call", "was on the call" (not "a topic … present in the conversation"). */
const JOINED_CALL = /\b(?:took part in|participated in|joined|(?:was|were) (?:also )?on) the (?:(?:phone|telephone|video) )?(?:call|conversation)\b|\b(?:was|were) (?:also )?on the line\b/i;
/** "the Bogor meeting", "the Doha talks": a meeting named by its city. */
const CITY_MEETING = /\bthe ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:meeting|talks|summit)\b/;
const JOINED_NOUN = /\b(?:attended|attending|joined|at|took part in|participated in|part of) (?:the|that|this) (?:(?!talks\b)[\w'’-]+ ){0,3}(talks|consultations|lunch|luncheon|dinner|banquet)\b|^the (talks|consultations|lunch|luncheon|dinner|banquet) (?:were|was) (?:also )?attended by\b/i;

/** Verbs of remembering an event: "He recalled the visit of X". */
const RECALLED = new Set(['recalled', 'recalling', 'recalls', 'remembered', 'recollected']);

/** People sent by someone: "the envoy of X", "an adviser of X". */
const SENT_FOR = new Set([...ACTING_FOR, 'envoys', 'negotiator', 'delegation']);

/** Nouns of a standing relation before "with" ("his relationship with X", "ties with Y"). */
const RELATION_NOUNS = new Set(['relationship', 'relationships', 'relations', 'ties', 'rift', 'feud', 'dispute', 'row', 'rivalry', 'friendship', 'alliance']);

/** "head (chief, director) of the Chancellery (Office, Cabinet …) of" ending at `of`, the word before the one named. */
const OFFICE_NOUNS = new Set(['chancellery', 'office', 'cabinet', 'administration', 'secretariat', 'bureau', 'staff']);
function headOfOfficeOf(toks: Token[], of: number): boolean {
  if (!OFFICE_NOUNS.has(toks[of - 1]?.lower ?? '')) return false;
  const k = toks[of - 2]?.lower === 'the' ? of - 3 : of - 2;
  return toks[k]?.lower === 'of' && /^(?:head|chief|director|director-general|secretary|manager)$/.test(toks[k - 1]?.lower ?? '');
}
/** "Y, envoy of the President of the Council, General X": a SENT_FOR word and "of", then only a title's words up to `at`. */
function sentForBefore(toks: Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 14; k--) {
    const t = toks[k] as Token;
    if (t.lower === 'of' && SENT_FOR.has(toks[k - 1]?.lower ?? '')) {
      // (the envoy phrase itself in apposition to someone named before it, "Mr Y, special envoy of …"; not
      // "The special envoy of the President of Kenya, Z, met …", where Z is the envoy)
      let j = k - 2;
      while (j >= 0 && /^(?:special|personal|presidential|the|a|an)$/.test(toks[j]?.lower ?? '')) j--;
      return toks[j]?.text === ',';
    }
    // (not across another person: "Y, the envoy of X, and Z")
    if (!(t.cap || (t.text === ',' && toks[k + 1]?.lower !== 'and') || t.lower === 'of' || t.lower === 'the')) return false;
  }
  return false;
}
/** Words before someone who was not there, another standing in: "on behalf of", "in place of", "standing in for", "(who) represented". */
const STANDING_IN = String.raw`\b(?:on behalf of|in place of|instead of|standing in for|represent(?:ed|ing))`;
/** Those words right before the name's title ("on behalf of (the) Crown Prince X"). */
const ON_BEHALF = new RegExp(`${STANDING_IN}(?: the)?$`, 'i');
/** The same with a title after it, before a comma: "on behalf of the Head of State, " (then the name). */
const ON_BEHALF_TITLE = new RegExp(String.raw`${STANDING_IN} (?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|for))*$`);
/** Advisers' roles: "adviser to President X", "the senior adviser for Africa to X". */
const ADVISERS = new Set(['adviser', 'advisor', 'aide', 'counsellor', 'counselor']);

/** Is the "to" at `at` the end of an adviser's role ("the senior adviser for Africa to")? */
function adviserTo(toks: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (ADVISERS.has(toks[k]?.lower ?? '')) return true;
    if (toks[k]?.text === ',') return false;
  }
  return false;
}

/** "Y, an aide to President X": the one Y advises, named after "to". */
function aideOf(info: SentenceInfo, m: PersonMention): boolean {
  const lead = beforeTitle(info, m.tokStart);
  return info.tokens[lead]?.lower === 'to' && adviserTo(info.tokens, lead);
}

/** "the government (administration, regime) of X": X's state acting, not X. */
const GOVERNMENT_OF = /\bthe (?:government|administration|regime|cabinet) of\s*(?:[A-Z][\w.'-]*\s*)*$/;
/** A verb of telling with its "that" clause, then someone else named before the meeting word. */
const THAT_CLAUSE = /\b(?:said|announced|told \w+|confirmed|added|noted|stated|revealed|disclosed) that\b[^;]*\b(?:[A-Z][\w'-]+)\b/;

/** Telling someone of one's own encounter: "updated Y on his call with Z". */
const BRIEFED = /^(?:updated|updates|briefed|briefs|briefing|informed|informs|told|tells)$/;
const BRIEFED_ON = /^\s*(?:on|about|of) (?:(?:the )?(?:results?|outcomes?) of )?(?:his|her|their|the) (?:(?:recent|latest|earlier|previous) )?(?:phone |telephone )?(?:call|talks|meeting|visit|conversation|discussions?)\b/i;

/** An invitation someone else made, passed on: "reiterated the invitation extended by Y". */
const INVITATION_BY = /\binvitation (?:extended|issued|made|sent) by\b/i;

/** Verbs of one who arranges talks between others: "X hosted (brokered) the talks between A and B". */
const HOSTED_BETWEEN = /^(?:hosted|hosts|hosting|chaired|mediated|brokered|facilitated|organised|organized)$/;

/** An encounter of the people named after "between". */
const BETWEEN = /\b(?:meeting|talks|summit|call) between\b/i;

/** "according to" in the words (no verb, no other clause) before the mention at `at`: "according to a readout from his spokesman, X". */
function sourceOfReport(toks: Token[], at: number): boolean {
  // (an "and" inside a long title goes on, a little further: "according to the Secretary for Africa and the
  // Middle East, Ambassador X"; a spokesman's title further still: "according to a statement read on state
  // television by the government spokesman, Colonel X")
  let reach = 10;
  for (let k = at - 1; k >= 1 && k >= at - reach; k--) {
    const w = toks[k]?.lower ?? '';
    if (w === 'to' && toks[k - 1]?.lower === 'according') return !sourceEndsAtComma(toks, k + 1, at);
    const titleAnd = w === 'and' && k < at - 3 && (toks[k + 1]?.lower === 'the' || !!toks[k + 1]?.cap) && toks[k - 1]?.text !== ',';
    if (titleAnd) reach = Math.max(reach, 14);
    if (k >= at - 4 && SPOKESPERSON.test(w)) reach = 20;
    if (w === ';' || (w === 'and' && !titleAnd) || REPORTING.test(w) || MEET_WORD.test(w)) return false;
  }
  return false;
}

/**
 * Does a source that names no person end at a comma between `from` and the mention at `at`? "According to the ministry,
 * X spoke …", "According to officials, Taoiseach X met …" (not "according to his spokesman, X", nor "according to the
 * Secretary for Africa and the Middle East, Ambassador X").
 */
function sourceEndsAtComma(toks: Token[], from: number, at: number): boolean {
  let comma = -1;
  for (let k = from; k < at; k++) if (toks[k]?.text === ',') comma = k;
  if (comma < 0) return false;
  for (let k = from; k < comma; k++) {
    const w = toks[k]?.lower ?? '';
    if ((isTitleWord(w) && !SOURCE_BODIES.has(w)) || SPOKESPERSON.test(w) || PERSON_SOURCES.has(w)) return false;
  }
  return true;
}
/** Words of titles that name a body, not a person: "the ministry", "the government". */
const SOURCE_BODIES = new Set(['ministry', 'government', 'office', 'presidency', 'department', 'embassy', 'cabinet', 'state', 'foreign', 'national', 'federal', 'press']);
/** Sources that are people, before a comma and their name: "according to his aide, X". */
const PERSON_SOURCES = new Set(['aide', 'aides', 'adviser', 'advisor', 'official', 'source', 'diplomat', 'envoy', 'representative', 'chief', 'head', 'director', 'secretary']);
const MEET_WORD = /^(?:met|meet|meets|meeting|talks|visit|visited|received|hosted|welcomed|with)$/;
/** A spokesman told as the source ("according to a statement read … by the government spokesman, X"): no joiner. */
function spokesmanSource(toks: Token[], at: number): boolean {
  return toks.slice(Math.max(0, at - 4), at).some((t) => SPOKESPERSON.test(t.lower)) && sourceOfReport(toks, at);
}

/** A spokesperson (press or communications officer) named right before a verb of saying: the one who tells, not one who takes part. */
function spokespersonSays(toks: Token[], m: PersonMention): boolean {
  if (!toks.slice(Math.max(0, m.tokStart - 4), m.tokStart).some((t) => SPOKESPERSON.test(t.lower) || t.lower === 'communications')) return false;
  return toks.slice(m.tokEnd, m.tokEnd + 3).some((t) => /^(?:said|says|told|added|described|stated|explained|confirmed)$/.test(t.lower));
}

/** Prepositions that open a phrase about another event, before the subject: "Before the summit, …" (not "In a phone call, …"). */
const OPENING_PREPS = new Set(['during', 'before', 'after', 'ahead', 'following']);

/** The comma ending an opening phrase with no one named in it ("Before the summit, X …"), else -1. */
function openingPhraseEnd(info: SentenceInfo, ms: PersonMention[]): number {
  // ("Hours after the opening ceremony hosted by X, Y sat down with Z": a phrase of time, whatever it names)
  if (timeLead(info.tokens) === 1) {
    const end = info.tokens.findIndex((t, i) => i < 20 && t.text === ',');
    if (end > 0) return end;
  }
  if (!OPENING_PREPS.has(info.tokens[0]?.lower ?? '')) return -1;
  // (past a name in apposition: "During her meeting with the Minister of Foreign Affairs, X, the two …")
  const comma = pastApposition(info.tokens, ms, info.tokens.findIndex((t, i) => i < 12 && t.text === ','));
  return comma > 0 && !ms.some((m) => m.tokStart < comma) ? comma : -1;
}

/** The comma at `comma`, or when a name in apposition follows it ("…, X, the two …") the comma after that name. */
function pastApposition(toks: Token[], ms: PersonMention[], comma: number): number {
  const appos = comma > 0 ? ms.find((m) => m.tokStart === comma + 1 && toks[m.tokEnd]?.text === ',') : undefined;
  return appos ? appos.tokEnd : comma;
}

/** Does the mention's own clause say the person stayed away ("X did not attend", "Y also stayed away")? */
function stayedAway(info: SentenceInfo, m: PersonMention): boolean {
  const from = (info.tokens[m.tokEnd - 1]?.end ?? info.s.start) - info.s.start;
  const clause = /^[^,;]*/.exec(info.s.text.slice(from))?.[0] ?? '';
  return STAYED_AWAY.test(clause);
}
const STAYED_AWAY = /\b(?:(?:did|does|will|would|could) not|didn't|won't|couldn't) (?:attend|travel|come|go|take part|join)\b|\b(?:stayed|stays|stay) away\b|\b(?:was|were) absent\b|\b(?:skipped|boycotted|missed) the\b/i;

/** A sentence that announces a list on the lines after it: "The Senegalese delegation comprised:". */
const LIST_OPENS = /:\s*$/;
/** A line of a list: "- Mr. X, Prime Minister;", "• Y", "2) Z". */
const LIST_ITEM = /^(?:[-–—•*·]\s|\d{1,2}[.)]\s)/;

/** Pronouns as the object of a verb ("received him"). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Verbs of receiving someone: "received", "welcomed", "hosted", "greeted", "met". */
const RECEIVING = /^(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|greets|met|meets)$/;
/** A verb of receiving at `t` with a pronoun object right after it: "received him". */
// (also "granted him an audience", and "received his guest")
const receivesPronoun = (toks: Token[], t: number): boolean =>
  (RECEIVING.test(toks[t]?.lower ?? '') || (toks[t]?.lower === 'granted' && (toks[t + 2]?.lower === 'audience' || toks[t + 3]?.lower === 'audience'))) &&
  (OBJECT_PRONOUNS.has(toks[t + 1]?.lower ?? '') || (/^(?:his|her)$/.test(toks[t + 1]?.lower ?? '') && /^(?:guest|visitor)$/.test(toks[t + 2]?.lower ?? '')));

/** "During the call", "at the call": a call told before, which may be a courtesy call in person. */
const CALL_BACK = /\b(?:during|at|after|in the course of) the call\b/i;
/** Words of an exchange at a distance. */
const REMOTE_WORDS = /\b(?:phone|telephone|telephonic|video|virtual|online|dialled|dialed|rang)\b/i;

/** One call of several: "a video conference with Y, Z and W", "a conference call", "a joint call". */
const JOINT_CALL = /\b(?:a|the) (?:joint |trilateral |quadrilateral |three-way |four-way |virtual )?(?:video ?conference|conference call|video call|(?:phone |telephone )?call (?:of|among)|virtual (?:meeting|summit|conference))\b/i;

/** Is mention `m` in another part of the sentence (split at ";") than the offset `at` of its text? */
function otherPart(info: SentenceInfo, m: PersonMention, at: number): boolean {
  const pos = (info.tokens[m.tokStart]?.start ?? info.s.start) - info.s.start;
  const [lo, hi] = pos < at ? [pos, at] : [at, pos];
  return info.s.text.slice(lo, hi).includes(';');
}

/** Is mention `m` in a part of the sentence (split at ";") with a joiner's cue of its own ("…; on the Romanian side, Y joined the second half of the talks")? */
function joinerPart(info: SentenceInfo, m: PersonMention): boolean {
  const pos = (info.tokens[m.tokStart]?.start ?? info.s.start) - info.s.start;
  const text = info.s.text;
  const part = text.slice(text.lastIndexOf(';', pos) + 1, (text.indexOf(';', pos) + 1 || text.length + 1) - 1).trim();
  return JOIN.test(part);
}

/** "greetings from (King) X", "a message from (President) X": the sender of what was handed over. */
/** What an envoy passes on from someone who was not there: "greetings from X", "the greetings of X", "a message from X". */
const SENT_THINGS = /^(?:greetings|regards|wishes|message|letter)$/;
function sentBy(toks: Token[], at: number): boolean {
  let k = at - 1;
  // (title words in lower case too: "the greetings of caretaker Prime Minister X")
  // (and a title in apposition: "the greetings of the Head of State, President X")
  while (k > at - 10 && k > 0 && (toks[k]?.cap || toks[k]?.lower === 'of' || toks[k]?.lower === 'the' || (k > at - 4 && isTitleWord(toks[k]?.lower ?? '')) || (toks[k]?.text === ',' && toks[k - 1]?.cap && toks[k + 1]?.cap))) k--;
  // ("the greetings of X": the "of" was stepped over)
  if (SENT_THINGS.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'of') return true;
  if (toks[k]?.lower !== 'from' || k === at - 1) return false;
  // ("a message of support from X")
  return SENT_THINGS.test(toks[k - 1]?.lower ?? '') || (toks[k - 2]?.lower === 'of' && SENT_THINGS.test(toks[k - 3]?.lower ?? ''));
}

/** Words that open a phrase before the subject: "In a call with X, Y said". */
const OPENERS = new Set(['speaking', 'in', 'during', 'after', 'following', 'at']);

/** Does the sentence open with a phrase holding the trigger, and the mention at `at` follow its comma? */
function subjectOfOpening(toks: Token[], triggerTok: number, at: number): boolean {
  if (!OPENERS.has(toks[0]?.lower ?? '')) return false;
  let comma = triggerTok;
  while (comma < toks.length && toks[comma]?.text !== ',') comma++;
  // the phrase is about the encounter itself: "a call with X", "his meeting with X" (not "an
  // interview with a news agency after the meeting")
  if (at <= comma || !toks.slice(triggerTok + 1, Math.min(comma, triggerTok + 4)).some((t) => t.lower === 'with')) return false;
  // only the subject's title between: "…, Peruvian President Jorge Paz said"
  for (let k = comma + 1; k < at; k++) if (!toks[k]?.cap && toks[k]?.lower !== 'the') return false;
  return true;
}

/** Words between an owner and the encounter: "X's upcoming visit", "X's two-day state visit". */
const ENCOUNTER_ADJECTIVES = /^(?:upcoming|planned|recent|first|second|official|state|working|historic|surprise|last|latest|brief|ongoing|long-awaited|\w+-day|\w+-nation)$/;

/** An encounter noun at `at`, or after at most two such words. */
/** The story's one gathering held ("X attended" late in a summit story joins it, however far back it was told), else undefined. */
function onlyGathering(out: DraftMeeting[]): DraftMeeting | undefined {
  const held = out.filter((d) => d.gathering && d.status === 'held');
  return held.length === 1 ? held[0] : undefined;
}

/** A relative clause about an event to come: ", which will be chaired by", ", which is to bring". */
const FUTURE_RELATIVE = /, which (?:will|is to|are to|would|is due to|is expected to)\b/;

/** The encounter word right after an owner ("X's upcoming visit": "visit"), or undefined. */
function encounterAt(toks: Token[], at: number): string | undefined {
  for (let k = at; k <= at + 2 && k < toks.length; k++) {
    const w = (toks[k] as Token).lower;
    if (/^(?:meeting|meetings|talks|visit|trip|call|tour)$/.test(w)) return w;
    if (!ENCOUNTER_ADJECTIVES.test(w)) return undefined;
  }
  return undefined;
}
/** "call" for a word of calling ("phone", "call", "conversation"), "meeting" for other encounter words. */
function kindOfTrigger(w: string | undefined): string {
  return /^(?:phone|telephone|call|calls|conversation|phoned|telephoned)$/.test(w ?? '') ? 'call' : 'meeting';
}

function ownEncounter(toks: Token[], at: number): boolean {
  return encounterAt(toks, at) !== undefined;
}

function sameSet<T>(a: T[], b: T[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

const MEET_G = new RegExp(MEET.source, 'gi');
const CALL_G = new RegExp(CALL.source, 'gi');

/** Index of the first token starting at or after `at` (tokens are in text order), or -1. */
function firstTokenFrom(toks: Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).start >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/** "The four countries signed a memorandum": a signing is a meeting word only after a name ("… and Y signed"). */
function unnamedSigning(toks: Token[], k: number): boolean {
  return toks[k]?.lower === 'signed' && !toks[k - 1]?.cap;
}

/** "The visiting minister", "the visiting delegation": an adjective of who someone is, no event of its own. */
function visitingAdjective(toks: Token[], k: number): boolean {
  return toks[k]?.lower === 'visiting' && k > 0 && /^(?:the|a|an|his|her|their)$/.test(toks[k - 1]?.lower ?? '') && !!toks[k + 1]?.word && !toks[k + 1]?.cap;
}

// A sentence's trigger tokens per pattern, found once: findMeetings and handleTrigger (once per
// clause) ask for the same sentence's meeting words several times, each a scan of the whole
// sentence with MEET. The lists are read only, never changed by the callers.
const TRIGGER_TOKENS = new WeakMap<SentenceInfo, Map<RegExp, number[]>>();

/** Token indexes where the trigger pattern matches, in order (memoised per sentence and pattern). */
function triggerTokens(info: SentenceInfo, re: RegExp): number[] {
  let byPattern = TRIGGER_TOKENS.get(info);
  if (!byPattern) TRIGGER_TOKENS.set(info, (byPattern = new Map()));
  let out = byPattern.get(re);
  if (!out) byPattern.set(re, (out = scanTriggerTokens(info, re)));
  return out;
}

function scanTriggerTokens(info: SentenceInfo, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(info.s.text)) !== null) {
    const k = firstTokenFrom(info.tokens, m.index + info.s.start);
    if (k >= 0 && !out.includes(k) && !unnamedSigning(info.tokens, k) && !TRIP_BEGAN.test(` ${info.tokens[k + 1]?.lower ?? ''}`) && !visitingAdjective(info.tokens, k)) out.push(k);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'whereas', 'because', 'although', 'though', 'since', 'until', 'where', 'whom', 'whether']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const SUBJECT_PRONOUN = /^(?:he|she)$/;
const TIME_PHRASE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);

/**
 * The clause of the trigger, as a token range: clauses end at ";" and at a subordinating word
 * that starts a new subject ("…, when Carlos Ferrante posted", "… after Maduro reshuffled",
 * "…, where he met"); "after a meeting with" is a phrase, not a clause.
 */
function clauseAround(info: SentenceInfo, ms: PersonMention[], triggerTok: number): [number, number] {
  const toks = info.tokens;
  let a = 0;
  for (let i = Math.min(triggerTok, toks.length) - 1; i >= 0; i--) {
    if (!isClauseBoundary(toks, ms, triggerTok, i)) continue;
    // (not an aside of time inside the subject's clause: "X visited Israel, shortly after the attack, and held talks with Y")
    if (isTimePhrase(toks, i) && i > 0 && toks.slice(i + 1, triggerTok).some((_, j) => secondVerbAt(toks, i + 1 + j))) continue;
    a = i;
    // "Two days after the clash between X and Y, Z hosted …": the clause starts after the time phrase
    if (isTimePhrase(toks, i)) for (let k = i + 1; k < triggerTok; k++) if (toks[k]?.text === ',') { a = k + 1; break; }
    break;
  }
  let b = toks.length;
  for (let i = triggerTok + 1; i < toks.length; i++) if (isClauseBoundary(toks, ms, triggerTok, i)) { b = i; break; }
  return [a, b];
}

/** Token i ends a clause: ";" or a subordinator before a new subject (a person, a pronoun, a name). */
function isClauseBoundary(toks: Token[], ms: PersonMention[], triggerTok: number, i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (t.text === ';') return true;
  // "… was received by X and will hold talks with Y": a second verb of the same subject, in another tense
  if (secondVerbAt(toks, i) && i > triggerTok) return true;
  // "X visited Qingdao for talks with Y, and President Z held a summit with W": a clause of another subject
  if (newSubjectAt(toks, ms, i)) return true;
  // "X received Y, who subsequently met with Z": Y's own later meeting
  // (or "…, who later spoke by phone with Z": Y's call)
  if (i > triggerTok && relativeSequelOf(toks, ms, i, SEQUEL_VERBS)) return true;
  // "X held talks with Y and then with Z": X's next meeting
  if (i > triggerTok && thenWithAt(toks, ms, i)) return true;
  if (!SUBORDINATORS.has(t.lower)) return false;
  const n = toks[i + 1];
  if (isTimePhrase(toks, i)) return true;
  // "… on Thursday before taking a train to Kyiv": a participle of the same subject (not "after meeting Y")
  const participle = participlePhrase(toks, i) && i + 1 !== triggerTok;
  return !!n && (ms.some((m) => m.tokStart === i + 1) || PRONOUNS.has(n.lower) || (n.cap && n.word && i + 1 !== triggerTok) || participle);
}

/** "and then (later, afterwards) with" at token i, a person named within a title's words after it. */
const THEN_WITH_WORDS = new Set(['his', 'her', 'their', 'counterpart', ',']);
function thenWithAt(toks: Token[], ms: PersonMention[], i: number): boolean {
  if (toks[i]?.lower !== 'and' || !SEQUEL.has(toks[i + 1]?.lower ?? '') || toks[i + 2]?.lower !== 'with') return false;
  const m = ms.find((x) => x.tokStart > i + 2);
  return !!m && m.tokStart <= i + 9 && toks.slice(i + 3, m.tokStart).every((t) => t.cap || THEN_WITH_WORDS.has(t.lower));
}

/**
 * ", who subsequently (later, then) met …" at token i ("who"), right after a person (or after the person's title in
 * apposition: "Y, Prime Minister of the Republic of Malta, who subsequently met Z"): that person, whose meeting of
 * their own it is.
 */
function relativeSequelOf(toks: Token[], ms: PersonMention[], i: number, verbs: ReadonlySet<string> = SECOND_MEETING_VERB): PersonMention | undefined {
  if (toks[i]?.lower !== 'who' || toks[i - 1]?.text !== ',' || !SEQUEL.has(toks[i + 1]?.lower ?? '') || !verbs.has(toks[i + 2]?.lower ?? '')) return undefined;
  const m = ms.findLast((x) => x.tokEnd <= i - 1);
  const apposition = !!m && toks[m.tokEnd]?.text === ',' && i - m.tokEnd <= 12 && toks.slice(m.tokEnd + 1, i - 1).every((t) => t.cap || TITLE_LINKS.has(t.lower) || isTitleWord(t.lower));
  return m && (m.tokEnd === i - 1 || apposition) ? m : undefined;
}
/** Small words inside a title in apposition ("Minister of Foreign Affairs and Trade of the Republic"). */
const TITLE_LINKS = new Set(['of', 'for', 'the', 'and']);

/** ", and President Z held …" at token i: "and" after a comma, then a person (with a title at most) and a past verb. */
function newSubjectAt(toks: Token[], ms: PersonMention[], i: number): boolean {
  if (toks[i]?.lower !== 'and' || toks[i - 1]?.text !== ',') return false;
  const m = ms.find((x) => x.tokStart > i && x.tokStart <= i + 4);
  if (!m || !toks.slice(i + 1, m.tokStart).every((t) => t.cap)) return false;
  return NEW_SUBJECT_VERBS.has(toks[m.tokEnd]?.lower ?? '');
}
/** Past verbs of meeting that open such a clause. */
const NEW_SUBJECT_VERBS = new Set(['held', 'met', 'hosted', 'received', 'visited', 'spoke', 'talked', 'called']);

/** "and will …", "and would …", "and later …", "and then …" at token i: a second verb of the same subject. */
function secondVerbAt(toks: Token[], i: number): boolean {
  // (after a comma too: "…, with whom he had a meeting of one hour, and afterwards had talks with Y")
  if (toks[i]?.text === ',' && toks[i + 1]?.lower === 'and') i++;
  // (a verb after "later/then": not the list "to Fiji and then Tonga")
  // ("… called on Prime Minister X on March 17 and met with Foreign Minister Y on March 18")
  // (not a phrase after "then": "first in a narrow format, and then with the participation of delegations")
  return toks[i]?.lower === 'and' && (FUTURE_MODALS.has(toks[i + 1]?.lower ?? '') || (SEQUEL.has(toks[i + 1]?.lower ?? '') && !!toks[i + 2]?.word && !toks[i + 2]?.cap && !PREPOSITIONS.has(toks[i + 2]!.lower)) || (SECOND_MEETING_VERB.has(toks[i + 1]?.lower ?? '') && !!toks[i - 1] && !toks[i - 1]!.cap));
}
/** Is the subject before the character offset `at` named, or a pronoun (not "The minister", someone unresolved)? */
function subjectKnown(toks: Token[], ms: PersonMention[], at: number): boolean {
  return PRONOUNS.has(toks[0]?.lower ?? '') || ms.some((m) => (toks[m.tokStart]?.start ?? Infinity) < at);
}

/**
 * Where another meeting of the subject's begins after the clause ending at `end`, else -1: "X was received by Y and
 * will hold talks with Z on Wednesday" (still to come), "X met Y and later held a bilateral meeting with Z"; past a
 * relative clause ("X was received by Y, with whom he had a meeting of one hour, and afterwards had talks with Z"); past
 * a short phrase of time, when the subject (before the character offset `subjectAt`) is known ("X was received by Y
 * shortly after his arrival, and then met Z").
 */
function secondMeetingAt(toks: Token[], ms: PersonMention[], end: number, subjectAt: number): number {
  if (secondVerbAt(toks, end)) return end;
  const relative = afterRelative(toks, end);
  if (relative >= 0) return relative;
  const past = secondVerbPast(toks, end);
  return past >= 0 && subjectKnown(toks, ms, subjectAt) ? past : -1;
}

/** The comma of ", and then met …" a few lower-case words after `i` ("… shortly after his arrival, and then met Z"), else -1. */
function secondVerbPast(toks: Token[], i: number): number {
  for (let k = i; k < toks.length && k <= i + 8; k++) {
    const t = toks[k] as Token;
    if (t.text === ',') return secondVerbAt(toks, k) ? k : -1;
    if (!t.word || (t.cap && k > i)) return -1;
  }
  return -1;
}
/** The ", and" that ends a relative clause opened at `i` ("with whom he had …, and afterwards had talks"), else -1. */
function afterRelative(toks: Token[], i: number): number {
  if (toks[i]?.lower !== 'whom') return -1;
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    if (toks[k]?.text === ';' || toks[k]?.text === '.') return -1;
    if (toks[k]?.text === ',' && secondVerbAt(toks, k)) return k;
  }
  return -1;
}

/** Past verbs that open a second meeting after "and" ("… and met with Y"), when "and" does not join two names. */
const SECOND_MEETING_VERB = new Set(['met', 'held', 'hosted', 'received']);
const SEQUEL = new Set(['later', 'then', 'afterwards', 'subsequently']);
/** The verbs of a call told in such a clause: "…, who later spoke by phone with Z". */
const SEQUEL_CALL_VERB = new Set(['spoke', 'talked', 'phoned', 'telephoned']);
/** Either kind: what ends the first clause. */
const SEQUEL_VERBS = new Set([...SECOND_MEETING_VERB, ...SEQUEL_CALL_VERB]);
/** ", who later spoke by phone with": a call of its own after a meeting told in the same sentence. */
const RELATIVE_CALL = /, who (?:later|then|afterwards|subsequently) (?:spoke|talked|phoned|telephoned)\b/i;
const PREPOSITIONS = new Set(['with', 'in', 'at', 'on', 'to', 'by', 'for', 'from', 'during', 'over']);

/** Words before "after/before" that make a time phrase of it: "two days after", "shortly before". */
const DURATIONS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'day', 'week', 'month', 'year', 'hour', 'shortly', 'soon', 'just', 'moments', 'minutes']);

/**
 * Token i opens a time phrase about another event, whose people take no part: "… since the fall
 * of President X", "…, two days after the clash between X and Y".
 */
function isTimePhrase(toks: Token[], i: number): boolean {
  const t = toks[i];
  const n = toks[i + 1];
  if (!t || !n) return false;
  if (t.lower === 'since') return TIME_PHRASE_DETERMINERS.has(n.lower);
  // "…, days after visiting Moscow and Beijing"
  return (t.lower === 'after' || t.lower === 'before') && DURATIONS.has(toks[i - 1]?.lower ?? '') && (TIME_PHRASE_DETERMINERS.has(n.lower) || PARTICIPLE.test(n.text));
}

/** "… under President X": a time reference, not a participant. */
function governedByUnder(info: SentenceInfo, m: PersonMention): boolean {
  for (let k = m.tokStart - 1; k >= 0 && k >= m.tokStart - 4; k--) {
    const t = info.tokens[k] as { lower: string; cap: boolean };
    if (t.lower === 'under') return true;
    if (!t.cap) return false;
  }
  return false;
}

const COUNTERPART = /^counterparts?$/;
const SIDES_NOUNS = /^(?:officials|delegations|negotiators|diplomats|envoys|leaders|ministers)$/;
const LEADERS_OF = /^(?:leaders?|presidents?|heads?|prime|ministers?|counterparts?)$/;

/** States whose unnamed officials are met: "his Japanese, Italian and French counterparts", "the leaders of Ecuador and Uruguay". */
function counterpartStates(info: SentenceInfo, from: number, to: number, unnamedSides?: Set<string>): string[] {
  const toks = info.tokens;
  const out: string[] = [];
  const ps = info.places.filter((p) => p.tokStart > from && p.tokStart < to);
  for (let i = 0; i < ps.length; i++) {
    // extend over a list of places
    let j = i;
    while (j + 1 < ps.length) {
      const gap = toks.slice((ps[j] as CountryMention).tokEnd, (ps[j + 1] as CountryMention).tokStart);
      if (gap.length > 2 || !gap.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'the')) break;
      j++;
    }
    const first = ps[i] as CountryMention;
    const last = ps[j] as CountryMention;
    const after = toks[last.tokEnd]?.lower ?? '';
    // "the leaders of (the) United States and Japan"
    const at = toks[first.tokStart - 1]?.lower === 'the' ? first.tokStart - 1 : first.tokStart;
    const before1 = toks[at - 1]?.lower ?? '';
    const before2 = toks[at - 2]?.lower ?? '';
    // "U.S. and Russian officials held talks": two or more states' unnamed people, never the story's named ones
    // ("the fourth round of Political Consultations between the Republic of Ghana and the Republic of Türkiye was
    // held": the two states' unnamed people too)
    // ("Kyrgyzstan and Mongolia held political consultations in Ulaanbaatar": the states as the subject)
    const unnamed = j > i && (SIDES_NOUNS.test(after) || (before1 === 'between' && STATES_TALKS.test(before2)) || (after === 'held' && first.tokStart <= 1 && first.kind !== 'demonym'));
    // ("held official talks with the Emirati guest": the visitor of that state)
    const guest = i === j && first.kind === 'demonym' && toks[first.tokStart - 1]?.lower === 'the' && /^(?:guest|visitor)$/.test(after);
    const isCp = (first.kind === 'demonym' && COUNTERPART.test(after)) || (before1 === 'of' && LEADERS_OF.test(before2)) || unnamed || guest;
    if (isCp) for (let k = i; k <= j; k++) if (!out.includes((ps[k] as CountryMention).code)) out.push((ps[k] as CountryMention).code);
    if (unnamed) for (let k = i; k <= j; k++) unnamedSides?.add((ps[k] as CountryMention).code);
    i = j;
  }
  return out;
}

/**
 * "An IMF staff team led by mission chief X ended a visit … Before leaving, the team met Y": "the team" (delegation,
 * mission) as the subject before the trigger is the one a team was told led by in this sentence or the two before.
 */
function teamLeader(inp: MeetingInput, info: SentenceInfo, idx: number, from: number, to: number): number | null {
  const toks = info.tokens;
  if (!toks.some((t, k) => k >= from && k < to && t.lower === 'the' && /^(?:team|delegation|mission)$/.test(toks[k + 1]?.lower ?? ''))) return null;
  for (let back = 0; back <= 2; back++) {
    const prev = inp.infos[idx - back];
    if (!prev) break;
    const led = LED_BY.exec(prev.s.text);
    if (!led) continue;
    const by = prev.s.start + led.index + led[0].length;
    const m = eligibleMentions(inp, prev.s.index).find((x) => (prev.tokens[x.tokStart]?.start ?? 0) >= by);
    if (m && m.tokStart - firstTokenFrom(prev.tokens, by) <= 6) return m.pid;
  }
  return null;
}
const LED_BY = /\b(?:team|delegation|mission)\b[^.;]{0,40}?\b(?:led|headed) by\b/i;

/** A delegation's leader told: "Moscow's team was headed by", "The Russian delegation was led by". */
const TEAM_LED = /(?:delegation|team|side) (?:was|is) (?:again |also )?(?:led|headed) by/i;

/** The state whose team a sentence names before the joiner at `at` (characters into the sentence): "Moscow's team", "The Russian delegation". */
function teamState(info: SentenceInfo, at: number): string | null {
  const p = info.places.filter((pl) => pl.end - info.s.start <= at && (pl.refersToState || pl.kind === 'capital')).at(-1);
  return p ? p.code : null;
}

/** The states of "Ukrainian officials", "an American delegation", … between tokens `from` and `to`. */
function unnamedSidesOf(info: SentenceInfo, from: number, to: number): string[] {
  const out: string[] = [];
  for (const p of info.places) {
    if (p.tokStart < from || p.tokStart >= to || p.kind !== 'demonym' || !SIDE_WORD.test(info.tokens[p.tokEnd]?.lower ?? '')) continue;
    if (!out.includes(p.code)) out.push(p.code);
  }
  return out;
}
const SIDE_WORD = /^(?:officials?|delegations?|negotiators?|diplomats?|envoys?|team|side)$/;

/** The states of "the Nigerian team", "the Ghanaian delegation" between tokens `from` and `to`. */
function theTeamsOf(info: SentenceInfo, from: number, to: number): string[] {
  return info.places
    .filter((p) => p.tokStart > from && p.tokStart < to && p.kind === 'demonym' && info.tokens[p.tokStart - 1]?.lower === 'the' && /^(?:team|delegation)$/.test(info.tokens[p.tokEnd]?.lower ?? ''))
    .map((p) => p.code);
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Talks named by the two states between whom they are held. */
const STATES_TALKS = /^(?:consultations|talks|negotiations|dialogue|meeting|commission|committee)$/;

const PAST_TRIGGER = /^(?:met|held|agreed|visited|received|hosted|welcomed|greeted|spoke|talked|phoned|telephoned|called|dialled|dialed|rang|discussed|conferred|arrived|travell?ed|flew|exchanged|attended|sat|negotiated)$/;
const PRESENT_ITINERARY = /^(?:travels|heads|flies|goes|proceeds|continues|moves)$/;
const PRESENT_HOSTING = /^(?:receives|hosts|meets|visits|welcomes)$/;
const MODAL_BEFORE = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'shall', 'can', 'should', "'ll"]);

/**
 * Status from the trigger's own clause: a finite past trigger ("met", "held talks") took place;
 * otherwise modality between the clause start and the trigger ("will address … and meet",
 * "was scheduled to spend …, meeting", "to prepare the ground for a summit") or just after it makes it planned.
 */
function statusAt(info: SentenceInfo, clauseStart: number, triggerTok: number): MeetingStatus {
  const text = info.s.text;
  if (CANCEL.test(text)) return 'cancelled';
  const toks = info.tokens;
  const trig = toks[triggerTok];
  if (!trig) return statusOf(text, text.length);
  const prev = toks[triggerTok - 1]?.lower ?? '';
  const prev2 = toks[triggerTok - 2]?.lower ?? '';
  if (PAST_TRIGGER.test(trig.lower) && !MODAL_BEFORE.has(prev) && !(prev === 'have' && MODAL_BEFORE.has(prev2)) && !MODAL_BEFORE.has(prev2) && !modalThroughAuxiliaries(toks, triggerTok)) return 'held';
  if (PRESENT_ITINERARY.test(trig.lower)) return 'planned';
  // "The Prime Minister receives on Wednesday in Faro the President of …": the present with a weekday is to come
  if (PRESENT_HOSTING.test(trig.lower) && toks.slice(triggerTok + 1, triggerTok + 6).some((t, k, a) => WEEKDAYS.has(t.lower) && a[k - 1]?.lower === 'on')) return 'planned';
  // "…, X said on Monday after calling on Y": a gerund after a past "said … after" was held
  if (/ing$/.test(trig.lower) && prev === 'after' && toks.slice(clauseStart, triggerTok).some((t) => PAST_REPORTING.has(t.lower))) return 'held';
  // "X heads to Berlin on Wednesday for talks with Y": the itinerary's verb before the meeting noun
  if (MEETING_NOUN.test(trig.lower) && toks[triggerTok - 1]?.lower === 'for') {
    for (let k = triggerTok - 2; k >= clauseStart && k >= triggerTok - 9; k--) if (PRESENT_ITINERARY.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'to') return 'planned';
  }
  // "held a bilateral meeting with X to prepare …": a past verb governs the meeting noun
  for (let k = triggerTok - 1; k >= clauseStart && k >= triggerTok - 3; k--) {
    const w = toks[k]?.lower ?? '';
    if (w === 'held' || w === 'had') return MODAL_BEFORE.has(toks[k - 1]?.lower ?? '') ? 'planned' : 'held';
    if (!NOUN_PHRASE_WORDS.test(w)) break;
  }
  const from = (toks[clauseStart]?.start ?? info.s.start) - info.s.start;
  // "Talks between X and Y are scheduled for Tuesday": a meeting noun as the subject, its verb after the names
  const reach = MEETING_NOUN.test(trig.lower) && toks.slice(clauseStart, triggerTok).every((t) => NOUN_PHRASE_WORDS.test(t.lower)) ? 120 : 25;
  const upto = Math.min(text.length, trig.end - info.s.start + reach);
  // "…, becoming the first European leader to meet Trump since his inauguration": a fact of the past, no plan
  if (prev === 'to' && FIRST_TO.test(text.slice(from, (trig.start ?? 0) - info.s.start))) return 'held';
  // "…, who used the sidelines to hold separate talks with X": an occasion taken in the past
  // (or a journey told in the past: "On 3 March I travelled to Rome to meet my Italian counterpart")
  if (SEIZED_TO.test(text.slice(from, (trig.start ?? 0) - info.s.start)) || (prev === 'to' && TRAVELLED_TO.test(text.slice(from, (trig.start ?? 0) - info.s.start)))) return 'held';
  let span = text.slice(from, upto);
  const trigAtText = (trig.start ?? 0) - info.s.start - from;
  // what a speaker announced before the talks "with" someone they came out of sets no status ("Hungary will double …,
  // X announced on Wednesday after talks with Y": said, and the talks were held; not "\"…,\" said X to journalists
  // after the meeting", a meeting told before)
  const afterTalksWith = (/^(?:after|following)$/.test(prev) || /^(?:after|following)$/.test(prev2)) && toks[triggerTok + 1]?.lower === 'with';
  const said = afterTalksWith ? [...span.slice(0, Math.max(0, trigAtText)).matchAll(ANNOUNCED)].at(-1) : undefined;
  if (said?.index !== undefined) span = ' '.repeat(said.index) + span.slice(said.index);
  // nor does a quotation closed before the trigger ("X warned that the support \"will not stay open forever\", after a
  // meeting with Y"), unless it is the speaker's own after the meeting ("\"…,\" said X after the meeting")
  const unquoted = span.replace(QUOTED, (q, at: number) => (at + q.length <= trigAtText && !REPORTING_WORD.test(span.slice(at + q.length, trigAtText)) ? ' ' : q));
  // ("It will be recalled that … the visit of X in 2016": a formula of reminding, no future)
  if (PLANNED.test(unquoted.replace(REMINDER, ''))) return 'planned';
  return 'held';
}
/** A quotation's words. */
const QUOTED = /["“][^"”]*["”]/g;
const REPORTING_WORD = /\b(?:said|says|told|added|stressed|noted|declared)\b/i;
const ANNOUNCED = /\b(?:said|told|announced|stated|declared|added|stressed)\b/gi;
const FIRST_TO = /\b(?:becoming|became|was|is|being) the (?:first|second|third|last|only)\b[^,.;]{0,60}\bto $/i;
/** A journey in the past, then "to" and the meeting's verb: "travelled to Rome to (meet)", "flew to Lima to (see)". */
const TRAVELLED_TO = /\b(?:travell?ed|flew|went|came|drove|returned) (?:[^,.;"“”]{0,50} )?to $/i;
/** An occasion taken, then the meeting's verb: "used the sidelines to hold separate", "took the opportunity to meet". */
const SEIZED_TO =
  /\b(?:used|took|seized)(?: advantage of)? (?:the|this|that|his|her|their|its|a) (?:[\w'’-]+ ){0,3}?(?:sidelines|margins|occasion|opportunity|chance|visit|trip|stay|stopover|summit|session|break) (?:[^,.;"“”]{0,40} )?to(?: (?:also|then|briefly))?(?: (?:hold|have|meet|see|call on|receive)(?: [\w-]+){0,2})? $/i;
const REMINDER = /\bit (?:will|should|may|must) be (?:recalled|noted|remembered)\b/i;

/** Verbs of telling in the past. */
const PAST_REPORTING = new Set(['said', 'told', 'added', 'noted', 'stated', 'wrote', 'announced', 'explained', 'stressed']);

/** A modal before the trigger through "be", "also", "have", "been": "will also be received", "is to be received". */
function modalThroughAuxiliaries(toks: Token[], triggerTok: number): boolean {
  for (let k = triggerTok - 1; k >= 0 && k >= triggerTok - 4; k--) {
    const w = toks[k]?.lower ?? '';
    if (MODAL_BEFORE.has(w)) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}
const AUXILIARIES = new Set(['be', 'also', 'have', 'been', 'then', 'later', 'soon', 'reportedly', 'first']);

/** Meeting words that are nouns only. */
const MEETING_NOUN = /^(?:meeting|meetings|talks|summit|consultations|encounter|dinner|luncheon|banquet|sit-down)$/;
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'final', 'next', 'latest']);
/** "scheduled for Tuesday": the day of a cancelled meeting is still ahead. */
const SCHEDULED_FOR = /\b(?:scheduled|planned|set|slated|due) (?:for|on|to take place)\b/i;

const NEGATORS = new Set(['no', 'not', 'never', 'cannot', 'refused', 'refuses', 'refusing', 'declined', 'declines', 'declining']);
const isNegator = (w: string): boolean => NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t');

/**
 * Is token `at` inside a leading phrase of time ("Hours after the opening ceremony hosted by X, …", "Shortly
 * before the summit chaired by X, …") that ends with a comma before the trigger?
 */
function inTimePhrase(toks: Token[], at: number, triggerTok: number): boolean {
  const lead = timeLead(toks);
  if (lead < 0) return false;
  const comma = toks.findIndex((t) => t.text === ',');
  // (not the one a pronoun after the trigger points back to: "Shortly after X assumed office, Y telephoned him")
  const pronoun = toks.slice(triggerTok + 1, triggerTok + 3).some((t) => /^(?:him|her|them)$/.test(t.lower));
  return comma > at && comma < triggerTok && !pronoun && !toks.slice(lead + 1, at).some((t) => /^(?:meeting|meetings|talks|met|meets)$/.test(t.lower));
}
const TIME_LEADS = new Set(['hours', 'days', 'minutes', 'weeks', 'shortly', 'soon', 'moments', 'just', 'right', 'immediately', 'only']);

/** "met members of …", "met with students", "met the diaspora": a meeting with people who hold no office. */
const GROUP_MET = /^(?:met|meets|meet|meeting)(?: with)? (?:(?:the|some|several|a group of|groups of|local|young) )*(?:members|representatives|students|businesspeople|business leaders|entrepreneurs|investors|executives|residents|community|diaspora|journalists|staff|families|workers|veterans|refugees|volunteers|artists|athletes)\b/;

/** The token after a phrase of a day opening a clause at `from` ("On 20 December 2023 he …", "Last Tuesday, she …"), else `from`. */
function afterTimePhrase(toks: Token[], from: number): number {
  if (!/^(?:on|in|last|this|early|late)$/.test(toks[from]?.lower ?? '')) return from;
  for (let k = from + 1; k < toks.length && k <= from + 6; k++) {
    const t = toks[k] as Token;
    if (t.text === ',') return k + 1;
    if (!(DAY_WORD.test(t.lower) || /^\d{1,4}$/.test(t.text))) return k;
  }
  return from;
}
const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|week|month|year)$/;

/** Where the "after"/"before" of a sentence opening with a phrase of time stands ("After …" 0, "Hours after …" 1), else -1. */
function timeLead(toks: Token[]): number {
  const lead = TIME_LEADS.has(toks[0]?.lower ?? '') ? 1 : 0;
  return /^(?:after|before)$/.test(toks[lead]?.lower ?? '') && (lead === 1 || !!toks[0]?.cap) ? lead : -1;
}

/** Words before someone succeeded in office: "taking over from (his father,) X", "succeeding X". */
const SUCCEEDED = /\b(?:tak(?:ing|en|es) over from|took over from|succeed(?:ing|ed|s)?|replac(?:ing|ed|es))(?: (?:his|her|their) (?:father|mother|predecessor|brother|sister|uncle))?,?$/i;

/** The trigger is negated: a negator within three words before it, or "no plans" earlier in its clause. */
function negated(info: SentenceInfo, clauseStart: number, triggerTok: number): boolean {
  const toks = info.tokens;
  for (let k = triggerTok - 1; k >= clauseStart && k >= triggerTok - 3; k--) {
    if (isNegator((toks[k] as { lower: string }).lower)) return true;
  }
  // "did not hold a separate meeting with": the negated verb before the meeting noun's words
  for (let k = triggerTok - 1; k >= clauseStart && k >= triggerTok - 6 && NOUN_PHRASE_WORDS.test((toks[k] as Token).lower); k--) {
    const verb = (toks[k - 1] as Token | undefined)?.lower ?? '';
    const neg = (toks[k - 2] as Token | undefined)?.lower ?? '';
    if (/^(?:hold|have|had|held)$/.test(verb) && isNegator(neg)) return true;
  }
  for (let k = clauseStart; k < triggerTok - 1; k++) {
    if ((toks[k] as { lower: string }).lower === 'no' && /^plans?$/.test((toks[k + 1] as { lower: string }).lower)) return true;
  }
  // "The two ministers have yet to meet in person": not met, and no meeting set either
  if (toks[triggerTok - 1]?.lower === 'to' && toks[triggerTok - 2]?.lower === 'yet' && /^(?:have|has|had)$/.test(toks[triggerTok - 3]?.lower ?? '')) return true;
  // "ruling out a meeting with X", "dismissed speculation about a meeting with X"
  const a = (toks[clauseStart] as Token | undefined)?.start ?? info.s.start;
  const b = (toks[triggerTok] as Token | undefined)?.start ?? info.s.end;
  return NOT_AN_EVENT.test(info.s.text.slice(a - info.s.start, b - info.s.start));
}

/** Is the text at `at` inside a quotation opened before it (an odd number of quote marks before it)? */
function quoteOpenAt(text: string, at: number): boolean {
  let n = 0;
  for (let k = 0; k < at; k++) if (text[k] === '"' || text[k] === '“' || text[k] === '”') n++;
  return n % 2 === 1;
}

/** "their meeting", "their previous talks": the trigger is a noun owned by "their". */
function ownedByThem(toks: Token[], triggerTok: number): boolean {
  let k = triggerTok - 1;
  while (k > triggerTok - 3 && OWNED_EVENT_ADJECTIVES.has(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.lower !== 'their' || !/^(?:meeting|talks|summit|encounter|consultations)$/.test(toks[triggerTok]?.lower ?? '')) return false;
  // whose: "they" or "the heads of state" before it, not "the experts … during their meeting"
  for (let j = k - 1; j >= 0; j--) {
    const w = toks[j]?.lower ?? '';
    if (w === 'they' || PAIR_NOUNS.has(w)) return true;
    if (OTHER_GROUPS.test(w)) return false;
  }
  return false;
}
/** People other than those who met, whose "their meeting" is their own. */
const OTHER_GROUPS = /^(?:experts|delegations|delegates|teams|negotiators|technicians|members|representatives|staff|businessmen|students|lawmakers|parliamentarians|journalists|people|committees?)$/;
const OWNED_EVENT_ADJECTIVES = new Set(['first', 'last', 'previous', 'recent', 'latest', 'earlier', 'bilateral', 'productive', 'fruitful', 'historic']);

/** "The visit follows …", "The talks came days after …": a meeting noun told before, and what led to it. */
function backgroundOf(info: SentenceInfo, triggerTok: number): boolean {
  const toks = info.tokens;
  return BACK_REFERENCE.has(toks[triggerTok - 1]?.lower ?? '') && MEETING_OR_VISIT.test(toks[triggerTok]?.lower ?? '') && FOLLOWS.test(toks[triggerTok + 1]?.lower ?? '');
}
const BACK_REFERENCE = new Set(['the', 'this', 'his', 'her', 'their']);
const MEETING_OR_VISIT = /^(?:visit|trip|talks|meeting|call|summit|tour)$/;
const FOLLOWS = /^(?:follows|followed|comes|came)$/;

/**
 * Words before a meeting word that deny it happens: "ruling out a meeting", "speculation about talks",
 * "called for talks"; or make it a standing mechanism, no event: "agreed to resume regular political consultations"
 * (not "chaired the regular meeting of the council", one of them).
 */
const NOT_AN_EVENT = /\b(?:rul(?:e|ed|es|ing) out|dismiss(?:ed|es|ing)|den(?:ied|ies|ying)|speculation|rumou?rs?|reports? of|call(?:ed|s|ing)? for)\b[^.;]{0,40}$|(?<!\b(?:the|a|an|its|their|this) )\b(?:regular|periodic)(?: [a-z-]+)? $/i;

// Substrings that make CALL (1), LETTER (2) and JOIN (4) worth trying, keyed by first letter ("i" tries both CALL,
// for "ialled", and JOIN, for "in the room").
// ("dialled" and "rang" by "ialled", "ialed" and " rang ", so that "delegation" and "represented" do not try CALL)
const CUES = /phon|video|virtual|call|ialled|ialed| rang |letter|message|attend|accompan|presen|joined|joining|assisted|sat in|took part|taking part|participat|delegation|represented|hosted the|opened the|chaired the|among|side w|side th|side, th|side i|side a|team w|team i|also in the|also at the|convened by|hosted by|chaired by|organised by|organized by|composed of|table|panel|in the room|negotiations|part of the|ravell?ing with|on the line|flanked/gi;
const CUE_BIT: Record<string, number> = { p: 1 | 4, v: 1, c: 1 | 4, i: 1 | 4, ' ': 1, l: 2, m: 2, a: 4, j: 4, s: 4, t: 4, d: 4, r: 4, h: 4, o: 4, n: 4, f: 4 };
// the same by lower-case character code (every cue starts with an ASCII letter or a space; 32 | 32 is 32)
const CUE_BIT_BY_CODE = new Uint8Array(128);
for (const [ch, bit] of Object.entries(CUE_BIT)) CUE_BIT_BY_CODE[ch.charCodeAt(0)] = bit;

/** What findMeetings carries from sentence to sentence. */
interface MeetingState {
  out: DraftMeeting[];
  /** The first person named in the last sentence that named one: "He also met …". */
  lastSubject: number | null;
  lastMeeting: DraftMeeting | null;
  lastMeetingSentence: number;
  /** The meeting a list announced with a colon joins ("The Senegalese delegation comprised:"), and its last line. */
  listTarget: DraftMeeting | null;
  listAt: number;
}

/** One sentence with a trigger word, and what the cheap passes found in it. */
interface TriggerSentence {
  info: SentenceInfo;
  idx: number;
  text: string;
  /** Mentions of eligible persons, in token order. */
  ms: PersonMention[];
  firstPid: number | null;
  callM: RegExpExecArray | null;
  letterM: RegExpExecArray | null;
  trig: RegExpExecArray;
}

// Module-level helpers instead of closures: tsx keeps function names, which costs a
// defineProperty each time a named closure is created (per sentence, per merge candidate).
const countryOfPid = (aff: Map<number, Affiliation>, pid: number): string | null => aff.get(pid)?.country ?? null;

/** The states of some participants, in order, without repeats. */
function statesOf(aff: Map<number, Affiliation>, ps: number[]): string[] {
  return [...new Set(ps.map((pid) => countryOfPid(aff, pid)).filter((c): c is string => !!c))];
}

/** Token where a person is first mentioned in the sentence, or -1. */
const mentionStart = (ms: PersonMention[], pid: number): number => ms.find((m) => m.pid === pid)?.tokStart ?? -1;

/** A capital written after "in": where a meeting is ("… in Buenos Aires"). */
function inCapital(info: SentenceInfo, p: CountryMention): boolean {
  return p.kind === 'capital' && info.tokens[p.tokStart - 1]?.lower === 'in';
}

/** Is `pid` named within a few words of "counterpart" at `cpAt` (none: -1), or in the list of names right after it? */
function nearCounterpart(info: SentenceInfo, ms: PersonMention[], cpAt: number, pid: number): boolean {
  return cpAt < 0 || (mentionStart(ms, pid) > cpAt && info.tokens.slice(cpAt + 1, mentionStart(ms, pid)).every((t) => t.cap || t.text === ',' || t.lower === 'and'));
}

const isSubset = (a: string[], b: string[]): boolean => a.every((c) => b.includes(c));

/** "he" or "she" among tokens [from, to). */
/** "The head of state …", "The President …" opening the sentence before the trigger, of the office `title` holds. */
function describedSubject(toks: Token[], triggerTok: number, title: string | null | undefined): boolean {
  if (!title) return false;
  for (const n of [4, 3, 2]) {
    if (n >= triggerTok) continue;
    const words = toks.slice(0, n).map((t) => t.lower).join(' ');
    const rule = DESCRIBED_SUBJECT.find(([re]) => re.test(words));
    if (rule) return rule[1].test(title);
  }
  return false;
}

/** The people of the meetings told so far that pass `keep`, each once. */
function toldParticipants(out: DraftMeeting[], keep: (pid: number) => boolean): number[] {
  return [...new Set(out.flatMap((d) => d.participants))].filter(keep);
}

/** Offices a description of a person names after a demonym ("the Moroccan minister"), and the titles each fits. */
const DESCRIBED_OFFICE: Record<string, RegExp> = {
  minister: /\bminister\b|^counterpart$/i,
  president: /\bpresident\b/i,
  premier: /\b(?:prime minister|premier)\b/i,
  chancellor: /\bchancellor\b/i,
  envoy: /\b(?:envoy|representative)\b/i,
  // ("the top Iranian diplomat": its foreign minister)
  diplomat: /\b(?:foreign|external)\b|^counterpart$/i,
};

/** "the Moroccan (foreign) minister" between `from` and `to`: the one participant of a meeting in `out` that fits it, else null. */
function describedPerson(info: SentenceInfo, from: number, to: number, out: DraftMeeting[], aff: Map<number, Affiliation>): number | null {
  const toks = info.tokens;
  // (also "the head of Uruguayan diplomacy": its foreign minister)
  // (and "the top Iranian diplomat")
  const pl = info.places.find((p) => p.kind === 'demonym' && p.refersToState && p.tokStart > from && p.tokEnd < to && (theBefore(toks, p.tokStart) || headOfDiplomacy(toks, p.tokStart, p.tokEnd)));
  if (!pl) return bodysHead(info, from, to, out, aff);
  const k = headOfDiplomacy(toks, pl.tokStart, pl.tokEnd) ? -1 : toks[pl.tokEnd]?.lower === 'foreign' || toks[pl.tokEnd]?.lower === 'prime' ? pl.tokEnd + 1 : pl.tokEnd;
  // ("the American head of state": a head of state's or government's title)
  const headOf = toks[k]?.lower === 'head' && toks[k + 1]?.lower === 'of' && /^(?:state|government)$/.test(toks[k + 2]?.lower ?? '');
  const office = k < 0 ? DESCRIBED_OFFICE.minister : headOf ? HEAD_BY_TITLE : DESCRIBED_OFFICE[toks[k]?.lower ?? ''];
  if (!office || k >= to) return null;
  const fits = toldParticipants(out, (pid) => aff.get(pid)?.country === pl.code && office.test(aff.get(pid)?.title ?? ''));
  return fits.length === 1 ? (fits[0] as number) : null;
}

/** "the" before the demonym at token `at` (or "the top", "the chief" before "… diplomat"). */
function theBefore(toks: Token[], at: number): boolean {
  return toks[at - 1]?.lower === 'the' || (toks[at - 2]?.lower === 'the' && /^(?:top|chief)$/.test(toks[at - 1]?.lower ?? '') && toks[at + 1]?.lower === 'diplomat');
}

/** "the head of Uruguayan diplomacy" around the demonym at tokens [a, b). */
function headOfDiplomacy(toks: Token[], a: number, b: number): boolean {
  return toks[b]?.lower === 'diplomacy' && toks[a - 1]?.lower === 'of' && /^(?:head|chief)$/.test(toks[a - 2]?.lower ?? '') && toks[a - 3]?.lower === 'the';
}

/** Words for the head of a body after its name: "the IGAD chief", "the UN envoy". */
const BODY_HEADS = new Set(['chief', 'head', 'boss', 'envoy', 'leader']);

/** "the IGAD chief" between `from` and `to`: the one participant of a meeting in `out` of that body, else null. */
function bodysHead(info: SentenceInfo, from: number, to: number, out: DraftMeeting[], aff: Map<number, Affiliation>): number | null {
  const og = info.orgs.find((o) => o.tokStart > from && o.tokEnd < to && info.tokens[o.tokStart - 1]?.lower === 'the' && BODY_HEADS.has(info.tokens[o.tokEnd]?.lower ?? ''));
  if (!og) return null;
  const fits = toldParticipants(out, (pid) => aff.get(pid)?.org === og.code);
  // (of several, the one whose title heads the body: "Executive Secretary" beside a "Director")
  const heads = fits.length > 1 ? fits.filter((pid) => BODY_HEAD_TITLE.test(aff.get(pid)?.title ?? '')) : fits;
  return heads.length === 1 ? (heads[0] as number) : null;
}
const BODY_HEAD_TITLE = /^(?!.*\b(?:deputy|assistant|vice|under)\b).*\b(?:secretary(?:-general)?|chair(?:man|person|woman)?|president|director-general|commissioner|chief|head)\b/i;

/**
 * The one accompanied in "accompanied him (the Prime Minister, X) throughout": the story's subject for a pronoun, the
 * one participant told so far whose title holds the office named, else the person named after the verb.
 */
function principalOf(cue: string, after: number | undefined, before: number | undefined, st: MeetingState, aff: Map<number, Affiliation>): number | null | undefined {
  if (/^(?:accompanied|(?:also )?travell?ing with) (?:him|her|them) /i.test(cue)) return st.lastSubject;
  const office = /^(?:accompanied|(?:also )?travell?ing with) the ([\w-]+(?: [\w-]+)?) throughout$/i.exec(cue)?.[1]?.toLowerCase();
  if (!office) return after;
  const fits = toldParticipants(st.out, (pid) => (aff.get(pid)?.title ?? '').toLowerCase().endsWith(office));
  // (of two, the one of the state of the one accompanying: "The ambassador of Portugal … accompanied the Prime Minister")
  const own = before === undefined ? null : countryOfPid(aff, before);
  const ofOwn = fits.length > 1 && own ? fits.filter((pid) => countryOfPid(aff, pid) === own) : fits;
  return ofOwn.length === 1 ? ofOwn[0] : undefined;
}

/** "the visit of X": a meeting noun owned by the one named after "of" ("The two Ministers welcomed … the visit of X to Seoul"). */
function visitOf(toks: Token[], triggerTok: number): boolean {
  return toks[triggerTok - 1]?.lower === 'the' && toks[triggerTok + 1]?.lower === 'of';
}

/** Is the mention inside ", who <lower-case verb> …," that closes before the trigger ("X, who accompanied Y, held …")? */
function insideRelative(toks: Token[], m: PersonMention, triggerTok: number, separateAfter: boolean): boolean {
  let k = m.tokStart - 1;
  while (k > 1 && k >= m.tokStart - 6 && toks[k]?.text !== ',' && toks[k]?.lower !== 'who') k--;
  if (toks[k]?.lower !== 'who' || toks[k - 1]?.text !== ',' || !toks[k + 1]?.word || toks[k + 1]?.cap) return false;
  // (one accompanied is at the meeting too, unless it is told as separate: "X, who accompanied Y, met Z" is Y's too)
  if (/^(?:accompanied|accompanies|accompanying|joined)$/.test(toks[k + 1]?.lower ?? '') && !separateAfter) return false;
  for (let j = m.tokEnd; j < triggerTok; j++) if (toks[j]?.text === ',') return true;
  return false;
}

/** A sentence opening with an office and no name, then its verb: "The President of the Republic spoke by telephone …". */
const OFFICE_SUBJECT = /^The (?:President|Prime Minister|Chancellor|Federal Chancellor|Head of State|Head of Government|Minister(?: of| for)? [A-Z][\w ]*?|Foreign Minister|Secretary of State)(?: of the [A-Z][\w]*| of [A-Z][\w]*)? (?:spoke|held|had|received|met|hosted|welcomed|talked|called)\b/;

/** "with" before the person at `at`, past their title's capitalised words ("with Italian Prime Minister Y"). */
function objectOfWith(toks: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = toks[k] as Token;
    if (t.lower === 'with') return true;
    if (!t.cap) return false;
  }
  return false;
}

function hasPronounSubject(toks: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const w = (toks[k] as Token).lower;
    if (w === 'he' || w === 'she') return true;
  }
  return false;
}

const PAIR_NOUNS = new Set(['ministers', 'leaders', 'presidents', 'premiers', 'officials', 'diplomats', 'envoys', 'men', 'women', 'sides', 'heads', 'chiefs', 'generals', 'commanders', 'deputies']);

/** "the two ministers", "the three leaders": a number of people and what they are. */
interface PairPhrase {
  size: number;
  noun: string;
  /** A word of their office before the noun: "foreign" in "the two foreign ministers". */
  office?: string;
}

/** Every "the <two…five> <noun>" before the trigger in its clause, read once for the tests below. */
function pairPhrases(info: SentenceInfo, from: number, triggerTok: number): PairPhrase[] {
  const toks = info.tokens;
  const out: PairPhrase[] = [];
  for (let k = Math.max(0, from); k + 2 < triggerTok; k++) {
    if (toks[k]?.lower !== 'the') continue;
    const size = NUMBER_WORDS.indexOf(toks[k + 1]?.lower ?? '');
    // ("the two top diplomats", "the two foreign ministers": the noun after a modifier)
    const mod = PAIR_MODIFIERS.has(toks[k + 2]?.lower ?? '') && k + 3 < triggerTok ? (toks[k + 2] as Token).lower : undefined;
    const noun = toks[k + (mod ? 3 : 2)]?.lower ?? '';
    if (size >= 2) out.push(mod && OFFICE_WORDS[mod] ? { size, noun, office: mod } : { size, noun });
  }
  return out;
}
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];
/** The trigger's own object: "met Y", "received Y", or "with" between it and Y ("for a meeting with Y", "held talks with Y"). */
function metWith(info: SentenceInfo, triggerTok: number, first: number): boolean {
  if (/^(?:met|meet|meets|received|receives|visited)$/.test(info.tokens[triggerTok]?.lower ?? '')) return true;
  for (let k = triggerTok + 1; k < first && k <= triggerTok + 3; k++) if (info.tokens[k]?.lower === 'with') return true;
  return false;
}
/** "The ministers (had) agreed to meet again …" (no number: "the two ministers" is read elsewhere). */
// (not a standing arrangement: "agreed to meet every year")
const THEY_AGREED_TO_MEET = /\bthe (ministers|leaders|presidents) (?:had |have )?agreed to meet\b(?! (?:every|each|regularly|annually|yearly|periodically|twice|once a)\b)/i;
/** "The talks took place on …", "The meeting was held on …": more about the meeting just told. */
const TOOK_PLACE = /^(?:the|this|that) (?:talks|meeting|call|conversation|video ?conference|video call|phone call|discussion|encounter|session) (?:took place|was held|were held)\b/i;
/** Another delegation than the one just told: "The last delegation was led by X", "The next delegation, led by Y". */
const NEXT_DELEGATION = /\b(?:last|next|second|third|fourth|final|other) delegation\b/i;
/** "the ministers", "the pair", "the delegation" (no number) before the trigger: the travellers told before. */
const TRAVELLER_NOUNS = new Set(['ministers', 'pair', 'delegation', 'visitors', 'duo']);
function travellersBefore(info: SentenceInfo, from: number, triggerTok: number): boolean {
  const toks = info.tokens;
  // (also "the Australian ministers", not "the Libyan delegation", one state's people of whom some may be hosts)
  for (let k = Math.max(0, from); k + 1 < triggerTok; k++) {
    if (toks[k]?.lower !== 'the') continue;
    const noun = toks[k + 1]?.cap && k + 2 < triggerTok && toks[k + 2]?.lower === 'ministers' ? toks[k + 2] : toks[k + 1];
    if (TRAVELLER_NOUNS.has(noun?.lower ?? '')) return true;
  }
  return false;
}
/** The two sides of the last meeting as an object: "received both delegations", "met the two ministers". */
const BOTH_OBJECT = /^(?:both|the two) (?:delegations|sides|ministers|leaders|delegates|envoys|negotiators|foreign ministers|heads)\b/;
const PAIR_MODIFIERS = new Set(['top', 'foreign', 'defence', 'defense', 'senior', 'chief', 'prime', 'visiting']);
/** What such a word asks of the office: "the two foreign ministers" are foreign (or external affairs) ministers. */
const OFFICE_WORDS: Record<string, RegExp> = { foreign: /\b(?:foreign|external)\b/i, defence: /\bdefen[cs]e\b/i, defense: /\bdefen[cs]e\b/i, prime: /\bprime\b/i };

/** Does "the two ministers" (or leaders, sides, …; "the three leaders" with `size` 3) come before the trigger? */
const pairSubject = (pairs: PairPhrase[], size = 2): boolean => pairs.some((p) => p.size === size && PAIR_NOUNS.has(p.noun));

/**
 * "The two leaders …" / "the two ministers …": the latest meeting of that many people who all hold
 * such an office (which need not be the last meeting told); null when the words are not there or
 * no such meeting was told.
 */
function pairReferent(st: MeetingState, pairs: PairPhrase[], aff: Map<number, Affiliation>): DraftMeeting | null {
  const pair = pairs.find((p) => OFFICE_OF_PAIR[p.noun]);
  if (!pair) return null;
  return st.out.findLast((d) => pairIn(d, pair, aff)?.length === pair.size) ?? null;
}

/**
 * The people of meeting `d` that "the two leaders" (`pair`) names: all of them when they are that many and all
 * hold the office, or the only that many who hold it ("The two heads of state" of a lunch their ministers attended).
 */
function pairIn(d: DraftMeeting, pair: PairPhrase, aff: Map<number, Affiliation>): number[] | null {
  const office = OFFICE_OF_PAIR[pair.noun];
  if (!office) return null;
  const asked = pair.office ? OFFICE_WORDS[pair.office] : undefined;
  const holders = d.participants.filter((pid) => office.test(aff.get(pid)?.title ?? '') && (!asked || asked.test(aff.get(pid)?.title ?? '')));
  return holders.length === pair.size ? holders : null;
}
/** The officials named before sentence `idx` who hold the office of "the two leaders" (`pairs`), when exactly that many do. */
function pairOfStory(inp: MeetingInput, pairs: PairPhrase[], idx: number): number[] | null {
  const pair = pairs.find((p) => OFFICE_OF_PAIR[p.noun]);
  if (!pair) return null;
  const office = OFFICE_OF_PAIR[pair.noun] as RegExp;
  const holders = inp.persons.filter(
    (p) => inp.eligible.has(p.id) && office.test(inp.aff.get(p.id)?.title ?? '') && p.mentions.some((m) => m.sentence < idx),
  );
  if (holders.length === pair.size) return holders.map((p) => p.id);
  // (of more, the ones named in the sentence before or this one: "Spotted: X chatting to Y. … the two prime ministers held a
  // short bilateral")
  const recent = holders.filter((p) => p.mentions.some((m) => m.sentence === idx - 1 || m.sentence === idx));
  return holders.length > pair.size && recent.length === pair.size ? recent.map((p) => p.id) : null;
}

/**
 * Heads of state or government told together: "the presidents of A and B", "the two prime ministers" (in lower case:
 * not a gathering's name, "the Consultative Meeting of the Heads of State of Central Asia").
 */
const HEADS_PLURAL = /\b(?:presidents|prime ministers|premiers|heads of state|heads of government)\b/;

/** Offices of heads of state or government. */
const HEAD_OFFICES = 'president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|(?:supreme )?leader|crown prince';
const HEAD_OF_STATE = new RegExp(`^(?:${HEAD_OFFICES})$`, 'i');
/** A head of state or government by a longer title too: "President of the Republic (of Senegal)", "Prime Minister of India" (not "President of the Senate"). */
const HEAD_BY_TITLE = new RegExp(`^(?:${HEAD_OFFICES})(?:$| of (?:the )?(?:republic|federation|federative|united|islamic|kingdom|state)\\b| of (?!the )\\w)`, 'i');
/** The office a title names, for telling a counterpart among several of one state ("Minister of Foreign Affairs" → foreign). */
const OFFICES: [string, RegExp][] = [
  ['foreign', /\b(?:foreign|external)\b/i],
  ['defence', /\bdefen[cs]e\b/i],
  ['interior', /\b(?:interior|home affairs)\b/i],
  ['finance', /\b(?:finance|treasury)\b/i],
  ['trade', /\b(?:trade|commerce)\b/i],
  // (narrower than HEAD_BY_TITLE on purpose: only the offices a bilateral counterpart holds)
  ['head', /^(?:president|prime minister|premier|chancellor)(?:$| of (?:the )?(?:republic|federation|government)\b)/i],
];
function officeOf(title: string | null | undefined): string | null {
  if (!title) return null;
  return OFFICES.find(([, re]) => re.test(title))?.[0] ?? null;
}

/** The descriptions of an office that open a sentence about its holder (see describedSubject). */
const DESCRIBED_SUBJECT: [RegExp, RegExp][] = [
  [/^the head of state$/, HEAD_BY_TITLE],
  [/^the president$/, /^president\b/i],
  [/^the prime minister$/, /\bprime minister\b/i],
];
/** The office "the two leaders" (ministers, presidents) hold. */
const OFFICE_OF_PAIR: Record<string, RegExp> = { leaders: HEAD_BY_TITLE, heads: HEAD_BY_TITLE, ministers: /\bminister\b|\bsecretary\b/i, presidents: /^president$/i, deputies: /\b(?:deputy|vice)\b/i };

/** The one state named as a destination after the trigger ("a visit to Japan", "talks in Kenya"), or null. */
function destinationState(info: SentenceInfo, triggerTok: number, clauseEnd: number): string | null {
  let found: string | null = null;
  for (const pl of info.places) {
    if (pl.tokStart <= triggerTok || pl.tokStart >= clauseEnd || !pl.refersToState || (pl.kind !== 'name' && pl.kind !== 'short')) continue;
    const before = info.tokens[pl.tokStart - 1]?.lower ?? '';
    if (before !== 'to' && before !== 'in' && !VISITS.has(before)) continue;
    // ("a visit to Japan", "flew to Egypt"; not "arms supplies to Russia")
    if (before === 'to' && !tripTo(info, pl)) continue;
    if (talkedAbout(info, pl.tokStart)) continue;
    if (found !== null && found !== pl.code) return null;
    found = pl.code;
  }
  return found;
}

/** What every meeting found at one trigger shares. */
interface TriggerFacts {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  place: { city: string; country: string } | null;
  topics: string[];
  info: SentenceInfo;
}

function newDraft(f: TriggerFacts, aff: Map<number, Affiliation>, ps: number[], gathering: boolean, extra: string[] = []): DraftMeeting {
  return {
    kind: f.kind, status: f.status, date: f.date, city: f.place?.city ?? null, country: f.place?.country ?? null,
    participants: [...ps], countries: [...new Set([...statesOf(aff, ps), ...extra])], gathering, topics: [...f.topics], evidence: [evidenceOf(f.info)],
  };
}

/** A visit that its host's head of state or government receives. */
const STATE_VISIT = /\b(?:state|official) visit\b/i;

interface Leg {
  place: { city: string; country: string };
  /** The words from the person met to the next one (or the clause's end). */
  text: string;
}

/**
 * "met Y in Moscow on July 5 and Z in Beijing on July 8": each person met followed by a city of
 * its own, different from the others', before the next one; else null.
 */
function legsPerObject(info: SentenceInfo, ms: PersonMention[], objects: number[], clauseEnd: number, triggerTok = -1): Leg[] | null {
  const starts = objects.map((pid) => mentionStart(ms, pid));
  // "… travel to Cairo to meet X, to Doha for an audience with Y and finally to Amman, where … Z": each
  // place before its person (when every one has its own "to <city>")
  const ahead = triggerTok >= 0 ? legsBefore(info, ms, objects, starts, triggerTok) : null;
  if (ahead) return ahead;
  const legs: Leg[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? clauseEnd;
    const place = findCity(info, to, from, true);
    if (!place || legs.some((l) => l.place.city === place.city)) return null;
    const a = (info.tokens[from]?.start ?? info.s.start) - info.s.start;
    const b = to < info.tokens.length ? (info.tokens[to]?.start ?? info.s.end) - info.s.start : info.s.text.length;
    legs.push({ place, text: info.s.text.slice(a, b) });
  }
  return legs;
}

/** "… talks with Y, who was pitching …, and with Z": "and with" before each later person met. */
function withEach(info: SentenceInfo, ms: PersonMention[], objects: number[]): boolean {
  const starts = objects.map((pid) => mentionStart(ms, pid)).sort((a, b) => a - b);
  return starts.slice(1).every((at) => {
    const k = beforeTitle(info, at);
    const w = info.tokens[k]?.lower === 'mr' || info.tokens[k]?.lower === 'ms' ? k - 1 : k;
    return info.tokens[w]?.lower === 'with' && info.tokens[w - 1]?.lower === 'and';
  });
}

/** Legs with their "to <city>" before each person met, from a little before the trigger; null unless each has one. */
function legsBefore(info: SentenceInfo, ms: PersonMention[], objects: number[], starts: number[], triggerTok: number): Leg[] | null {
  const legs: Leg[] = [];
  let from = Math.max(0, triggerTok - 3);
  for (let k = 0; k < starts.length; k++) {
    const to = starts[k] as number;
    const at = info.tokens.slice(from, to).findIndex((t, i) => t.lower === 'to' && info.tokens[from + i + 1]?.cap);
    const place = at >= 0 ? findCity(info, to, from + at, true) : null;
    if (!place || legs.some((l) => l.place.city === place.city)) return null;
    const a = (info.tokens[from]?.start ?? info.s.start) - info.s.start;
    const b = (info.tokens[to]?.start ?? info.s.end) - info.s.start;
    legs.push({ place, text: info.s.text.slice(a, b) });
    from = ms.find((m) => m.pid === objects[k])?.tokEnd ?? to + 1;
  }
  return legs;
}

/** Where an event still to come will be: "would be held in Tashkent", "will take place in Baku". */
const FUTURE_VENUE = /\b(?:would|will|is to|are to|to) (?:be held|take place|convene|be convened|meet) (?:[\w-]+ ){0,3}?in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)/;
function futureVenueCity(text: string): string | null {
  return FUTURE_VENUE.exec(text)?.[1] ?? null;
}

/** Does the new meeting `f` describe the same event as the earlier meeting `e`? */
const INVITED = /\binvit(?:ed|es|ing|ation)\b/i;
const FOLLOW_UP = /\b(?:further|more|another|next|new|fresh|follow-up|second|return) (?:round of )?(?:talks|meetings?|visit|consultations|discussions)\b/i;
// (not "bilateral relations" or "a separate statement", common in any story)
const SEPARATE = /\b(?:separately|(?:separate|bilateral) (?:talks|meetings?|session|consultations)|separate bilaterals?|one-on-one|tete-a-tete|tête-à-tête|met privately|in private)\b/i;

/** "X also met (with) Y", "X also held talks with Y": a meeting besides one told before. */
const ALSO_MET = /\balso (?:met|meets|held (?:talks|a meeting)|had (?:talks|a meeting)|sat down)\b/i;

/** What a trip did, right after its noun: "The travel started …", "The tour began …". */
const TRIP_BEGAN = /^\s+(?:started|began|starts|begins|continued|continues|ended|ends)\b/i;

/** A meeting told as one of its own: "had a meeting", "held a bilateral meeting". */
const OWN_MEETING = /\b(?:had|held|hold|have) (?:a|an|their) (?:[\w-]+ ){0,3}(?:meeting|talks|tête-à-tête|tete-a-tete)\b/i;

/** A gathering named: "the summit", "the conference". */
const GATHERING_WORD = /\b(?:summit|conference|forum|gathering)\b/i;

/** A sentence that opens with another time of the same story: "Later in the day, …", "Afterwards, …", "Earlier in the day, …". */
const LATER_OPENING = /^(?:later|afterwards|subsequently|earlier|in (?:a |another )?separate (?:context|development|event|meeting))\b/i;

/** Words of a later leg of a trip. */
const ONWARD = /\b(?:also|later|then|afterwards|next)\b/i;

/** "X arrived in the capital on Tuesday evening for a visit" told after the talks of that visit, the next day. */
const ARRIVED = /\b(?:arrived|landed)\b/i;
function arrivalEve(e: DraftMeeting, f: DraftMeeting): boolean {
  if (e.status !== 'held' || f.status !== 'held' || e.participants.length < 2 || !f.participants.every((p) => e.participants.includes(p))) return false;
  const told = f.evidence[0]?.text ?? '';
  // (not another meeting told with the arrival: "Barkat, who arrived on Monday, also held a separate bilateral with Y")
  return ARRIVED.test(told) && !SEPARATE.test(told) && !ALSO_MET.test(told) && Date.parse(e.date as string) - Date.parse(f.date as string) === DAY;
}

function sameEvent(e: DraftMeeting, f: DraftMeeting): boolean {
  if (e.kind !== f.kind || e.gathering !== f.gathering) return false;
  if (e.date && f.date && e.date !== f.date && !arrivalEve(e, f)) return false;
  // "Later in the day, Y was received by Z, in the presence of X": another meeting after the one told
  // (or before it: "Earlier in the day, X held talks with Y")
  if (e.participants.length >= 2 && LATER_OPENING.test(f.evidence[0]?.text ?? '') && sentenceOf(f) > sentenceOf(e)) return false;
  // a meeting of another time is not the one just held ("X met Y on Wednesday. X and Y were last together at the
  // summit in Kingston"), nor a trip told after it ("The two last met in Rio. … X arrived in Brasília on Wednesday")
  if (e.status === 'held' && f.status === 'held' && LAST_MET.test(f.evidence[0]?.text ?? '') !== LAST_MET.test(e.evidence[0]?.text ?? '')) return false;
  // a guest's onward trip inside the host state belongs to the visit already recorded
  // ("… hosted X in Pretoria. X later travelled to Cape Town.")
  const onward =
    f.participants.length === 1 && e.participants.length >= 2 && e.status === f.status && f.kind === 'meeting' &&
    e.participants.includes(f.participants[0] as number) && f.country !== null && f.country === e.country &&
    f.countries.every((c) => e.countries.includes(c));
  if (onward) return true;
  if ((e.city && f.city && e.city !== f.city) || (e.country && f.country && e.country !== f.country)) return false;
  // "X invited Y to visit North Korea" after their talks: the return visit, not those talks
  if (e.status === 'held' && f.status === 'planned' && INVITED.test(f.evidence[0]?.text ?? '')) return false;
  // "Modi invited Oli to visit India. … The summit brought together Oli, Modi, Y, Z, …": a gathering
  // held is not the visit of two of its people planned
  if (e.status === 'planned' && f.status === 'held' && f.participants.length >= e.participants.length + 2) return false;
  // "… for further talks with Y next month": another round, not the one held
  if (e.status !== f.status && (e.status === 'planned' ? e : f).status === 'planned' && FOLLOW_UP.test((e.status === 'planned' ? e : f).evidence[0]?.text ?? '')) return false;
  // "The two leaders last met in March 2023": an earlier meeting, not the one to come
  if (e.status !== f.status && OTHER_TIME.test((e.status === 'held' ? e : f).evidence[0]?.text ?? '')) return false;
  // a cancelled trip is described by what was planned for it
  if (e.status !== f.status && !(e.status === 'held' && f.status === 'planned' && f.date === null) && !(f.status === 'held' && e.status === 'planned') && !(e.status === 'cancelled' && f.status === 'planned')) return false;
  if (f.participants.length === 1 && e.participants.length === 1) {
    // the same person's trip: the same destination, or one side names none
    return sameSet(e.participants, f.participants) && (isSubset(e.countries, f.countries) || isSubset(f.countries, e.countries));
  }
  if (f.participants.length === 1 || e.participants.length === 1) {
    // "a visit to the UAE" and "meeting the UAE's crown prince" on that visit
    const [one, many] = f.participants.length === 1 ? [f, e] : [e, f];
    if (e.status !== f.status && e.status !== 'cancelled') return false;
    return one.countries.length >= 2 && many.participants.includes(one.participants[0] as number) && isSubset(one.countries, many.countries);
  }
  if (f.gathering) return f.participants.filter((p) => e.participants.includes(p)).length >= 2;
  // "The summit … brought together X, Y, Z, …" and "X had called on Y at Government House" (before or
  // after it): two of the summit's people meeting alone, not the summit (a gathering not yet known as one)
  const [big, small] = e.participants.length > f.participants.length ? [e, f] : [f, e];
  if (big.participants.length >= small.participants.length + 2 && GATHERING_WORD.test(big.evidence[0]?.text ?? '') && !GATHERING_WORD.test(small.evidence[0]?.text ?? '')) return false;
  // "Likewise, the chancellors of Brazil and Argentina had a meeting of almost one hour …": a meeting of
  // two of the larger one's people told later as one of its own is theirs alone
  if (small === f && big.participants.length >= small.participants.length + 2 && small.participants.length === 2 && OWN_MEETING.test(small.evidence[0]?.text ?? '')) return false;
  // "X also held separate bilateral talks with Y": not the larger meeting the two were at
  // (or "X also met with Y": another meeting than the one told before)
  if (e.participants.length > f.participants.length && (SEPARATE.test(f.evidence[0]?.text ?? '') || SIDELINES.test(f.evidence[0]?.text ?? '') || ALSO_MET.test(f.evidence[0]?.text ?? ''))) return false;
  const common = f.participants.filter((p) => e.participants.includes(p)).length;
  return common >= 2 && (common === f.participants.length || common === e.participants.length);
}

/**
 * The meetings of one trigger in a sentence (`forcedTrigger`: the token of a second clause's
 * trigger), merged into `st.out`. Returns the end of the trigger's clause.
 */
function handleTrigger(inp: MeetingInput, st: MeetingState, ts: TriggerSentence, forcedTrigger: number | null): number {
  const { aff, published } = inp;
  const { info, idx, text, ms, firstPid, callM, letterM, trig } = ts;
  const out = st.out;
  const kind: MeetingKind = callM ? 'call' : 'meeting';
  // "X received Y … During the call, they exchanged views": a courtesy call, the reception just told, not a phone call
  const reception = st.lastMeeting;
  if (callM && CALL_BACK.test(text) && !REMOTE_WORDS.test(text) && reception?.kind === 'meeting' && reception.status === 'held' && idx - st.lastMeetingSentence <= 2) {
    if (!reception.evidence.some((e) => e.sentence === info.s.index)) reception.evidence.push(evidenceOf(info));
    st.lastMeetingSentence = idx;
    return info.tokens.length;
  }
  // the trigger that governs the people: the last one before the first person named after a trigger
  // ("X and Y agreed in Riga …", "X and Y agreed on Tuesday to …": the agreement is the trigger, no meeting word)
  const agreedTok = /^agreed\b/.test(trig[0]) ? firstTokenFrom(info.tokens, trig.index + info.s.start) : -1;
  const allTrigToks = agreedTok >= 0 ? [agreedTok] : callM ? triggerTokens(info, CALL_G) : triggerTokens(info, MEET_G).filter((t) => !bodyNotMetAt(info.tokens, t));
  // "Before the summit, X held talks with Y": a trigger in an opening phrase with no one named in it
  // is not the one that governs the people after it
  const opening = openingPhraseEnd(info, ms);
  const trigToks = opening > 0 && allTrigToks.some((t) => t > opening) ? allTrigToks.filter((t) => t > opening) : allTrigToks;
  let triggerTok = trigToks[0] ?? info.tokens.length;
  const firstAfter = ms.find((m) => m.tokStart > triggerTok);
  if (firstAfter) for (const t of trigToks) if (t < firstAfter.tokStart) triggerTok = t;
  // "On Thursday, when the summit continues, Putin will receive X": that one is the subject of a
  // trigger right after it, which governs the people named after it
  // (also past an apposition: "The meeting took place in Auckland, when X, accompanied by Y, met Z")
  const apposEnd = firstAfter && info.tokens[firstAfter.tokEnd]?.text === ',' ? info.tokens.findIndex((t, k) => k > firstAfter.tokEnd && k <= firstAfter.tokEnd + 12 && t.text === ',') : -1;
  const verbAfter = firstAfter ? trigToks.find((t) => (t >= firstAfter.tokEnd && t <= firstAfter.tokEnd + 3) || (apposEnd > 0 && t === apposEnd + 1)) : undefined;
  if (verbAfter !== undefined && firstAfter && MEETING_NOUN.test(info.tokens[triggerTok]?.lower ?? '') && ms.some((m) => m.tokStart > verbAfter)) {
    const between = apposEnd > 0 && verbAfter === apposEnd + 1 ? [] : info.tokens.slice(firstAfter.tokEnd, verbAfter);
    if (between.every((t) => MODAL_BEFORE.has(t.lower) || AUXILIARIES.has(t.lower) || t.lower === 'then')) triggerTok = verbAfter;
  }
  // "X flew to Cotonou, where President Y received him": the verb of receiving with its own subject and a pronoun
  // object governs the meeting, not the journey before it
  const receivedHim = trigToks.find((t) => t > triggerTok && receivesPronoun(info.tokens, t) && ms.some((m) => m.tokStart > triggerTok && m.tokEnd <= t));
  if (receivedHim !== undefined) triggerTok = receivedHim;
  if (forcedTrigger !== null) triggerTok = forcedTrigger;
  // "…, after meeting Z on Sunday": the participle's clause, whose subject is the sentence's
  const participle = forcedTrigger !== null && participlePhrase(info.tokens, forcedTrigger - 1);
  // "… and will hold talks with Z": the same subject too
  const coordinated = forcedTrigger !== null && !participle ? info.tokens.findLastIndex((t, k) => k < forcedTrigger && k >= forcedTrigger - 6 && secondVerbAt(info.tokens, k)) : -1;
  const around = clauseAround(info, ms, triggerTok);
  const [cStart, cEnd] = participle ? [forcedTrigger - 1, around[1]] : coordinated >= 0 ? [coordinated, around[1]] : around;
  const inClause = ms.filter((m) => m.tokStart >= cStart && m.tokStart < cEnd && !governedByUnder(info, m));
  // the sender of a letter found in this sentence is no participant of its meeting
  const letter = letterM ? out.at(-1) : undefined;
  const letterHere = letter?.kind === 'other' && letter.evidence[0]?.sentence === info.s.index;
  let parts = participantsOf(info, letterHere ? inClause.filter((m) => m.pid !== letter.participants[0]) : inClause, triggerTok);
  // "He and Venezuelan President X spoke by phone": the one "he" stands for, and X
  // (after a phrase of time too: "On 20 December 2023 he and X met at Kirribilli House")
  const heAt = afterTimePhrase(info.tokens, cStart);
  const heAnd = /^(?:he|she)$/.test(info.tokens[heAt]?.lower ?? '') && info.tokens[heAt + 1]?.lower === 'and' && inClause.some((m) => m.tokStart > heAt + 1 && m.tokStart < triggerTok);
  // (the one person named in the sentence before, else the story's last subject)
  if (heAnd) {
    const before = new Set(eligibleMentions(inp, inp.infos[idx - 1]?.s.index ?? -1).map((m) => m.pid));
    const he = before.size === 1 ? ([...before][0] as number) : st.lastSubject;
    if (he !== null && !parts.includes(he)) parts = [he, ...parts];
  }
  // a pronoun subject before the trigger: "he also met …", "…, where he met …"
  // "They met President X": the people of the meeting just told ("X and Y arrived in Kyiv … They met …")
  const they = info.tokens[cStart]?.lower === 'they' && !!st.lastMeeting && st.lastMeeting.participants.length >= 2 && idx - st.lastMeetingSentence <= 1;
  // "They also discussed Ukraine": more about that meeting
  if (they && WEAK_ONLY.test(trig[0])) {
    const last = st.lastMeeting as DraftMeeting;
    if (!last.evidence.some((e) => e.sentence === info.s.index)) last.evidence.push(evidenceOf(info));
    return cEnd;
  }
  // ("He recalled the visit of X to Riyadh": X's visit, not the speaker's)
  // (but "recalled his phone conversation with X": his own)
  const ownBeforeTrigger = info.tokens.slice(Math.max(0, triggerTok - 2), triggerTok).some((t) => POSSESSIVE_PRONOUNS.has(t.lower));
  const recalled = info.tokens.slice(cStart, triggerTok).some((t) => RECALLED.has(t.lower)) && !ownBeforeTrigger;
  // (not into an encounter named "between" two people after it: "They welcomed … the meeting between X and Y")
  // ("… the consultations held in Ulaanbaatar last month between X and Y": a few words may come first)
  const between = info.tokens.findIndex((t, k) => k > triggerTok && k <= triggerTok + 8 && t.lower === 'between');
  const betweenAfter =
    between > triggerTok && !inClause.some((m) => m.tokStart > triggerTok && m.tokStart < between) && inClause.filter((m) => m.tokStart > between).length >= 2;
  // ("During her meeting with X, …": the one "her" refers to)
  // ("His first sit-down of the day was with X": an ordinal may come between)
  const ownerAt = ORDINALS.has(info.tokens[triggerTok - 1]?.lower ?? '') ? triggerTok - 2 : triggerTok - 1;
  const owner = POSSESSIVE_PRONOUNS.has(info.tokens[ownerAt]?.lower ?? '') && MEETING_NOUN.test(info.tokens[triggerTok]?.lower ?? '');
  // ("The head of state recalled his phone conversation with X": the story's subject, when that one is a head of state)
  const described = cStart === 0 && st.lastSubject !== null && describedSubject(info.tokens, triggerTok, aff.get(st.lastSubject)?.title);
  // those the clause names before the trigger (its subject, when there is one)
  const namedBefore = inClause.filter((m) => m.tokStart < triggerTok);
  const namedSubject = namedBefore.length > 0;
  // ("X, …, and Y, …, spent Monday in Adré. In Abéché the same evening, they met Z": with no meeting told, the two to
  // four people the sentence before opens with)
  const prev = !they && !namedSubject && !ms.some((m) => m.tokStart < triggerTok) && idx > 0 && info.tokens.slice(cStart, triggerTok).some((t) => t.lower === 'they') ? eligibleMentions(inp, (inp.infos[idx - 1] as SentenceInfo).s.index) : [];
  const theyBefore = prev[0]?.tokStart === 0 && new Set(prev.map((m) => m.pid)).size >= 2 && prev.length <= 4 ? [...new Set(prev.map((m) => m.pid))] : null;
  if ((they || theyBefore || participle || coordinated >= 0 || owner || described || hasPronounSubject(info.tokens, cStart, triggerTok)) && !recalled && !betweenAfter && !namedSubject) {
    // ("In his meeting with Macron, Morimoto agreed …": "his" is the one named after the phrase)
    const comma = owner ? pastApposition(info.tokens, ms, info.tokens.findIndex((t, k) => k > triggerTok && t.text === ',')) : -1;
    const named = comma > 0 ? ms.find((m) => m.tokStart > comma) : undefined;
    // (with no one named after it, only "the two ministers" or a pronoun leave "his" to the story's subject:
    // not "During his meeting with Luxon, the Chief Executive welcomed …", someone described)
    if (owner && !named && comma > 0 && !(/^(?:he|she|they)$/.test(info.tokens[comma + 1]?.lower ?? '') || NUMBER_WORDS.includes(info.tokens[comma + 2]?.lower ?? '-'))) return cEnd;
    const subjs = they ? [...(st.lastMeeting as DraftMeeting).participants] : theyBefore ?? [named ? named.pid : cStart > 0 && firstPid !== null && ms[0] && ms[0].tokStart < cStart ? ms[0].pid : st.lastSubject];
    for (const subj of subjs.reverse()) if (subj !== null && !parts.includes(subj)) parts.unshift(subj);
  }
  // "After the meeting, the Moroccan minister was received by Y": the one person of that state with that office in the
  // meetings told before, when no one is named before the trigger
  if (!namedSubject) {
    const who = describedPerson(info, cStart, triggerTok, out, aff) ?? teamLeader(inp, info, idx, cStart, triggerTok);
    if (who !== null && !parts.includes(who)) parts.unshift(who);
  }
  // "The President of the Republic spoke by telephone with Y. Emmanuel Macron reiterated …": a subject told by its office
  // alone opening the sentence is the one named with no office as the next sentence's subject
  if (cStart === 0 && !namedSubject && OFFICE_SUBJECT.test(info.s.text)) {
    const next = inp.infos[idx + 1];
    const nm = next ? eligibleMentions(inp, next.s.index)[0] : undefined;
    if (nm && nm.tokStart === 0 && !parts.includes(nm.pid) && !aff.get(nm.pid)?.title) parts.unshift(nm.pid);
  }
  // "He said he had raised the subject with Y during a meeting in Rome": the pronoun's person, when everyone named
  // before the trigger is the object of "with"
  if (!they && st.lastSubject !== null && !parts.includes(st.lastSubject) && namedSubject && namedBefore.length === inClause.length &&
    SUBJECT_PRONOUN.test(info.tokens[cStart]?.lower ?? '') && namedBefore.every((m) => objectOfWith(info.tokens, m.tokStart))) parts.unshift(st.lastSubject);
  // "President Y received him": a pronoun object of a verb of receiving, with Y alone named in the clause before it,
  // is the one the sentence names before the clause ("X flew to Cotonou, where President Y received him"), else the
  // story's last subject (the whole sentence, or "He … was in Kigali, where President Y received him")
  if (receivesPronoun(info.tokens, triggerTok) && inClause.length === 1 && (inClause[0] as PersonMention).tokStart < triggerTok) {
    // (before the clause, the sentence's subject: named, or a pronoun for the story's last subject; not a name read
    // as no person, "Montenegro made his first trip to Madrid, where Sánchez received him")
    // ("President Y received his guest": the first visitor of the meeting told last, the traveller of a tour)
    const guest = /^(?:his|her)$/.test(info.tokens[triggerTok + 1]?.lower ?? '') && st.lastMeeting ? st.lastMeeting.participants.find((p) => aff.get(p)?.country && aff.get(p)?.country !== st.lastMeeting?.country) : undefined;
    // ("X accompanied President Y to the palace, where Z received him": Y, with X beside him)
    const acc = cStart > 0 ? info.tokens.findIndex((t, k) => k < cStart && t.lower === 'accompanied') : -1;
    const accompanied = acc > 0 ? ms.find((m) => m.tokStart > acc && m.tokStart <= acc + 4 && m.tokStart < cStart) : undefined;
    const companion = accompanied ? ms.find((m) => m.tokStart < acc) : undefined;
    if (companion && !parts.includes(companion.pid)) parts.push(companion.pid);
    // ("The American envoy then flew to Kigali, where President Y received him": the visitor of the meeting told last)
    const him = guest !== undefined ? guest : accompanied ? accompanied.pid : cStart === 0 ? st.lastSubject : firstPid !== null && ms[0] && ms[0].tokStart < cStart ? ms[0].pid : hasPronounSubject(info.tokens, 0, cStart) ? st.lastSubject : VISITOR_SUBJECT.test(text) || ENVOY_SUBJECT.test(text) ? visitorOf(out.findLast((d) => d.country !== null && d.kind === 'meeting'), aff) : null;
    if (him !== null && !parts.includes(him)) parts.push(him);
  }
  // "The visiting dignitary is also scheduled to call on X", "The guest thanked …": the visitor of the
  // meeting told last in a state (one of its people of another state)
  if (VISITOR_SUBJECT.test(info.s.text.slice((info.tokens[cStart]?.start ?? info.s.start) - info.s.start)) && !namedSubject) {
    const visitor = visitorOf(out.findLast((d) => d.country !== null && d.kind === 'meeting'), aff);
    if (visitor !== null && !parts.includes(visitor)) parts.unshift(visitor);
    if (visitor !== null) st.lastSubject = visitor;
  }
  // "his Japanese, Italian and French counterparts", "the leaders of Chile, Peru and Bolivia":
  // the article's one official of each state, else the state alone
  // …or before it, as the subject when no one is named there: "The leaders of A, B and C met at …"
  const unnamedSides = new Set<string>();
  // (from the subject's own trigger when a later one governs the people: "X held talks with his Egyptian
  // counterpart …, followed by expanded talks …, in which Y took part")
  const subjectAt = namedBefore[0]?.tokEnd ?? triggerTok;
  const firstTrig = namedSubject ? (trigToks.find((t) => t >= subjectAt && t <= triggerTok) ?? triggerTok) : triggerTok;
  const cp = counterpartStates(info, namedSubject ? firstTrig : cStart - 1, cEnd, unnamedSides);
  const unresolved: string[] = [];
  for (const code of cp) {
    if (unnamedSides.has(code)) {
      unresolved.push(code);
      continue;
    }
    // "his Peruvian counterpart, Ana Torres", "his Belarusian counterpart Maxim X": named, already there
    // (named within a few words of "counterpart": not the ambassador "in which …, Y, took part" at its end)
    const cpAt = info.tokens.findIndex((t, i) => i >= firstTrig && COUNTERPART.test(t.lower));
    // (or in the list of names right after it: "his Somali and Eritrean counterparts, X and Y")
    if (parts.some((pid) => countryOfPid(aff, pid) === code && nearCounterpart(info, ms, cpAt, pid))) continue;
    let who = inp.persons.filter((p) => inp.eligible.has(p.id) && countryOfPid(aff, p.id) === code && !parts.includes(p.id));
    // (several of that state: the one of the subject's office, "Attaf held talks with his Egyptian
    // counterpart" after the Egyptian President and Foreign Minister were named)
    // (with no one named: the office the sentence gives them, "The presidents of Colombia and Ecuador spoke by telephone")
    const office = who.length > 1 ? (parts.length > 0 ? officeOf(aff.get(parts[0] as number)?.title) : HEADS_PLURAL.test(text) ? 'head' : null) : null;
    if (office) who = who.filter((p) => officeOf(aff.get(p.id)?.title) === office);
    if (who.length === 1) parts.push((who[0] as Person).id);
    else unresolved.push(code);
  }
  // ("A senior Ukrainian official spent four hours with American negotiators": two states' unnamed people, each told apart)
  if (parts.length === 0 && inClause.length === 0 && unresolved.length < 2) {
    const sides = unnamedSidesOf(info, cStart, cEnd);
    if (sides.length >= 2) unresolved.splice(0, unresolved.length, ...sides.slice(0, 2));
  }
  // "There, Benin's foreign minister hosted the Nigerian team": the one of that state at the last meeting held, a
  // touring delegation's head
  if (parts.length === 1 && st.lastMeeting?.status === 'held') {
    const last = st.lastMeeting;
    // (of another state than the host's: not "Ireland's ambassador hosted a reception for the Irish delegation")
    for (const code of theTeamsOf(info, triggerTok, cEnd).filter((c) => c !== countryOfPid(aff, parts[0] as number))) {
      const head = last.participants.filter((pid) => countryOfPid(aff, pid) === code);
      if (head.length === 1 && !parts.includes(head[0] as number)) parts.push(head[0] as number);
    }
  }
  const weak = WEAK_ONLY.test(trig[0]);
  // "The two ministers are expected to meet again": the two people of the last meeting; with
  // only "discussed" or "talks", the sentence says more about that meeting
  // ("The two leaders" after two ministers' talks: the last meeting of leaders)
  const pairs = pairPhrases(info, cStart, triggerTok);
  const last = pairReferent(st, pairs, aff) ?? st.lastMeeting;
  // ("The three leaders last met in Berlin": the three of the last meeting)
  // ("The two heads of state" of a lunch their ministers attended: those two)
  // ("… reached during their meeting in Tashkent last year": the people of the last meeting, at another time or place)
  // (not when "their" has others to refer to in the sentence, "the three Heads of State", who are not those people:
  // "… signed by the three Heads of State on 6 July in Niamey, on the occasion of their first summit")
  const pairsElsewhere = pairs.length > 0 && !!last && !pairSubject(pairs, last.participants.length) && !pairs.some((p) => pairIn(last, p, aff));
  const theirs = parts.length === 0 && !!last && last.participants.length >= 2 && ownedByThem(info.tokens, triggerTok) && !pairsElsewhere;
  let named = last && last.participants.length >= 2 ? (pairSubject(pairs, last.participants.length) || theirs ? last.participants : pairs.map((p) => pairIn(last, p, aff)).find((x) => x)) : null;
  // ("The two leaders met at the previous retreat in Putrajaya" with no meeting told yet: the only two leaders named so
  // far; not a meeting only asked about: "… whether the two leaders could speak by phone")
  if (!named && !last && parts.length === 0 && !weak && !PLANNED.test(text)) named = pairOfStory(inp, pairs, idx);
  if (parts.length === 0 && named) {
    if (last && weak && !(theirs && (OTHER_TIME.test(text) || findCity(info, cEnd, triggerTok, true)))) {
      if (!last.evidence.some((e) => e.sentence === info.s.index)) last.evidence.push(evidenceOf(info));
      // ("The two Ministers exchanged views on …": that meeting is again the one told, which "Y and Z were also present" joins)
      st.lastMeeting = last;
      return cEnd;
    }
    parts = [...named];
  } else if (named && parts.length > 0 && !weak && !betweenAfter && pairSubject(pairs, named.length) && parts.every((pid) => mentionStart(ms, pid) > triggerTok) && !visitOf(info.tokens, triggerTok)) {
    // "the two leaders will hold a three-way summit with X": those two and X
    // ("the three ministers were received … by President X" after their session with an ambassador: those three and X)
    parts = [...named.filter((pid) => !parts.includes(pid)), ...parts];
  } else if (parts.length > 0 && (!weak || /talks|meeting/i.test(trig[0])) && st.lastMeeting && idx - st.lastMeetingSentence <= 6 && parts.every((pid) => mentionStart(ms, pid) > triggerTok) && travellersBefore(info, cStart, triggerTok) && metWith(info, triggerTok, Math.min(...parts.map((pid) => mentionStart(ms, pid))))) {
    // "On Wednesday the ministers flew to Nuku'alofa for a meeting with Y" after "X and Z met W in Honiara": the
    // travellers of the last meeting (its people of neither the host's state nor Y's) and Y
    // (the last held with two people or more: not "X accepted an invitation to visit Canberra" told since)
    const lm = st.lastMeeting.participants.length >= 2 ? st.lastMeeting : (out.findLast((d) => d.status === 'held' && d.participants.length >= 2 && info.s.index - sentenceOf(d) <= 6) ?? st.lastMeeting);
    const metStates = new Set(parts.map((pid) => countryOfPid(aff, pid)));
    const group = lm.participants.filter((pid) => {
      const c = countryOfPid(aff, pid);
      return !!c && !metStates.has(c) && c !== lm.country;
    });
    if (group.length >= 2) parts = [...group, ...parts];
  } else if (st.lastMeeting && st.lastMeeting.participants.length >= 2 && parts.length === 1 && !weak && mentionStart(ms, parts[0] as number) < triggerTok && BOTH_OBJECT.test(info.tokens.slice(triggerTok + 1, triggerTok + 4).map((t) => t.lower).join(' '))) {
    // "President Z received both delegations before the talks began": Z and the people of those talks
    parts = [...parts, ...st.lastMeeting.participants.filter((pid) => !parts.includes(pid))];
  }
  if (firstPid !== null) st.lastSubject = firstPid;
  // with no one named, two states' unnamed people make a meeting that those named next may join
  const statesOnly = parts.length === 0 && unresolved.length >= 2 && kind === 'meeting';
  if (!statesOnly && (parts.length === 0 || (weak && parts.length < 2 && kind === 'meeting'))) return cEnd;
  // "she also met members of the Maltese community in Rome": a group of no officials, no meeting
  if (parts.length === 1 && kind === 'meeting' && GROUP_MET.test(info.tokens.slice(triggerTok, triggerTok + 6).map((t) => t.lower).join(' '))) return cEnd;
  // "will not meet", "has never visited", "there are no plans for X to meet Y": no event
  if (!CANCEL.test(text) && negated(info, cStart, triggerTok)) return cEnd;
  // "The visit follows weeks of friction after a US strike killed X": the visit told before, then its background
  if (backgroundOf(info, triggerTok)) return cEnd;
  // "called on X to withdraw" urges; "called on President X in Baku" is a courtesy call
  if (urges(info, triggerTok, cEnd)) return cEnd;
  let status = statusAt(info, cStart, triggerTok);
  const trigAt = info.tokens[triggerTok] ? (info.tokens[triggerTok] as { start: number }).start - info.s.start : -1;
  // a second clause ("…, days after a visit to Moscow where he held talks with Y") has only its own dates
  // (and "… arrived on Tuesday for a visit, during which he will meet Y": the clause's own days only)
  const during = forcedTrigger === null ? relativeBefore(info.tokens, triggerTok) : -1;
  const from = forcedTrigger !== null ? (info.tokens[cStart]?.start ?? info.s.start) - info.s.start : during >= 0 ? (info.tokens[during] as Token).start - info.s.start : 0;
  // "…held talks with X, who on Friday signed a deal in Berlin": the relative clause tells of X, not the talks
  const rel = relativeClauseAfter(info, triggerTok);
  // "…, after meeting Z on Sunday": the participle's day is its own event's
  const stop = rel >= 0 ? rel : participlePhrase(info.tokens, cEnd) || secondVerbAt(info.tokens, cEnd) ? cEnd : -1;
  const upto = stop >= 0 ? (info.tokens[stop]?.start ?? info.s.end) - info.s.start : text.length;
  const ahead = status === 'planned' || (status === 'cancelled' && SCHEDULED_FOR.test(text));
  // ("…held talks with X, who is paying a visit at the invitation of Y, at the State Palace on Wednesday": the
  // main clause goes on after the relative clause)
  const resume = rel >= 0 ? relativeClauseEnd(info.tokens, rel) : -1;
  let dateText = resume >= 0 ? `${text.slice(from, upto)} ${text.slice((info.tokens[resume] as Token).start - info.s.start)}` : text.slice(from, upto);
  // ("The visitor, who arrived on Wednesday evening, was welcomed by the President": the day of the arrival, not of the meeting)
  // (unless the meeting is told as on that day: "…, who arrived here on Sunday, was called on by Y shortly after his
  // arrival", "… held talks with Y the same day")
  const arrived = ARRIVED_CLAUSE.exec(dateText);
  const arrival = arrived && !SAME_DAY_AS_ARRIVAL.test(text) ? arrived : null;
  if (arrival && arrival.index + arrival[0].length <= trigAt - from) dateText = dateText.slice(0, arrival.index) + ' '.repeat(arrival[0].length) + dateText.slice(arrival.index + arrival[0].length);
  const dateFound = resolveDate(dateText, published, ahead, trigAt - from);
  let date = dateFound?.date ?? null;
  // "On Wednesday (26) the chancellor follows to Kuala Lumpur, where he meets …" two days after the
  // report: told in the present, still to come (a day later may be the dateline's local day)
  if (status === 'held' && date && published && daysBefore(date, published) < -1) status = 'planned';
  // "…travelling to Cairo, where he held talks": the place named just before "where"
  // "…, after he met Y in Moscow": the city inside the clause
  const whereAt = info.tokens.findLastIndex((t, k) => k >= triggerTok - 6 && k < triggerTok && t.lower === 'where');
  const afterWhere = whereAt >= 0;
  let place =
    kind === 'call'
      ? null
      : // ("came to Belgrade from Pristina, where they met …": the capital right before "where" first)
        ((afterWhere ? capitalBeforeWhere(info, whereAt) : null) ??
        (forcedTrigger === null ? findCity(info, rel >= 0 ? rel : cEnd, 0, true) : afterWhere ? findCity(info, cStart) : findCity(info, undefined, forcedTrigger)));
  // (a held event is not where a later one "would be held": "… signed a memorandum, and agreed that the
  // next session … would be held in Tashkent in September")
  if (place && status === 'held' && futureVenueCity(text) === place.city) place = null;
  // "… embracing at the inauguration": the day and city of the inauguration told before
  if (kind === 'meeting' && (!date || !place)) {
    const told = eventToldBefore(inp, idx, text, status === 'planned');
    if (told) {
      date ??= told.date;
      place ??= told.place;
    }
  }
  // "X held talks with Y in Tehran. X also called on Z" ("… later met Z"): the same trip, before any dateline
  const trip = st.lastMeeting;
  // (when the others are of the state visited, or of no state the story says: not "also met Indian Foreign Minister Y")
  // ("He is also expected to meet Z" on that trip, when the sentence names no other state)
  const sameTrip = status === 'held' || (status === 'planned' && info.places.every((p) => p.code === trip?.country));
  if (
    !place && kind === 'meeting' && sameTrip && trip?.city && trip.kind === 'meeting' && trip.status === 'held' && idx - st.lastMeetingSentence <= 6 &&
    /\b(?:also|later)\b/i.test(text) && parts.some((pid) => trip.participants.includes(pid)) &&
    parts.every((pid) => trip.participants.includes(pid) || aff.get(pid)?.guessed || !aff.get(pid)?.country || aff.get(pid)?.country === trip.country)
  ) {
    place = { city: trip.city, country: trip.country as string };
  }
  let fromDateline = false;
  // (not for the meeting just told, named again: "X told reporters after the meeting that Y …", nor
  // for one of another time: "The two leaders last met in March 2023")
  const again = !!trip && idx - st.lastMeetingSentence <= 2 && parts.length >= 2 && parts.every((pid) => trip.participants.includes(pid));
  // (nor for a person whose trip the story has just placed in another city: "RIYADH: X led the delegation to
  // the summit in Baghdad … On arrival, X was received by …")
  const elsewhere = out.some((d) => !!d.city && d.city !== inp.datelineCity && d.status === 'held' && parts.some((pid) => d.participants.includes(pid)));
  // (later in the story too, for a meeting dated in the two days before the report: "KUALA LUMPUR -- …
  // On Sunday afternoon, she sat down with President X")
  const ago = date !== null && published ? daysBefore(date, published) : -1;
  const recent = ago >= 0 && ago <= 2;
  if (!place && kind === 'meeting' && inp.datelineCity && (idx <= 2 || recent) && status === 'held' && !again && !elsewhere && !OTHER_TIME.test(text)) {
    const c = cityCountry(inp.datelineCity);
    if (c) [place, fromDateline] = [{ city: inp.datelineCity, country: c }, true];
  }
  const topics = topicsOf(text);
  const facts: TriggerFacts = { kind, status, date, place, topics, info };
  const fresh: DraftMeeting[] = [];
  const subjects = parts.filter((pid) => mentionStart(ms, pid) < triggerTok);
  const objects = parts.filter((pid) => mentionStart(ms, pid) > triggerTok);
  const legs = subjects.length === 1 && objects.length >= 2 && kind === 'meeting' ? legsPerObject(info, ms, objects, cEnd, triggerTok) : null;
  // "X chaired the council's meeting. The meeting, held in Y, was attended by A and the ministers of B and C":
  // those attending join the gathering just told
  // (also "X participated in a consultation convened by Y. The consultation brought together A, B and C": the one told)
  const told = st.lastMeeting;
  const chaired =
    kind !== 'meeting' ? undefined
    : ATTENDED_BY.test(text) ? out.findLast((d) => d.gathering && idx - sentenceOf(d) <= 2)
    : told && told.kind === 'meeting' && told.status === 'held' && told.participants.length >= 2 && idx - st.lastMeetingSentence <= 2 && toldAs(told, BROUGHT_TOGETHER.exec(text)?.[1]) ? told
    : undefined;
  if (chaired) {
    // (the whole list, across its semicolons: "attended by X, Minister of A; Y, Minister of B; …")
    const all = [...new Set([...parts, ...participantsOf(info, ms, triggerTok)])];
    for (const p of all) if (!chaired.participants.includes(p)) chaired.participants.push(p);
    for (const c of [...statesOf(aff, all), ...unresolved]) if (!chaired.countries.includes(c)) chaired.countries.push(c);
    if (!chaired.city && place) [chaired.city, chaired.country] = [place.city, place.country];
    chaired.evidence.push(evidenceOf(info));
    st.lastMeeting = chaired;
    return cEnd;
  }
  if (SIDELINES.test(text) && parts.length + unresolved.length >= 3 && kind === 'meeting' && !JOINT.test(text)) {
    const subj = parts[0] as number;
    fresh.push(newDraft(facts, aff, parts, true, unresolved));
    for (const o of parts.slice(1)) fresh.push(newDraft(facts, aff, [subj, o], false));
    for (const c of unresolved) fresh.push(newDraft(facts, aff, [subj], false, [c]));
  } else if (legs) {
    // "X met Y in Moscow on July 5 and Z in Beijing on July 8": one meeting each, with its own place and day
    for (const [k, o] of objects.entries()) {
      const leg = legs[k] as Leg;
      const m = newDraft(facts, aff, [subjects[0] as number, o], false);
      [m.city, m.country] = [leg.place.city, leg.place.country];
      m.date = resolveDate(leg.text, published, status === 'planned')?.date ?? date;
      fresh.push(m);
    }
  } else if (subjects.length === 1 && objects.length >= 2 && ((kind === 'call' && !JOINT_CALL.test(text)) || /\b(?:separate(?:ly)?|bilateral (?:talks|meetings|consultations))\b/i.test(text) || withEach(info, ms, objects))) {
    // "X spoke by phone to Y and Z" (not "took part in a video conference with Y and Z": one call), "X met
    // separately with Y and Z", "X held separate bilateral talks with Y and Z",
    // "X held talks with Y, who …, and with Z": one each
    // (those "in the presence of" whom it was held are at each: "X met separately with Y, at the Ministry,
    // in the presence of the Permanent Secretary, Z")
    const presence = info.tokens.findIndex((t, k) => t.lower === 'presence' && info.tokens[k - 1]?.lower === 'the' && info.tokens[k - 2]?.lower === 'in' && k > triggerTok);
    const present = presence < 0 ? [] : objects.filter((o) => mentionStart(ms, o) > presence);
    const met = objects.filter((o) => !present.includes(o));
    for (const o of met.length ? met : objects) fresh.push(newDraft(facts, aff, [subjects[0] as number, o, ...(met.length ? present : [])], false));
  } else if (parts.length === 1) {
    // one named person visiting or meeting states: one meeting per state named after the trigger
    const own = countryOfPid(aff, parts[0] as number);
    // (with the states met named, "in Buenos Aires" is where: "met the leaders of A and B in Buenos Aires")
    // (within the trigger's own predicate: not "… met X on Tuesday and is due in Rwanda on Thursday, as
    // Washington and Qatar try …")
    const predEnd = predicateEnd(info.tokens, triggerTok, cEnd);
    const destPlaces0 = info.places.filter(
      (p) => p.tokStart > triggerTok && p.tokStart < predEnd && p.code !== own && (p.refersToState || p.kind === 'capital') && !talkedAbout(info, p.tokStart) && !(unresolved.length > 0 && inCapital(info, p)),
    );
    // (not the agents of something else: "… the decision by Ouagadougou, Bamako and Niamey to leave")
    const destPlaces = destPlaces0.filter((p) => !/^(?:by|against)$/.test(wordBeforeList(info, destPlaces0, p)));
    const dests = [...new Set([...destPlaces.map((p) => p.code), ...unresolved])];
    if (dests.length === 0) {
      // "X hosted leaders at the BRICS summit in Kazan": the gathering, which the people told on
      // its sidelines join (alone it is no interaction and is dropped at the end)
      const hosts = kind === 'meeting' && status !== 'cancelled' && (HOSTS_GATHERING.test(text) || CHAIRS.test(text));
      if (!hosts && !/\b(?:the (?:meeting|talks|visit|summit))\b/i.test(text)) return cEnd;
      // "X said after the meeting …": the definite description points back at the last
      // meeting X took part in, not at a meeting of X alone
      const last = st.lastMeeting;
      if (last && last.kind === kind && last.participants.length >= 2 && last.participants.includes(parts[0] as number) && idx - st.lastMeetingSentence <= 3) {
        last.evidence.push(evidenceOf(info));
        st.lastMeetingSentence = idx;
        return cEnd;
      }
      fresh.push(newDraft(facts, aff, parts, hosts));
    } else if (dests.length >= 2 && kind === 'meeting' && ATTENDANCE.test(text)) {
      // "The meeting was attended by the foreign ministers of A, B and C" ("… by X and representatives
      // of A, B and C"): one gathering of them all
      // (not the venue: "met in Yaounde")
      const venueStates = new Set(destPlaces.filter((p) => inCapital(info, p)).map((p) => p.code));
      fresh.push(newDraft(facts, aff, parts, false, dests.filter((c) => !venueStates.has(c))));
    } else {
      for (const d of dests) {
        const m = newDraft(facts, aff, parts, false, [d]);
        const destAt = destPlaces.find((p) => p.code === d);
        const isDest = !!destAt && (destAt.kind === 'capital' || /^(?:to|in|then|into)$/.test(wordBeforeList(info, destPlaces, destAt)));
        if (dests.length > 1 && kind === 'meeting' && isDest) {
          // "travelled to Kiev and Berlin": each destination its own place
          const cap = destPlaces.find((p) => p.code === d && p.kind === 'capital');
          m.city = cap ? info.s.text.slice(cap.start - info.s.start, cap.end - info.s.start) : m.country === d ? m.city : null;
          m.country = d;
        }
        // "…, which will also take him to Tunisia and Togo": the later legs are still to come
        if (destAt && status === 'held' && info.tokens.slice(triggerTok, destAt.tokStart).some((t) => FUTURE_MODALS.has(t.lower))) {
          m.status = 'planned';
          m.date = null;
        }
        fresh.push(m);
      }
    }
  } else if (statesOnly) {
    fresh.push(newDraft(facts, aff, [], false, unresolved));
  } else {
    // "X hosted a summit attended by Y and Z": the gathering, whose sideline meetings stay apart
    const hosted = kind === 'meeting' && status !== 'cancelled' && parts.length >= 3 && HOSTS_GATHERING.test(text);
    // ("X met with the leaders of A and B" are meetings with each; "… was attended by the ministers of A and B", one)
    const together = ATTENDANCE.test(text);
    fresh.push(newDraft(facts, aff, parts, hosted, together ? unresolved : []));
    if (!together) for (const c of unresolved) fresh.push(newDraft(facts, aff, [parts[0] as number], false, [c]));
  }
  // "Putin, on a two-day state visit to China, …" in a story whose one Chinese official is its
  // president: the head of the state visited receives the visitor
  if (kind === 'meeting' && STATE_VISIT.test(text)) {
    for (const f of fresh) {
      if (f.participants.length !== 1) continue;
      const own = countryOfPid(aff, f.participants[0] as number);
      const visited = f.countries.filter((c) => c !== own);
      if (visited.length !== 1) continue;
      const theirs = inp.persons.filter((p) => inp.eligible.has(p.id) && countryOfPid(aff, p.id) === visited[0]);
      const head = theirs.length === 1 ? (theirs[0] as Person) : undefined;
      if (head && HEAD_OF_STATE.test(aff.get(head.id)?.title ?? '')) f.participants.push(head.id);
    }
  }
  // "X will pay a visit to Japan at the invitation of Y": no city, but the state visited
  // (and not in the dateline's city when the sentence names another state: "KYIV - … travelled
  // from Poland, where he met Polish PM X")
  if (kind === 'meeting' && (!place || fromDateline)) {
    // (from the clause's first trigger: "He then flew to Egypt for talks with X")
    const firstTrig = trigToks.find((t) => t >= cStart && t < triggerTok) ?? triggerTok;
    const dest = destinationState(info, firstTrig, cEnd) ?? (afterWhere ? stateBeforeWhere(info, triggerTok) : null);
    for (const f of fresh) {
      if (!dest || f.participants.length < 2 || (f.country !== null && !(fromDateline && f.country !== dest))) continue;
      f.country = dest;
      f.city = null;
    }
  }
  for (const f of fresh) {
    // merge with an earlier meeting about the same event
    const target = out.find((e) => sameEvent(e, f));
    if (target) {
      for (const p of f.participants) if (!target.participants.includes(p)) target.participants.push(p);
      for (const c of f.countries) if (!target.countries.includes(c)) target.countries.push(c);
      target.date ??= f.date;
      // (not from the onward leg of a trip: "He will also visit Harbin" after talks with no city)
      const onward = f.participants.length === 1 && target.participants.length >= 2 && ONWARD.test(f.evidence[0]?.text ?? '');
      if (!target.city && f.city && !onward) {
        target.city = f.city;
        target.country = f.country;
      }
      if (target.status === 'planned' && f.status === 'held' && !/\bwould\b/.test(text)) {
        target.status = 'held';
        // (its day read forward as a plan's, "on Tuesday … could be running within weeks": read again as past)
        const told = target.evidence[0];
        const past = told ? resolveDate(told.text, published, false)?.date : undefined;
        if (past && target.date && f.date === null && past < target.date) target.date = past;
      }
      for (const t of f.topics) if (!target.topics.includes(t)) target.topics.push(t);
      target.evidence.push(...f.evidence);
      st.lastMeeting = target;
    } else {
      out.push(f);
      st.lastMeeting = f;
    }
  }
  return cEnd;
}

/** Is `city` an envoy's post in the text ("the ambassador in Tunis", "consul general in Erbil")? */
function postedIn(text: string, city: string): boolean {
  const at = text.indexOf(city);
  return at > 0 && POSTED_IN.test(text.slice(Math.max(0, at - 40), at));
}

/** The state an envoy named in the sentence is posted to: "ambassador (high commissioner) to Samoa". */
function postedState(info: SentenceInfo): string | null {
  const pl = info.places.find((p) => p.refersToState && info.tokens[p.tokStart - 1]?.lower === 'to' && POSTED.test(info.tokens[p.tokStart - 2]?.lower ?? ''));
  return pl?.code ?? null;
}
const POSTED_WORDS = 'ambassador|commissioner|envoy|representative|consul';
const POSTED = new RegExp(`^(?:${POSTED_WORDS})$`);
/** Those words, then "in", "to" or "at", right before a city ("consul general in Erbil"). */
const POSTED_IN = new RegExp(`\\b(?:${POSTED_WORDS})(?:[ -]general)?s? (?:in|to|at) $`, 'i');

/** The last trigger before `end` that tells a meeting with someone named after it ("talks", "received", "met", …). */
function lastMeetWordBefore(text: string, end: number): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  MEET_G.lastIndex = 0;
  for (let m = MEET_G.exec(text); m !== null && m.index < end; m = MEET_G.exec(text)) {
    if (/^(?:meeting|talks|received|met|called on|calls on|visited|hosted|held talks)$/i.test(m[0])) found = m;
    if (m[0].length === 0) MEET_G.lastIndex++;
  }
  return found;
}

/** A sentence denying a meeting reported: "No such meeting took place", "The reports are baseless". */
const DENIAL =
  /\b(?:no such (?:meeting|meetings|talks|call|visit|encounter) (?:took place|happened|has taken place|ever took place|was held)|(?:reports?|claims?|allegations?|rumou?rs?|stories) (?:(?:of|about) (?:a|the|any|such) (?:meeting|talks|call|visit) )?(?:are|were|is|was) (?:completely |totally |entirely )?(?:baseless|false|untrue|unfounded|fabricated|incorrect|groundless)|denied (?:that )?(?:any |the |such )?(?:meeting|meetings|talks|reports?)\b)/i;
/** Words that make a meeting a report, which a denial after it takes back. */
const REPORTED = /\b(?:reports?|reported(?:ly)?|allegedly|rumou?rs?|claims?|claimed|speculation|purportedly|secretly)\b/i;

export function findMeetings(inp: MeetingInput): DraftMeeting[] {
  const st: MeetingState = { out: [], lastSubject: null, lastMeeting: null, lastMeetingSentence: -10, listTarget: null, listAt: -10 };
  const out = st.out;
  const { infos } = inp;
  for (let idx = 0; idx < infos.length; idx++) {
    const info = infos[idx] as SentenceInfo;
    const text = info.s.text;
    const ms = eligibleMentions(inp, info.s.index);
    // the sentence's subject: the first person named, unless a pronoun comes first ("He will hold talks with X")
    // (not the source: "According to Ushakov, the Russian president will …": the president)
    const firstM = ms[0] && sourceOfReport(info.tokens, ms[0].tokStart) ? ms[1] : ms[0];
    // (nor a quotation's: "\"The President told her …,\" a source said. He then met …": the narrative's subject stays)
    const quoted = /^["“]/.test(text) && !!firstM && quoteOpenAt(text, (info.tokens[firstM.tokStart]?.start ?? 0) - info.s.start);
    // (nor one named after a pronoun subject behind an opening phrase: "Later the same day she was received by X")
    const heAt = LATER_OPENING.test(text) ? info.tokens.findIndex((t, k) => k <= 6 && SUBJECT_PRONOUN.test(t.lower)) : afterTimePhrase(info.tokens, 0);
    const pronounFirst = PRONOUNS.has(info.tokens[0]?.lower ?? '') || (!!firstM && heAt >= 0 && heAt < firstM.tokStart && SUBJECT_PRONOUN.test(info.tokens[heAt]?.lower ?? ''));
    // (nor the agent of a passive after a pronoun subject: "…, where he was received at State House by President X")
    const agentAfterPronoun = !!firstM && info.tokens[beforeTitle(info, firstM.tokStart)]?.lower === 'by' && info.tokens.slice(0, firstM.tokStart).some((t) => SUBJECT_PRONOUN.test(t.lower));
    const firstPid = pronounFirst || quoted || agentAfterPronoun ? null : (firstM?.pid ?? null);
    // the lines of a list announced by a joiner with a colon ("The Senegalese delegation comprised:" then
    // "- Mr. X, Prime Minister;" …): each one's people join that meeting
    if (st.listTarget && idx === st.listAt + 1 && LIST_ITEM.test(text)) {
      const target = st.listTarget;
      for (const m of ms) if (!target.participants.includes(m.pid)) target.participants.push(m.pid);
      for (const c of statesOf(inp.aff, ms.map((m) => m.pid))) if (!target.countries.includes(c)) target.countries.push(c);
      if (ms.length) target.evidence.push(evidenceOf(info));
      st.listAt = idx;
      st.lastMeetingSentence = idx;
      continue;
    }
    st.listTarget = null;
    // "There are reports that X secretly met Y in Dubai. … These reports are baseless. No such meeting took place.":
    // a meeting reported in the three sentences before and denied is none (a briefing's question, then "I have seen
    // those reports. Let me be very clear: no such meeting took place.")
    if (DENIAL.test(text)) {
      for (let k = out.length - 1; k >= 0; k--) {
        const d = out[k] as DraftMeeting;
        const at = sentenceOf(d);
        if (at < idx - 3) break;
        if (at < idx && d.status === 'held' && REPORTED.test(d.evidence[0]?.text ?? '')) inp.onDenied?.(out.splice(k, 1)[0] as DraftMeeting);
      }
      if (st.lastMeeting && !out.includes(st.lastMeeting)) st.lastMeeting = null;
    }
    // one cheap scan for the cue words before the larger patterns
    let cues = 0;
    CUES.lastIndex = 0;
    for (let cm = CUES.exec(text); cm !== null; cm = CUES.exec(text)) cues |= CUE_BIT_BY_CODE[cm[0].charCodeAt(0) | 32] ?? 0;
    let callM = cues & 1 ? CALL.exec(text) : null;
    let meetM = MEET.exec(text);
    // (not "The four countries signed a memorandum": the next meeting word, if any)
    if (meetM && /^signed/i.test(meetM[0]) && !/\p{Lu}[\p{L}'-]*\s+$/u.test(text.slice(Math.max(0, meetM.index - 40), meetM.index))) {
      MEET_G.lastIndex = meetM.index + 1;
      meetM = MEET_G.exec(text);
    }
    // (not "a joint committee that has not met since 2019": a body's own sittings; the next meeting word, if any)
    if (meetM && /^met$/i.test(meetM[0]) && bodyNotMetAt(info.tokens, firstTokenFrom(info.tokens, info.s.start + meetM.index))) {
      MEET_G.lastIndex = meetM.index + 1;
      meetM = MEET_G.exec(text);
    }
    // "X and Y agreed in Riga on Thursday to pool data": an agreement reached in a city is their meeting there
    if (!meetM && ms.length >= 2) {
      const ag = AGREED_IN.exec(text);
      if (ag && cityCountry(ag[1] as string)) meetM = ag;
      else if (out.length === 0) meetM = agreedPair(info, ms, inp.aff);
    }
    // (not "The travel started Wednesday in Addis Ababa, where the minister met X": the trip told as a subject, then its meeting)
    if (meetM && TRIP_BEGAN.test(text.slice(meetM.index + meetM[0].length, meetM.index + meetM[0].length + 12))) {
      MEET_G.lastIndex = meetM.index + 1;
      meetM = MEET_G.exec(text) ?? meetM;
    }
    const letterM = cues & 2 ? LETTER.exec(text) : null;
    // "X was received by Y, …, who later spoke by phone with Z": the reception, then Y's call of its own (below)
    const sequel = callM && meetM && meetM.index < callM.index ? RELATIVE_CALL.exec(text.slice(meetM.index)) : null;
    const sequelCall = !!sequel && !!callM && !!meetM && meetM.index + sequel.index < callM.index;
    if (sequelCall) callM = null;
    const trig = callM ?? meetM;
    // (or states with no one named: "The ministers of Egypt, Jordan and Qatar attended the meeting")
    const listOpens = LIST_OPENS.test(text);
    // (further on for "The meeting was attended by …", which closes many readouts after paragraphs of what was said)
    const reach = ATTENDED_BY.test(text) ? 10 : 6;
    const joinM = cues & 4 && (ms.length || listOpens || info.places.some((p) => p.refersToState)) && idx - st.lastMeetingSentence <= reach ? JOIN.exec(text) : null;
    // "X, Y and Z also attended": a gathering told in the six sentences before, else the last
    // meeting ("… also attended the meeting": the last meeting)
    const namesMeeting = /\b(?:meeting|talks)\b/i.test(text);
    const toGathering = joinM && !namesMeeting;
    // ("… joined the latter part of the meeting" after a call told since: the meeting)
    // ("Y and Z attended the talks" after "X held talks with W … V met W": the talks)
    const nounM = joinM ? JOINED_NOUN.exec(text) : null;
    const noun = (nounM?.[1] ?? nounM?.[2])?.toLowerCase();
    const nounRe = noun ? new RegExp(`\\b${noun}\\b`, 'i') : null;
    // (with its word before it first: "were part of the expanded talks" after "… before expanded talks with their delegations")
    const modifier = nounM && noun ? /([a-z-]+) \S+$/.exec(nounM[0])?.[1] : undefined;
    const fullRe = modifier && modifier !== 'the' ? new RegExp(`\\b${modifier} ${noun}\\b`, 'i') : null;
    const within = (re: RegExp) => out.findLast((d) => d.kind === 'meeting' && info.s.index - sentenceOf(d) <= 12 && d.evidence.some((e) => re.test(e.text)));
    let named = (fullRe ? within(fullRe) : undefined) ?? (nounRe ? within(nounRe) : undefined);
    // ("Y and Z took part in the ministers' session" after the minister's courtesy calls: the meeting of two ministers)
    const whose = !named && joinM ? OFFICES_SESSION.exec(text)?.[1]?.toLowerCase() : undefined;
    if (whose) {
      const office = DESCRIBED_OFFICE[whose === 'ministers' ? 'minister' : 'president'] as RegExp;
      named = out.findLast((d) => d.kind === 'meeting' && d.status === 'held' && info.s.index - sentenceOf(d) <= 12 && d.participants.filter((pid) => office.test(inp.aff.get(pid)?.title ?? '')).length >= 2);
    }
    // ("The chancellor, Y, who took part in the call from Zapote, …" after a proposal told since: the call)
    if (!named && joinM && JOINED_CALL.test(text)) named = out.findLast((d) => d.kind === 'call' && d.status === 'held' && info.s.index - sentenceOf(d) <= 12);
    // ("Y also attended the Bogor meeting": the meeting held in that city)
    const cityNamed = joinM && !named ? CITY_MEETING.exec(text) : null;
    if (cityNamed && cityCountry(cityNamed[1] as string)) named = out.findLast((d) => d.kind === 'meeting' && d.city === cityNamed[1] && info.s.index - sentenceOf(d) <= 12);
    // (not when the joiners are of the last meeting's states and none of the named one's: "X held talks
    // with Y in Abidjan. On Tuesday X was received in Lomé by Z. Togo's Foreign Minister W joined the talks.")
    if (named && st.lastMeeting && named !== st.lastMeeting && st.lastMeeting.kind === 'meeting' && idx - st.lastMeetingSentence <= 1 && joinersOfStates(ms, inp.aff, st.lastMeeting, named)) named = st.lastMeeting;
    // ("Z, who sat in on Thursday's session, …": the meeting of that day)
    const day = joinM && !named && DAYS_EVENT.test(text) ? resolveDate(text, inp.published, false)?.date : null;
    const ofDay = day ? out.filter((d) => d.kind === 'meeting' && d.date === day && info.s.index - sentenceOf(d) <= 12) : [];
    const dated = ofDay.length === 1 ? ofDay[0] : undefined;
    let lastMeeting =
      named ??
      dated ??
      (toGathering
        ? (out.findLast((d) => d.gathering && info.s.index - sentenceOf(d) <= 10) ?? onlyGathering(out) ?? st.lastMeeting)
        : st.lastMeeting?.kind === 'call' && namesMeeting
          ? (out.findLast((d) => d.kind === 'meeting' && d.status === 'held' && info.s.index - sentenceOf(d) <= 6) ?? st.lastMeeting)
          : st.lastMeeting);
    // ("Australia's high commissioner to Samoa, Y, joined the talks" after talks in Tonga: the meeting held in Samoa; and
    // "The Namibian Ambassador to China was present at the meeting" after a visit only planned: the one held)
    const posted = joinM && lastMeeting ? postedState(info) : null;
    if (posted && lastMeeting && ((lastMeeting.country !== null && posted !== lastMeeting.country) || lastMeeting.status !== 'held' || lastMeeting.participants.length < 2)) {
      lastMeeting = out.findLast((d) => d.kind === 'meeting' && d.status === 'held' && d.participants.length >= 2 && d.country === posted && info.s.index - sentenceOf(d) <= 12) ?? lastMeeting;
    }
    // ("Also in the Hungarian delegation were Y and Z" after a call told since: a delegation sits at a meeting)
    if (joinM && lastMeeting?.kind === 'call' && /\b(?:delegation|entourage|side)\b/i.test(text)) {
      lastMeeting = out.findLast((d) => d.kind === 'meeting' && d.status === 'held' && info.s.index - sentenceOf(d) <= 6) ?? lastMeeting;
    }
    // ("… was accompanied by Y during his meetings in Santiago" after a meeting in Montevideo: Santiago's)
    const there = joinM && lastMeeting?.city ? findCity(info) : null;
    // (not an envoy's post: "The Algerian ambassador in Tunis, Y, … attended that dinner")
    const inThere = there && there.city !== lastMeeting?.city && !postedIn(text, there.city) ? out.findLast((d) => d.kind === 'meeting' && d.city === there.city) : undefined;
    if (inThere) lastMeeting = inThere;
    // ("…, while Minister Z was accompanied by W" after a senior officials' meeting told since: the
    // latest meeting of the one accompanied)
    // (also "The Foreign Secretary was joined by his minister for Europe, Y" after another's call)
    if (joinM && lastMeeting && /accompanied|\bjoined\b.*\bby\b/i.test(joinM[0])) {
      // (not the joiner of "I accompanied him": "him" is the one of the meeting told)
      const principal = /^accompanied (?:him|her|them)$/i.test(joinM[0]) ? undefined : ms.findLast((m) => (info.tokens[m.tokStart]?.start ?? 0) < joinM.index + info.s.start)?.pid;
      if (principal !== undefined && !lastMeeting.participants.includes(principal)) {
        // (the one with someone the sentence before names beside the principal: "On Monday the Foreign Secretary and I
        // worked through its agenda. I was accompanied by Y": that meeting, not one told since)
        const before = new Set((idx > 0 ? eligibleMentions(inp, (inp.infos[idx - 1] as SentenceInfo).s.index) : []).map((m) => m.pid));
        const withBefore = out.findLast((d) => d.kind === 'meeting' && d.participants.includes(principal) && d.participants.some((p) => p !== principal && before.has(p)) && info.s.index - sentenceOf(d) <= 12);
        lastMeeting = withBefore ?? out.findLast((d) => d.kind === 'meeting' && d.participants.includes(principal) && info.s.index - sentenceOf(d) <= 6) ?? lastMeeting;
      }
    }
    // ("X and Y attended the meeting" after a visit invited to: the meeting held, not the one to come)
    // ("The Prime Minister was accompanied by Y" after his courtesy call and a summit he will attend: the call)
    if (joinM && lastMeeting?.status === 'planned' && /\b(?:attended|joined|were present|was present|present at|sat in|was accompanied|were accompanied)\b/i.test(joinM[0])) {
      lastMeeting = out.findLast((d) => d.kind === 'meeting' && d.status === 'held' && info.s.index - sentenceOf(d) <= 10) ?? lastMeeting;
    }
    // ("Y and Z will attend" joins a meeting still to come, never one held: "… agreed on the two-plus-two
    // meeting during phone talks on Monday. Y and Z will also attend.")
    if (joinM && /^will\b/i.test(joinM[0]) && lastMeeting?.status !== 'planned') {
      lastMeeting = out.findLast((d) => d.kind === 'meeting' && d.status === 'planned' && info.s.index - sentenceOf(d) <= 6) ?? null;
    }
    // ("The summit was attended by X and Y" after a call, with no gathering told: not the call)
    // (a "video conference", "the online meeting" is the call itself)
    if (joinM && lastMeeting?.kind === 'call' && /\b(?<!(?:video|online|virtual) )(?:summit|conference|gathering|ceremony|meeting|talks|session)\b/i.test(text)) lastMeeting = null;
    // ("… followed by a meeting between the President and Cardinal X, who was accompanied by Y": the
    // sentence's own meeting, which Y joins)
    // ("Later, Y hosted a dinner in honour of the visiting President and his delegation, which included Z": a
    // later event of its own, with a host named before it)
    // (the meeting word nearest before the cue: "X flew to Nuku'alofa for talks with Y, joined by Z": the talks)
    const near = joinM && trig && trig.index < joinM.index ? lastMeetWordBefore(text, joinM.index) : null;
    const ownBefore =
      !!joinM && !!trig && trig.index < joinM.index &&
      // ("X had been received at the ministry by Y, accompanied by Z": Y's reception, which Z joins)
      // (also "Later in the afternoon, X called on Y at the ministry, accompanied by Z": X's call on Y)
      ((!!near && /, (?:who (?:was |were )?)?$/.test(text.slice(0, joinM.index)) &&
        ms.some((m) => (info.tokens[m.tokStart]?.start ?? 0) > info.s.start + near.index && (info.tokens[m.tokStart]?.start ?? 0) < info.s.start + joinM.index)) ||
        (LATER_OPENING.test(text) && /^host/i.test(trig[0]) && ms.some((m) => (info.tokens[m.tokStart]?.start ?? 0) < info.s.start + trig.index)) ||
        // ("X held talks with his Egyptian counterpart …, in which the Ambassador, Y, took part": X's talks)
        // ("X later met Y at the barracks, where the two were joined by Z": X's meeting with Y)
        (/^(?:held talks|talks|meeting|met)$/i.test(trig[0]) && /, (?:(?:in|during|at) which|where)\b[^,;]*(?:,[^,;]*,)?[^,;]*$/i.test(text.slice(0, joinM.index)) &&
          ms.some((m) => (info.tokens[m.tokStart]?.start ?? 0) < info.s.start + trig.index)) ||
        // ("On Tuesday, X held talks with Y, joined by Z" after Monday's meeting: a meeting of its own day)
        (!!lastMeeting?.date && ms.some((m) => (info.tokens[m.tokStart]?.start ?? 0) < info.s.start + joinM.index) &&
          ((d) => !!d && d !== lastMeeting?.date)(resolveDate(text.slice(0, joinM.index), inp.published, false)?.date)));
    // ("On Saturday, X attended the ASEAN Regional Forum, alongside Y and Z" after Friday's talks: a
    // gathering of its own, on its own day)
    const attendedThe = !!joinM && !!lastMeeting && /^attended the\b/i.test(joinM[0]);
    const ownDay = attendedThe && GATHERING_WORD.test(text) ? resolveDate(text, inp.published, false)?.date : null;
    // (or at another time of the day: "Earlier the same morning, X attended the leaders' meeting of … together
    // with Y, Z and W" after X's talks with Y; its day comes from dateFromSameDay)
    const otherTime = attendedThe && LATER_OPENING.test(text);
    if (joinM && ((ownDay && ownDay !== lastMeeting?.date) || otherTime) && ms.length >= 2) {
      const people = [...new Set(ms.map((m) => m.pid))];
      const d = plainDraft('meeting', 'held', ownDay ?? null, findCity(info), people, statesOf(inp.aff, people), info);
      d.gathering = GATHERING_WORD.test(text);
      tell(st, d, idx);
      continue;
    }
    // ("The last delegation was led by X" after the host's talks with another: the host's next meeting, with X;
    // the host, the one of the meeting just told of the state it was held in, and nobody the sentence names)
    const heldIn = lastMeeting?.country;
    if (joinM && lastMeeting && !ownBefore && heldIn && /(?:led|headed) by$/i.test(joinM[0]) && NEXT_DELEGATION.test(text)) {
      const host = lastMeeting.participants.filter((pid) => countryOfPid(inp.aff, pid) === heldIn && !ms.some((m) => m.pid === pid));
      const led = ms.filter((m) => (info.tokens[m.tokStart]?.start ?? 0) > joinM.index + info.s.start).map((m) => m.pid);
      if (host.length === 1 && led.length >= 1) {
        const people = [...host, ...new Set(led)];
        const place = lastMeeting.city ? { city: lastMeeting.city, country: heldIn } : null;
        const d = plainDraft('meeting', lastMeeting.status, lastMeeting.date, place, people, statesOf(inp.aff, people), info);
        if (!place) d.country = heldIn;
        tell(st, d, idx);
        continue;
      }
    }
    // ("Tuesday's session with the Russians was held apart. Moscow's team was headed by X and Y" after talks of two other
    // states: that other session, a meeting of its own)
    const otherTeam = joinM && lastMeeting && ms.length > 0 && TEAM_LED.test(joinM[0]) ? teamState(info, joinM.index) : null;
    // (not a delegation at a summit the story told, nor two teams told together: "The Iranian delegation was headed by
    // X, while the American …")
    const oneState =
      !!otherTeam &&
      new Set(info.places.filter((pl) => pl.refersToState || pl.kind === 'capital').map((pl) => pl.code)).size === 1 &&
      !out.some((d) => d.gathering || d.participants.length > 4 || d.evidence.some((e) => GATHERING_WORD.test(e.text)));
    if (otherTeam && oneState && lastMeeting && !lastMeeting.gathering && lastMeeting.participants.length <= 4 && lastMeeting.countries.length >= 2 && lastMeeting.countries.length <= 3 && !lastMeeting.countries.includes(otherTeam) && !ms.some((m) => lastMeeting.participants.includes(m.pid))) {
      const people = [...new Set(ms.map((m) => m.pid))];
      const prev = inp.infos[idx - 1]?.s.text ?? '';
      const day = resolveDate(prev, inp.published, false)?.date ?? null;
      const place = lastMeeting.city && lastMeeting.country ? { city: lastMeeting.city, country: lastMeeting.country } : null;
      tell(st, plainDraft('meeting', 'held', day, place, people, [otherTeam], info), idx);
      continue;
    }
    if (joinM && lastMeeting && !ownBefore) {
      // the people of the joiner's own part of the sentence ("X did not travel; Y led the delegation": Y)
      // (not an owner: "… and read out the prime minister's speech")
      // (not one who stayed away: "X did not attend, sending his foreign minister, while Y stayed away and
      // was represented by his prime minister"; those represented are not there, their representatives are)
      const represented = /represented by$/i.test(joinM[0]) ? joinM.index + info.s.start : -1;
      // (not those a joiner met in a meeting of their own: "… accompanied by X, who held separate talks with Y")
      const own = OWN_TALKS_AFTER.exec(text.slice(joinM.index));
      const ownFrom = own ? info.s.start + joinM.index + own.index : Infinity;
      // (a list after the cue may run across semicolons: "The delegation was composed of X, Minister of …; Y, …")
      const listAfter = /(?:\bby|\bof|included|includes|comprised|were|was|are)$/i.test(joinM[0]);
      const joiners = ms.filter(
        (m) =>
          (!otherPart(info, m, joinM.index) || (listAfter && (info.tokens[m.tokStart]?.start ?? 0) > joinM.index + info.s.start) || joinerPart(info, m)) && !info.tokens[m.tokEnd - 1]?.poss && !stayedAway(info, m) && (info.tokens[m.tokStart]?.start ?? 0) > represented &&
          !spokesmanSource(info.tokens, m.tokStart) && !spokespersonSays(info.tokens, m) &&
          !aideOf(info, m) &&
          (info.tokens[m.tokStart]?.start ?? 0) < ownFrom,
      );
      // "X joined the President in both meetings", "X was accompanied at both meetings by Z": the two
      // meetings told last of the one joined (named after the verb, else before it)
      const twoOf = (pid: number) =>
        out.filter((d) => d.kind === 'meeting' && !d.gathering && d.participants.length >= 2 && d.participants.includes(pid) && info.s.index - sentenceOf(d) <= 6).slice(-2);
      const after = ms.find((m) => (info.tokens[m.tokStart]?.start ?? 0) > joinM.index + info.s.start)?.pid;
      const before = ms.findLast((m) => (info.tokens[m.tokStart]?.start ?? 0) < joinM.index + info.s.start)?.pid;
      // ("Y attended both of the minister's meetings", the one joined unnamed: the last two told of someone)
      const bothAsked = /\b(?:(?:in|at) both |(attended|took part in|participated in) both (?:of )?(?:the |his |her |their |[\w-]+['’]s )*)(?:meetings|talks|sessions)\b/i.exec(text);
      const both = !bothAsked
        ? allOf(out, text, info.s.index)
        : ([after, before].map((pid) => (pid === undefined ? [] : twoOf(pid))).find((list) => list.length >= 2) ?? (bothAsked[1] ? lastTwoOfOne(out, info.s.index) : []));
      // "Y and Z accompanied X throughout": every held meeting of X told so far
      // (also "The minister was accompanied in all the tour by Y and Z": the one accompanied, named before, else the story's subject)
      const throughout =
        /\bthroughout$/i.test(joinM[0]) ? principalOf(joinM[0], after, before, st, inp.aff)
        : WHOLE_TRIP.test(text) ? (before ?? st.lastSubject)
        : undefined;
      const ofTrip = throughout != null ? out.filter((d) => d.kind === 'meeting' && d.status === 'held' && !d.gathering && d.participants.includes(throughout)) : [];
      const targets = ofTrip.length ? ofTrip : both.length >= 2 ? both : [lastMeeting];
      // ("Y was joined at the talks by Z. On the Thai side, W sat in." after a courtesy call told since: those talks again)
      if (targets.length === 1 && named === lastMeeting) st.lastMeeting = lastMeeting;
      for (const target of targets) {
        for (const m of joiners) if (!target.participants.includes(m.pid)) target.participants.push(m.pid);
        for (const c of statesOf(inp.aff, joiners.map((m) => m.pid))) if (!target.countries.includes(c)) target.countries.push(c);
        if (ms.length === 0) for (const p of info.places) if (p.refersToState && !target.countries.includes(p.code)) target.countries.push(p.code);
        target.evidence.push(evidenceOf(info));
      }
      // … and that meeting of their own, on the same visit
      const host = joiners.at(-1);
      const met = ms.filter((m) => (info.tokens[m.tokStart]?.start ?? 0) > ownFrom && !info.tokens[m.tokEnd - 1]?.poss);
      if (host && met.length) {
        const people = [host.pid, ...met.map((m) => m.pid).filter((p) => p !== host.pid)];
        const place = lastMeeting.city && lastMeeting.country ? { city: lastMeeting.city, country: lastMeeting.country } : null;
        out.push(plainDraft('meeting', lastMeeting.status, lastMeeting.date, place, people, statesOf(inp.aff, people), info));
      }
      st.lastMeetingSentence = idx;
      // (not joiners named after the cue: "The Ghanaian side also included X, …" leaves "He" of the next sentence the visitor)
      const namedAfterCue = !!joinM && !!firstM && (info.tokens[firstM.tokStart]?.start ?? 0) - info.s.start >= joinM.index + joinM[0].length;
      // (nor joiners at all once the story has a subject: "Y, Z's minister, sat in on the talks. On Monday he flew to …"
      // is the visitor still)
      if (firstPid !== null && !namedAfterCue && (st.lastSubject === null || !joiners.some((m) => m.pid === firstPid))) st.lastSubject = firstPid;
      if (listOpens && joiners.length === 0 && both.length < 2) {
        st.listTarget = lastMeeting;
        st.listAt = idx;
      }
      continue;
    }
    // "The talks took place on Wednesday afternoon": the day of the meeting (or call) just told, when it had none
    if (st.lastMeeting && st.lastMeeting.date === null && st.lastMeeting.status === 'held' && idx - st.lastMeetingSentence <= 2 && TOOK_PLACE.test(text)) {
      const day = resolveDate(text, inp.published, false)?.date;
      if (day) st.lastMeeting.date = day;
    }
    // "The ministers agreed to meet again in Paris in the autumn": the people of that office at the meeting just told
    const agreedM = st.lastMeeting && idx - st.lastMeetingSentence <= 10 ? THEY_AGREED_TO_MEET.exec(text) : null;
    const office = agreedM ? OFFICE_OF_PAIR[(agreedM[1] as string).toLowerCase()] : undefined;
    const agreedBy = office && st.lastMeeting ? st.lastMeeting.participants.filter((pid) => office.test(inp.aff.get(pid)?.title ?? '')) : [];
    if (agreedM && agreedBy.length >= 2) {
      out.push(meetingFrom(inp, info, agreedM.index, 'planned', agreedBy, statesOf(inp.aff, agreedBy)));
      continue;
    }
    // "The message was handed over in an audience at Al Alam Palace in Muscat on Wednesday", no one named, after the
    // one who handed it over was told to: the day (which outranks the one told before, a dateline's) and place of that
    // meeting and its letter
    if (ms.length === 0 && st.lastMeeting?.kind === 'meeting' && idx - st.lastMeetingSentence <= 2 && HANDED_OVER.test(text)) {
      const last = st.lastMeeting;
      const letter = out.findLast((d) => d.kind === 'other' && sentenceOf(d) === sentenceOf(last));
      if (letter) {
        const day = resolveDate(text, inp.published, false)?.date ?? null;
        const place = findCity(info);
        if (day) last.date = letter.date = day;
        if (last.city === null && place) [last.city, last.country] = [place.city, place.country];
        last.evidence.push(evidenceOf(info));
      }
    }
    // "The message was delivered on Tuesday at State House, Nairobi, by envoy X": X met its recipient
    const lastLetter = ms.length >= 1 && DELIVERED_BY.test(text) ? out.findLast((d) => d.kind === 'other' && idx - sentenceOf(d) <= 3) : undefined;
    if (lastLetter) {
      const by = ms.filter((m) => !lastLetter.participants.includes(m.pid)).map((m) => m.pid);
      if (by.length) {
        const people = [lastLetter.participants[1] as number, ...by];
        const d = plainDraft('meeting', 'held', resolveDate(text, inp.published, false)?.date ?? null, findCity(info), people, statesOf(inp.aff, people), info);
        tell(st, d, idx);
        continue;
      }
    }
    if (letterM && ms.length >= 1) {
      // "a letter from X", "a message sent by X"; else "X sent a letter to Y"
      const fromM = /\b(?:from|sent by)\b/i.exec(text.slice(letterM.index));
      if (fromM) {
        const cut = letterM.index + fromM.index + info.s.start;
        const sender = ms.find((m) => (info.tokens[m.tokStart]?.start ?? 0) > cut);
        // ("Y handed over a message from X to President Z": Z, named after "to"; else the one who hands it over)
        const handed = /\b(?:gave|handed|delivered|sent)\b/i.test(text);
        const toWhom = sender ? ms.find((m) => m.tokStart > sender.tokStart && m.pid !== sender.pid && info.tokens[beforeTitle(info, m.tokStart)]?.lower === 'to') : undefined;
        // ("X has received a special message from Y": X, named before the message; the one nearest before "received":
        // "the spokesman Z said X had also received a message from Y")
        const receivedAt = /\breceived\b/i.exec(text.slice(0, letterM.index))?.index;
        const receiver = receivedAt !== undefined ? ms.findLast((m) => m.pid !== sender?.pid && (info.tokens[m.tokStart]?.start ?? 0) < receivedAt + info.s.start) : undefined;
        // ("Y handed Z a message from X": Z, right after the verb; Y, named before it, delivered it)
        const handM = HANDED.exec(text.slice(0, letterM.index));
        const handTok = handM ? firstTokenFrom(info.tokens, info.s.start + handM.index) : -1;
        const letterTok = firstTokenFrom(info.tokens, info.s.start + letterM.index);
        const indirect = handM ? ms.find((m) => m.tokStart > handTok && m.tokStart < letterTok && m.pid !== sender?.pid) : undefined;
        const deliverer = handM ? ms.find((m) => m.tokEnd <= handTok && m.pid !== sender?.pid && !info.tokens[m.tokEnd - 1]?.poss) : undefined;
        const recip = toWhom ?? indirect ?? ms.find((m) => m !== sender && handed && m.pid !== sender?.pid) ?? receiver;
        const recipient = recip?.pid ?? foreignRecipient(inp.aff, st, idx, sender?.pid) ?? st.lastSubject;
        if (sender && recipient !== null && recipient !== sender.pid) {
          const d = letterDraft(sender.pid, recipient, info, inp.aff);
          // ("… where he is expected to hand over a similar message from X to Y": one still to come)
          if (PLANNED.test(text.slice(0, letterM.index))) d.status = 'planned';
          out.push(d);
          // the one who handed it over met its recipient (a meeting of theirs told just before is that one: "X received
          // Y … Y conveyed to X a message from Z")
          const told = deliverer ? out.findLast((o) => o.kind === 'meeting' && o.status === d.status && idx - sentenceOf(o) <= 3 && o.participants.includes(deliverer.pid) && o.participants.includes(recipient)) : undefined;
          if (told) told.evidence.push(evidenceOf(info));
          else if (deliverer && deliverer.pid !== recipient) {
            const people = [deliverer.pid, recipient];
            // (not the day of the report: "…, the Foreign Ministry said on Thursday")
            const date = d.date ?? (d.status === 'held' ? (resolveDate(text.replace(ATTRIBUTION_TAIL, ''), inp.published, false)?.date ?? null) : null);
            d.date = date;
            const m = plainDraft('meeting', d.status, date, d.status === 'held' ? findCity(info) : null, people, statesOf(inp.aff, people), info);
            tell(st, m, idx);
          }
        }
      } else if (ms.length >= 1 && EXCHANGED.test(text)) exchangedWith(inp, st, info, ms);
      else if (ms.length >= 2 && IN_A_MESSAGE.test(text)) inAMessage(inp, st, info, ms);
      else if (ms.length >= 2) letterSentTo(st, info, ms, inp.aff);
    }
    // "Minister X informed his counterpart of his contacts with Z, with whom he had spoken by telephone on Tuesday": the
    // subject and the one named before "with whom"
    const withWhom = ms.length >= 2 ? WITH_WHOM.exec(text) : null;
    if (withWhom) {
      const at = firstTokenFrom(info.tokens, info.s.start + withWhom.index);
      const subject = firstM && firstM.tokEnd <= at && !info.tokens[firstM.tokEnd - 1]?.poss ? firstM : undefined;
      const other = ms.findLast((m) => m.tokEnd <= at);
      if (subject && other && other.pid !== subject.pid) {
        const tail = text.slice(withWhom.index);
        const d = meetingFrom(inp, info, withWhom.index, 'held', [subject.pid, other.pid], statesOf(inp.aff, [subject.pid, other.pid]));
        if (CALL.test(tail)) [d.kind, d.city, d.country] = ['call', null, null];
        tell(st, d, idx);
        st.lastSubject = subject.pid;
        continue;
      }
    }
    // "X spoke today with Y to discuss …": the verb of speaking outranks a weak meeting word
    if ((!trig || WEAK_ONLY.test(trig[0])) && SPOKE.test(text) && spokeWith(inp, st, info, idx, ms)) continue;
    // "X had spoken with Y, and the two will meet in Paris": the call, then the meeting
    const spokeM = trig ? SPOKE.exec(text) : null;
    if (spokeM && trig && spokeM.index < trig.index && /,\s*(?:and|but|while)\b/.test(text.slice(spokeM.index, trig.index))) spokeWith(inp, st, info, idx, ms);
    if (!trig) {
      if (firstPid !== null) st.lastSubject = firstPid;
      continue;
    }
    const ts: TriggerSentence = { info, idx, text, ms, firstPid, callM, letterM, trig };
    const clauseEnd = handleTrigger(inp, st, ts, null);
    // "… the preparations for the next session of the Joint Committee, which will be held in Tunis under the
    // co-chairmanship of X and Y": the event to come, of the people of that clause
    const future = text.includes(', which ') ? FUTURE_RELATIVE.exec(text) : null;
    const ahead = future && /\b(?:session|meeting|summit|committee|council|commission|round|visit)\b[^,;]{0,80}$/i.test(text.slice(0, future.index))
      ? [...new Set(ms.filter((m) => (info.tokens[m.tokStart]?.start ?? 0) - info.s.start > future.index && !info.tokens[m.tokEnd - 1]?.poss).map((m) => m.pid))]
      : [];
    if (ahead.length >= 2) out.push(meetingFrom(inp, info, future!.index, 'planned', ahead, statesOf(inp.aff, ahead)));
    // "The two leaders, who last spoke by telephone in January, agreed to meet again at the summit in
    // Nairobi": the call, and the meeting its people agreed on
    const agreed = callM ? AGREED_TO_MEET.exec(text) : null;
    const call = st.lastMeeting;
    if (agreed && call?.kind === 'call' && call.participants.length >= 2 && call.evidence.some((e) => e.sentence === info.s.index)) {
      out.push(meetingFrom(inp, info, agreed.index, 'planned', [...call.participants], [...call.countries]));
    }
    // "X spoke with Y by telephone …, and the two leaders then met in Rio on the sidelines of the summit": the
    // call, and the meeting of the pair the second clause tells
    const toks = info.tokens;
    if (callM && call?.kind === 'call' && call.participants.length === 2 && call.evidence.some((e) => e.sentence === info.s.index)) {
      MEET_G.lastIndex = callM.index + callM[0].length;
      const metAfter = MEET_G.exec(text);
      // (and "He and Y spoke by phone last week, …, and last met face-to-face at Miraflores on Nov. 1": their last meeting)
      const theyMet = !!metAfter && /^met$/i.test(metAfter[0]) && /,\s*and\s+(?:(?:the two \w+|they|both)\s+(?:then\s+|later\s+|also\s+|last\s+)?|last\s+)$/i.test(text.slice(callM.index, metAfter.index));
      if (metAfter && theyMet) {
        const met = meetingFrom(inp, info, metAfter.index, 'held', [...call.participants], [...call.countries]);
        out.push(met);
        // (the call's day is told before the meeting's clause, if at all)
        if (met.date && call.date === met.date) call.date = resolveDate(text.slice(0, metAfter.index), inp.published, false)?.date ?? null;
      }
    }
    // a second clause with its own meeting: "X met Y in A before travelling to B, where he held talks with Z"
    // "During the phone conversation, the heads of state welcomed the agreements reached during their meeting in
    // Tashkent last year": the two people's earlier meeting, told inside the sentence about another
    const trigEnd = info.s.start + trig.index + trig[0].length;
    const owned = triggerTokens(info, MEET_G).find((t) => (toks[t]?.start ?? 0) >= trigEnd && ownedByThem(toks, t));
    if (owned !== undefined && !ms.some((m) => m.tokStart > owned && m.tokStart < owned + 8)) {
      MEET_G.lastIndex = (toks[owned] as Token).start - info.s.start;
      const meeting = MEET_G.exec(text);
      if (meeting) handleTrigger(inp, st, { ...ts, callM: null, letterM: null, trig: meeting }, owned);
    }
    // or a past one: "…, six weeks after he met Y in Moscow"
    const sub = secondClauseAt(toks, clauseEnd);
    if (!callM && sub >= 0) {
      // "…, where he met", "…, where he is expected to meet"
      const second = triggerTokens(info, MEET_G).find((t) => t > sub + 1 && t <= sub + (toks[sub + 1]?.cap ? 10 : 6));
      if (second !== undefined && ms.some((m) => m.tokStart > second)) handleTrigger(inp, st, ts, second);
    } else if (!callM && participlePhrase(toks, clauseEnd) && ms.some((m) => m.tokStart > clauseEnd + 1) && (triggerTokens(info, MEET_G).includes(clauseEnd + 1) || (toks[clauseEnd + 1]?.lower === 'being' && triggerTokens(info, MEET_G).includes(clauseEnd + 2)))) {
      // "X held talks with Y on Monday, after meeting Z on Sunday": a meeting of X's own
      // (also in the passive: "… first held talks with Y before being received by Z")
      handleTrigger(inp, st, ts, clauseEnd + 1);
    } else if (!callM && thenWithAt(toks, ms, clauseEnd) && st.lastMeeting?.evidence.some((e) => e.sentence === info.s.index)) {
      // "X first held talks in Baghdad with Y and then with his Iraqi counterpart Z": X's next meeting, with Z (and
      // those joined to Z by "and"), on the day and at the place of the first
      const first = st.lastMeeting;
      const objects = new Set(ms.filter((m) => (toks[m.tokStart]?.start ?? 0) > info.s.start + trig.index && m.tokStart < clauseEnd).map((m) => m.pid));
      const subject = first.participants.filter((p) => !objects.has(p));
      const next: number[] = [];
      for (const m of ms.filter((x) => x.tokStart > clauseEnd + 2)) {
        if (next.length && toks[m.tokStart - 1]?.lower !== 'and') break;
        next.push(m.pid);
      }
      const people = [...new Set([...subject, ...next])];
      if (subject.length >= 1 && next.length >= 1) {
        const place = first.city && first.country ? { city: first.city, country: first.country } : null;
        const d = plainDraft('meeting', first.status, first.date, place, people, statesOf(inp.aff, people), info);
        out.push(d);
        st.lastMeeting = d;
      }
    } else if (!callM && relativeSequelOf(toks, ms, clauseEnd, sequelCall ? SEQUEL_CALL_VERB : SECOND_MEETING_VERB)) {
      // "X received Y, who subsequently met with Z": Y and Z, a meeting of their own
      // (on the day and at the place of the first: one event after the other, never merged with it)
      const who = relativeSequelOf(toks, ms, clauseEnd, sequelCall ? SEQUEL_CALL_VERB : SECOND_MEETING_VERB) as PersonMention;
      const people = [who.pid, ...ms.filter((m) => m.tokStart > clauseEnd + 2 && !toks[m.tokEnd - 1]?.poss && m.pid !== who.pid).map((m) => m.pid)];
      // (the first told in this sentence; with its host unnamed, "the Holy Father received Y, who subsequently met Z",
      // the sentence's own day and place)
      const first = st.lastMeeting?.evidence.some((e) => e.sentence === info.s.index) ? st.lastMeeting : null;
      if (people.length >= 2) {
        const place = first ? (first.city && first.country ? { city: first.city, country: first.country } : null) : findCity(info);
        const date = first ? first.date : (resolveDate(text, inp.published, false)?.date ?? null);
        const d = plainDraft(sequelCall ? 'call' : 'meeting', first?.status ?? statusAt(info, clauseEnd, clauseEnd + 2), date, sequelCall ? null : place, [...new Set(people)], statesOf(inp.aff, people), info);
        out.push(d);
        st.lastMeeting = d;
      }
    } else if (!callM && newSubjectAt(toks, ms, clauseEnd)) {
      // "…, and President Z held his first summit with W": that clause's own meeting
      const second = triggerTokens(info, MEET_G).find((t) => t > clauseEnd && t <= clauseEnd + 10);
      if (second !== undefined && ms.some((m) => m.tokStart > second)) handleTrigger(inp, st, ts, second);
    } else {
      const at = callM ? -1 : secondMeetingAt(toks, ms, clauseEnd, trig.index + info.s.start);
      const second = at >= 0 ? triggerTokens(info, MEET_G).find((t) => t > at && t <= at + 6) : undefined;
      if (second !== undefined && ms.some((m) => m.tokStart > second)) handleTrigger(inp, st, ts, second);
    }
    st.lastMeetingSentence = idx;
  }
  placeFromThere(inp, out);
  placeFromTrip(out);
  gatheringAttendees(inp, out);
  const lead = inp.datelineCity ? null : leadCity(inp);
  // (the lead's setting is for the meetings told after it: the lead's own were placed and dated by their clause)
  const leadIdx = lead !== null || !inp.storyDay ? (inp.infos[0]?.s.index ?? -1) : -1;
  placeFromSetting(out, inp.datelineCity ?? lead, lead !== null ? leadIdx : -1);
  if (inp.storyDay) dateFromSetting(out, inp.storyDay, inp.datelineCity);
  else dateFromSetting(out, leadDay(inp), inp.datelineCity ?? lead, leadIdx);
  gatheringFromSidelines(out);
  dateFromSameDay(out);
  dateFromTrip(out);
  // an interaction needs two sides: two officials, or an official and another state or body; a
  // visit of one person to a state whose officials that person meets (with the same status) is told
  // by those meetings ("X will use the visit to …" beside "X is to be received by President Y")
  return out.filter((d) => (d.participants.length >= 2 || sidesOf(d, inp.aff).size >= 2) && !toldByMeetings(d, out, inp.aff) && !letterReceived(d, out));
}

/**
 * "X received a written message from Y": a meeting of X alone told by that sentence is the letter
 * (not "Y sent a letter thanking X for his visit to Pyongyang": a visit of its own).
 */
function letterReceived(d: DraftMeeting, all: DraftMeeting[]): boolean {
  if (d.kind !== 'meeting' || d.participants.length !== 1 || d.evidence.length !== 1 || !RECEIVED_LETTER.test(d.evidence[0]!.text)) return false;
  const s = sentenceOf(d);
  return all.some((e) => e.kind === 'other' && e.participants.includes(d.participants[0] as number) && e.evidence.some((x) => x.sentence === s));
}
const RECEIVED_LETTER = /\breceived (?:(?:a|an|the|his|her) )?(?:(?:written|verbal|congratulatory|personal|special|official) )?(?:message|letter)\b/i;

function toldByMeetings(d: DraftMeeting, all: DraftMeeting[], aff: Map<number, Affiliation>): boolean {
  if (d.participants.length !== 1 || d.kind !== 'meeting') return false;
  const who = d.participants[0] as number;
  const visited = d.countries.filter((c) => c !== countryOfPid(aff, who));
  return (
    visited.length > 0 &&
    // (not a gathering both attend: "on the margins of the Council, the Kazakh minister met X" is a meeting of its own)
    visited.every((c) => all.some((e) => e !== d && !e.gathering && e.status === d.status && e.kind === 'meeting' && e.participants.includes(who) && e.participants.some((p) => countryOfPid(aff, p) === c)))
  );
}

/** The states and bodies a meeting involves: its states and its participants' states or bodies. */
function sidesOf(d: DraftMeeting, aff: Map<number, Affiliation>): Set<string> {
  const sides = new Set(d.countries);
  for (const pid of d.participants) {
    const a = aff.get(pid);
    const side = a?.org ?? a?.country;
    if (side) sides.add(side);
  }
  return sides;
}

const SENT_TO = /\b(?:sent|sends|wrote|writes|addressed|delivered)\b(?:(?!\bto\b)[^;])*?\b(?:letter|message)\b(?:(?!\bfrom\b)[^;])*?\bto\b/i;

const EXCHANGED = /\bexchang(?:ed|es|ing) (?:\w+ ){0,2}(?:letters|messages)\b/i;

/** "X exchanged congratulatory messages with his counterpart Y on Friday": a letter between the two, with its day. */
function exchangedWith(inp: MeetingInput, st: MeetingState, info: SentenceInfo, ms: PersonMention[]): void {
  const m = EXCHANGED.exec(info.s.text);
  if (!m) return;
  const at = m.index + info.s.start;
  const before = ms.filter((x) => (info.tokens[x.tokStart] as Token).start < at);
  const sender = before.length ? (before.at(-1) as PersonMention).pid : hasPronounSubject(info.tokens, 0, info.tokens.findIndex((t) => t.start >= at)) ? st.lastSubject : null;
  const withAt = info.s.text.slice(m.index + m[0].length).search(/\bwith\b/i);
  if (sender === null || withAt < 0) return;
  const from = at + m[0].length + withAt;
  const recipient = ms.find((x) => (info.tokens[x.tokStart] as Token).start > from && x.pid !== sender);
  if (!recipient) return;
  datedLetter(inp, st, info, sender, recipient.pid);
}

/** A letter with the day its sentence gives. */
function datedLetter(inp: MeetingInput, st: MeetingState, info: SentenceInfo, sender: number, recipient: number): void {
  const d = letterDraft(sender, recipient, info, inp.aff);
  d.date = resolveDate(info.s.text, inp.published, false)?.date ?? null;
  st.out.push(d);
}

const IN_A_MESSAGE = /\bin an? (?:\w+ )?(?:message|letter)\b/i;

/** "X congratulated Y on his victory in a message on Tuesday": a letter from the first person named to the next one, before "in a message". */
function inAMessage(inp: MeetingInput, st: MeetingState, info: SentenceInfo, ms: PersonMention[]): void {
  const m = IN_A_MESSAGE.exec(info.s.text);
  if (!m) return;
  const at = m.index + info.s.start;
  const before = ms.filter((x) => (info.tokens[x.tokStart] as Token).start < at);
  const sender = before[0];
  const recipient = before.find((x) => x.pid !== sender?.pid);
  if (!sender || !recipient) return;
  datedLetter(inp, st, info, sender.pid, recipient.pid);
}

/** "X sent a letter to Y", "X wrote a message to Y": a letter from the person before the verb to the first person after "to". */
function letterSentTo(st: MeetingState, info: SentenceInfo, ms: PersonMention[], aff: Map<number, Affiliation>): void {
  const m = SENT_TO.exec(info.s.text);
  if (!m) return;
  const verbAt = m.index + info.s.start;
  const toAt = verbAt + m[0].length;
  const before = ms.filter((x) => (info.tokens[x.tokStart] as Token).start < verbAt);
  const sender = before.at(-1);
  const recipient = ms.find((x) => (info.tokens[x.tokStart] as Token).start >= toAt);
  if (!sender || !recipient || sender.pid === recipient.pid) return;
  st.out.push(letterDraft(sender.pid, recipient.pid, info, aff));
}

/** A letter (or message) from one person to another, told in this sentence. */
/**
 * "During the meeting, the Foreign Minister conveyed a message from Prime Minister X" with no one named
 * to receive it, after "The delegation included Y" (the last subject, X's compatriot): the one of the
 * meeting just told who is of another state than X, when there is one such person.
 */
function foreignRecipient(aff: Map<number, Affiliation>, st: MeetingState, idx: number, sender: number | undefined): number | null {
  // (a sender of no known state is of the story's subject's, who carries the message: "He handed over a message from
  // President X")
  const own = (sender === undefined ? null : aff.get(sender)?.country) ?? (st.lastSubject === null ? null : aff.get(st.lastSubject)?.country);
  const last = st.lastMeeting;
  if (!own || st.lastSubject === null || aff.get(st.lastSubject)?.country !== own || !last || idx - st.lastMeetingSentence > 2) return null;
  const one = oneOfAnotherState(last, aff, own);
  if (one !== null) return one;
  // (of several, the head of state or government among them: the host a minister sat in with)
  const heads = last.participants.filter((pid) => aff.get(pid)?.country !== own && HEAD_BY_TITLE.test(aff.get(pid)?.title ?? ''));
  return heads.length === 1 ? (heads[0] as number) : null;
}

function letterDraft(sender: number, recipient: number, info: SentenceInfo, aff: Map<number, Affiliation>): DraftMeeting {
  return plainDraft('other', 'held', null, null, [sender, recipient], statesOf(aff, [sender, recipient]), info);
}

/** A meeting (or letter) told by one sentence, with no gathering or topics. */
/** A meeting told from offset `at` of the sentence on: its day and city are the ones named from there ("… agreed to meet again in Paris in the autumn"). */
function meetingFrom(inp: MeetingInput, info: SentenceInfo, at: number, status: MeetingStatus, participants: number[], countries: string[]): DraftMeeting {
  const date = resolveDate(info.s.text.slice(at), inp.published, status === 'planned')?.date ?? null;
  const from = firstTokenFrom(info.tokens, at + info.s.start);
  return plainDraft('meeting', status, date, findCity(info, undefined, Math.max(0, from)), participants, countries, info);
}

/** The mentions of sentence `index` of people who can take part (officials and the like), in token order. */
function eligibleMentions(inp: MeetingInput, index: number): PersonMention[] {
  return (inp.mentionsBySentence.get(index) ?? []).filter((m) => inp.eligible.has(m.pid));
}

/** Records `d` as the meeting just told, in sentence `idx`. */
function tell(st: MeetingState, d: DraftMeeting, idx: number): void {
  st.out.push(d);
  st.lastMeeting = d;
  st.lastMeetingSentence = idx;
}

function plainDraft(kind: MeetingKind, status: MeetingStatus, date: string | null, place: { city: string; country: string } | null, participants: number[], countries: string[], info: SentenceInfo): DraftMeeting {
  return { kind, status, date, city: place?.city ?? null, country: place?.country ?? null, participants, countries, gathering: false, topics: [], evidence: [evidenceOf(info)] };
}

// "spoke with", "spoke today with", "talked on Monday to" ("talks with" is the noun: a meeting word)
const SPOKE = /\b(?:spoke|spoken|speaks|talked|speak|talk)(?: (?:separately|again|also|briefly|earlier|later|(?:on )?\w+day))? (?:with|to)\b/i;
const SPOKE_G = new RegExp(SPOKE.source, 'gi');

/**
 * "X spoke with Y": with no other trigger in the sentence, a call (officials who speak somewhere
 * the sentence names, "spoke with Y in Paris", met there). Right after a call by the same person,
 * "He also spoke with Z and W" are more calls. One per person spoken with. Returns whether the
 * sentence gave any.
 */
function spokeWith(inp: MeetingInput, st: MeetingState, info: SentenceInfo, idx: number, ms: PersonMention[]): boolean {
  const last = st.lastMeeting;
  const afterCall = !!last && last.kind === 'call' && idx - st.lastMeetingSentence <= 2;
  const at = triggerTokens(info, SPOKE_G)[0];
  if (at === undefined) return false;
  const before = ms.filter((m) => m.tokStart < at);
  const subject = before.length ? (before.at(-1) as PersonMention).pid : afterCall && hasPronounSubject(info.tokens, 0, at) ? st.lastSubject : null;
  if (subject === null || (afterCall && !last!.participants.includes(subject))) return false;
  // (ending at ", and …": "X had spoken with Y, and the two will meet in Paris on Friday")
  let [, cEnd] = clauseAround(info, ms, at);
  const toks = info.tokens;
  for (let k = at + 1; k < cEnd - 1; k++) if (toks[k]?.text === ',' && /^(?:and|but|while)$/.test(toks[k + 1]?.lower ?? '')) cEnd = k;
  const others = [...new Set(ms.filter((m) => m.tokStart > at && m.tokStart < cEnd && m.pid !== subject).map((m) => m.pid))];
  if (!others.length) return false;
  const trigAt = (info.tokens[at] as Token).start - info.s.start;
  // the place and day of the clause ("…, and the two will meet in Paris on Friday" tells of another event)
  const place = afterCall ? null : findCity(info, cEnd);
  const clauseText = cEnd < info.tokens.length ? info.s.text.slice(0, (info.tokens[cEnd] as Token).start - info.s.start) : info.s.text;
  // on a visit just told ("X arrived in Nairobi. X spoke with Y about trade"), they met there
  const onVisit = !afterCall && !!last && last.kind === 'meeting' && last.city !== null && last.participants.includes(subject) && idx - st.lastMeetingSentence <= 2;
  // "X said he expected to speak with Y": still to come
  const status = afterCall ? 'held' : statusAt(info, 0, at);
  if (status === 'cancelled' || negated(info, 0, at)) return false;
  const date = resolveDate(clauseText, inp.published, status === 'planned', trigAt)?.date ?? null;
  const facts: TriggerFacts = { kind: place || onVisit ? 'meeting' : 'call', status, date, place, topics: topicsOf(info.s.text), info };
  for (const o of others) {
    const f = newDraft(facts, inp.aff, [subject, o], false);
    // two people who already met in the story spoke there: "…, where the president spoke to X"
    const same = st.out.find((e) => sameEvent(e, f) || (!afterCall && e.kind === 'meeting' && e.participants.includes(subject) && e.participants.includes(o)));
    if (same) {
      // ("X held phone talks with his counterparts from the US and Iran. X spoke with Y and Z": who they were)
      for (const p of f.participants) if (!same.participants.includes(p)) same.participants.push(p);
      for (const c of f.countries) if (!same.countries.includes(c)) same.countries.push(c);
      same.evidence.push(evidenceOf(info));
    } else st.out.push(f);
    st.lastMeeting = same ?? f;
  }
  st.lastMeetingSentence = idx;
  return true;
}

/**
 * The word before the list a place stands in: "to" for Berlin in "travelled to Kiev and Berlin",
 * "of" for Bolivia in "the leaders of Peru and Bolivia".
 */
function wordBeforeList(info: SentenceInfo, places: CountryMention[], pl: CountryMention): string {
  let head = pl;
  for (let k = places.indexOf(pl) - 1; k >= 0; k--) {
    const prev = places[k] as CountryMention;
    const glue = info.tokens.slice(prev.tokEnd, head.tokStart).map((t) => t.lower);
    if (glue.length === 0 || glue.length > 2 || !glue.every((w) => w === 'and' || w === ',' || w === 'then')) break;
    head = prev;
  }
  return info.tokens[head.tokStart - 1]?.lower ?? '';
}

/** Events a sentence may point back at with "at the …". */
const AT_THE_EVENT = /\bat the (inauguration|ceremony|summit|conference|forum|funeral|reception|dinner|banquet|gathering|celebrations?|parade|talks)\b/i;

/**
 * "X and Y embracing at the inauguration": the event named with "at the" in this sentence, told
 * in one of the six sentences before it; its day and city (either may be missing).
 */
function eventToldBefore(inp: MeetingInput, idx: number, text: string, planned: boolean): { date: string | null; place: { city: string; country: string } | null } | null {
  const at = AT_THE_EVENT.exec(text);
  if (!at) return null;
  const noun = new RegExp(`\\b${(at[1] as string).replace(/s$/, '')}`, 'i');
  for (let k = idx - 1; k >= 0 && k >= idx - 6; k--) {
    const info = inp.infos[k] as SentenceInfo;
    if (!noun.test(info.s.text)) continue;
    const date = resolveDate(info.s.text, inp.published, planned)?.date ?? null;
    const place = findCity(info);
    return date || place ? { date, place } : null;
  }
  return null;
}

const sentenceOf = (d: DraftMeeting): number => d.evidence[0]?.sentence ?? 0;

/**
 * Place from the story's setting: a held meeting placed nowhere was held in the story's one city,
 * the dateline's or, with none, the one city where the story places its held meetings ("… met X in
 * Astana on Monday. Y also received Z."), unless the story places a held meeting elsewhere.
 */
function placeFromSetting(drafts: DraftMeeting[], datelineCity: string | null, leadSentence = -1): void {
  // (not a meeting of another time: "following the meeting between X and Y in Vientiane last month")
  const placed = drafts.filter((d) => d.status === 'held' && d.kind === 'meeting' && d.city !== null && !OTHER_TIME.test(d.evidence[0]?.text ?? ''));
  // (not from an earlier event told after: "The meeting comes a week after X's visit to Port Sudan, where …")
  const city = datelineCity ?? (placed.some((d) => EARLIER_EVENT.test(d.evidence[0]?.text ?? '')) ? null : (placed[0]?.city ?? null));
  const country = city ? cityCountry(city) : null;
  if (!city || !country) return;
  if (placed.some((d) => d.city !== city)) return;
  for (const m of drafts) {
    if (m.kind !== 'meeting' || m.status !== 'held' || m.city !== null || m.country !== null || sentenceOf(m) === leadSentence) continue;
    m.city = city;
    m.country = country;
  }
}

/** A later leg of a trip, maybe on another day: "X then met Y". */
const LATER_LEG = /\b(?:then|afterwards|next|subsequently)\b/i;

/** A lead that tells of a meeting held: "The foreign ministers of … met in Astana on Wednesday for …". */
const LEAD_MEETING = /\b(?:met|held (?:talks|a meeting|meetings)|gathered|convened|were received|was received|received|hosted)\b/i;

/** The story's lead when it tells a meeting held (not one to come, cancelled, or of another time), and where its trigger word is. */
function heldLead(inp: MeetingInput): { lead: SentenceInfo; at: number } | null {
  const lead = inp.infos[0];
  const m = lead ? LEAD_MEETING.exec(lead.s.text) : null;
  if (!lead || !m || CANCEL.test(lead.s.text) || OTHER_TIME.test(lead.s.text)) return null;
  // (its own verb's status: "… met in San Salvador on Monday to discuss migration" was held)
  const tok = firstTokenFrom(lead.tokens, lead.s.start + m.index);
  if (tok < 0 || statusAt(lead, 0, tok) !== 'held') return null;
  return { lead, at: m.index };
}

/** The city the story's lead places its meeting held in ("The chancellors of Mercosur met this Thursday in Asunción"), with no dateline. */
function leadCity(inp: MeetingInput): string | null {
  const h = heldLead(inp);
  return h ? (findCity(h.lead, undefined, firstTokenFrom(h.lead.tokens, h.lead.s.start + h.at), true)?.city ?? null) : null;
}

/**
 * The day the story's lead gives its meeting held, when the story has no dated dateline: the lead's
 * day is the setting's ("… met in Astana on Wednesday … The meeting was chaired by X"). Not one dated
 * before the week of publication.
 */
function leadDay(inp: MeetingInput): string | null {
  const h = inp.published ? heldLead(inp) : null;
  const day = h ? (resolveDate(h.lead.s.text, inp.published, false, h.at)?.date ?? null) : null;
  if (!day || !inp.published) return null;
  const before = daysBefore(day, inp.published);
  return before >= 0 && before <= 7 ? day : null;
}

/**
 * Day from the story's dated dateline or date line ("New York, 20 September 2022" above a readout):
 * the day of its held meetings told without one, unless the story dates a held meeting on another day.
 */
function dateFromSetting(drafts: DraftMeeting[], day: string | null, datelineCity: string | null, leadSentence = -1): void {
  // (from the lead, `datelineCity` is the lead's city)
  const fromLead = leadSentence >= 0;
  if (!day) return;
  if (drafts.some((d) => d.status === 'held' && d.date !== null && d.date !== day)) return;
  // (not a meeting placed in another city than the dateline's: "HONIARA, May 26 - … Sogavare met Xi in Beijing")
  for (const m of drafts) {
    if (m.status !== 'held' || m.date !== null || (datelineCity && m.city && m.city !== datelineCity)) continue;
    // (never one of another time: "The two foreign ministers met most recently in Brussels in late January")
    if (LAST_MET.test(m.evidence[0]?.text ?? '')) continue;
    // (the lead's day: the meetings of the lead's setting, not a call or letter, nor one of another time)
    // (and only in its place: not "He then flew to Egypt for talks with X")
    if (fromLead && (m.kind !== 'meeting' || sentenceOf(m) === leadSentence || LATER_LEG.test(m.evidence[0]?.text ?? '') || OTHER_TIME.test(m.evidence[0]?.text ?? '') || m.city !== datelineCity || (m.city === null && m.country !== null))) continue;
    m.date = day;
  }
}

/**
 * Place from the trip. A meeting with no city of its own that shares a participant with a
 * meeting placed in a city of one of its own states, with the same status, took place on that
 * trip: "X held talks with Y in Honiara. X also met the deputy prime minister, Z." The nearest
 * such meeting in the text gives the place. Calls have no place; a meeting whose states do not
 * include the city's state ("X then met India's foreign minister") keeps none, unless it was on
 * the sidelines of a summit there or held on the same day.
 */
/**
 * "The last stop, Cotonou, came on Wednesday. There, X hosted Y": a meeting told in a sentence opening with "There" is
 * at the city (and, with no day of its own, on the day) of the sentence before.
 */
function placeFromThere(inp: MeetingInput, drafts: DraftMeeting[]): void {
  for (const m of drafts) {
    const ev = m.evidence[0];
    if (m.kind !== 'meeting' || m.city !== null || !ev || !/^There\b/.test(ev.text)) continue;
    const at = inp.infos.findIndex((x) => x.s.index === ev.sentence);
    const prev = at > 0 ? inp.infos[at - 1] : undefined;
    if (!prev || prev.s.index !== ev.sentence - 1) continue;
    const place = findCity(prev);
    if (!place || (m.country !== null && m.country !== place.country)) continue;
    m.city = place.city;
    m.country = place.country;
    if (m.date === null) m.date = resolveDate(prev.s.text, inp.published, m.status === 'planned')?.date ?? null;
  }
}

function placeFromTrip(drafts: DraftMeeting[]): void {
  // on a summit's sidelines (named at the meeting or at the summit) the host state need not take part
  const sidelines = new Set(drafts.filter((d) => d.evidence.some((e) => SIDELINES.test(e.text))));
  for (const m of drafts) {
    if (m.kind !== 'meeting' || m.city !== null) continue;
    let donor: DraftMeeting | null = null;
    let best = Infinity;
    for (const d of drafts) {
      // an arrival (a visit of one person) places the talks planned on that trip too: "X arrived in
      // Warsaw on Wednesday. He will hold talks with Prime Minister Y on Thursday"
      const arrival = d.participants.length === 1 && d.status === 'held' && m.status === 'planned';
      if (d === m || d.kind !== 'meeting' || d.city === null || d.country === null || (d.status !== m.status && !arrival) || (m.country !== null && m.country !== d.country)) continue;
      // (not an earlier event told after it: "The meeting comes a week after X's visit to Port Sudan, where …")
      if (sentenceOf(d) > sentenceOf(m) && EARLIER_EVENT.test(d.evidence[0]?.text ?? '')) continue;
      const summit = sidelines.has(m) || sidelines.has(d) || d.gathering;
      // a person held both on the same day: one city ("… in Buenos Aires on Sunday. Earlier today X met …")
      const sameDay = m.status === 'held' && m.date !== null && m.date === d.date;
      if (!(summit || sameDay || m.countries.includes(d.country)) || !d.participants.some((p) => m.participants.includes(p))) continue;
      const dist = Math.abs(sentenceOf(d) - sentenceOf(m));
      if (dist < best) [donor, best] = [d, dist];
    }
    if (donor) {
      m.city = donor.city;
      m.country = donor.country;
    }
  }
}

/** A held meeting told after the gathering `found` (if any), in its city, on its day, with one of its people. */
function alongside(found: DraftMeeting | undefined, d: DraftMeeting): boolean {
  return !!found && found.city !== null && d.city === found.city && (d.date === null || d.date === found.date) && sentenceOf(d) > sentenceOf(found) && d.participants.some((p) => found.participants.includes(p));
}

/**
 * The gathering behind meetings told on its sidelines in sentences of their own ("On the sidelines
 * of the summit, X met Y. … X also held talks with Z on the margins of the summit"): the one
 * gathering already found takes their participants; with none found, two or more such meetings
 * give one, with everyone the text places there, in their city, on their day if they share one.
 */
function gatheringFromSidelines(drafts: DraftMeeting[]): void {
  const gatherings = drafts.filter((d) => d.gathering);
  if (gatherings.length > 1) return;
  let g = gatherings[0];
  // with a gathering found, a held meeting told after it in its city, with one of its people, is on its sidelines too
  const found = g;
  const sides = drafts.filter((d) => d.kind === 'meeting' && !d.gathering && d.status === 'held' && (d.evidence.some((e) => SIDELINES.test(e.text)) || alongside(found, d)));
  if (sides.length === 0) return;
  if (!g) {
    if (sides.length < 2) return;
    const first = sides.find((d) => d.city !== null) ?? (sides[0] as DraftMeeting);
    const day = sides.every((d) => d.date === sides[0]?.date) ? (sides[0]?.date ?? null) : null;
    g = { kind: 'meeting', status: 'held', date: day, city: first.city, country: first.country, participants: [], countries: [], gathering: true, topics: [], evidence: [] };
    // (a gathering the story never tells is known by its people only: with four or fewer, they would read as
    // one encounter of them all, "X met Y in Qingdao, and Z held a summit with W on the sidelines of …")
    const people = new Set(sides.filter((d) => d.status === g!.status && !(d.city !== null && g!.city !== null && d.city !== g!.city)).flatMap((d) => d.participants));
    if (people.size <= 4) return;
    drafts.unshift(g);
  }
  for (const d of sides) {
    if (d.status !== g.status || (d.city !== null && g.city !== null && d.city !== g.city)) continue;
    for (const p of d.participants) if (!g.participants.includes(p)) g.participants.push(p);
    for (const c of d.countries) if (!g.countries.includes(c)) g.countries.push(c);
    for (const e of d.evidence) if (SIDELINES.test(e.text) && !g.evidence.some((x) => x.sentence === e.sentence)) g.evidence.push(e);
  }
  g.evidence.sort((a, b) => a.sentence - b.sentence);
}

/** "The summit was attended by": a gathering. */
const SUMMIT_ATTENDED = /\b(?:summit|conference|forum|gathering) (?:was|were) (?:also )?attended by\b/i;
/** "X led the Saudi delegation to the summit": X is at the gathering. */
const LED_TO_GATHERING = /\b(?:led|leads|leading|headed|heads|heading) (?:the |his |her |its |[\p{L}'’]+ ){0,3}delegation (?:to|at) the\b[^.;]{0,60}?\b(?:summit|conference|forum|gathering|session)\b/iu;
/** "Y, who hosted the summit": Y is at the gathering. */
const WHO_HOSTED = /^,?\s*who (?:hosted|chaired|opened) the (?:[\p{L}-]+ ){0,3}(?:summit|conference|forum|gathering|session)\b/iu;
/** "X and Y addressed the gathering", "X told the summit": those named before the verb are there. */
const ADDRESSED = /\b(?:addressed|told) the (?:summit|conference|forum|gathering|session|assembly)\b/i;

/**
 * Those a story places at its one gathering by what they did there, in any sentence: "X led the
 * delegation to the summit", "Y, who hosted the summit", "Z addressed the gathering", "W told the summit".
 */
function gatheringAttendees(inp: MeetingInput, drafts: DraftMeeting[]): void {
  // (the gathering found, or the one told by its attendance: "The summit was attended by X and Y")
  const gatherings = drafts.filter((d) => d.status === 'held' && (d.gathering || d.evidence.some((e) => SUMMIT_ATTENDED.test(e.text))));
  if (gatherings.length !== 1) return;
  const g = gatherings[0] as DraftMeeting;
  let joined = false;
  for (const info of inp.infos) {
    const text = info.s.text;
    const led = LED_TO_GATHERING.exec(text);
    const addressed = ADDRESSED.exec(text);
    const hosted = /\bwho (?:hosted|chaired|opened)\b/i.test(text);
    if (!led && !addressed && !hosted) continue;
    const ms = eligibleMentions(inp, info.s.index);
    const at = (m: PersonMention) => (info.tokens[m.tokStart]?.start ?? 0) - info.s.start;
    const after = (m: PersonMention) => text.slice((info.tokens[m.tokEnd - 1]?.end ?? 0) - info.s.start);
    const there = ms.filter(
      (m) =>
        (led && at(m) < led.index && at(m) === at(ms[0] as PersonMention)) ||
        (addressed && at(m) < addressed.index) ||
        (hosted && WHO_HOSTED.test(after(m))),
    );
    if (there.length === 0) continue;
    joined = true;
    for (const m of there) if (!g.participants.includes(m.pid)) g.participants.push(m.pid);
    for (const c of statesOf(inp.aff, there.map((m) => m.pid))) if (!g.countries.includes(c)) g.countries.push(c);
    if (!g.evidence.some((e) => e.sentence === info.s.index)) g.evidence.push(evidenceOf(info));
    // ("… led the delegation to the summit in Baghdad on Saturday": its place, over the dateline's, and day)
    if (led) {
      const place = findCity(info);
      if (place) [g.city, g.country] = [place.city, place.country];
      g.date ??= resolveDate(text, inp.published, false)?.date ?? null;
    }
  }
  // (a gathering, whatever told it first: the meetings on its sidelines join it, not a second one)
  if (joined) g.gathering = true;
}

/**
 * Date from the trip. A held meeting with no date of its own, in the city where the same person
 * held a dated meeting told before it: the same visit ("… met X in Honiara on Thursday. He also
 * met Y.") or a summit's sidelines.
 */
function dateFromTrip(drafts: DraftMeeting[]): void {
  for (const m of drafts) {
    if (m.kind !== 'meeting' || m.status !== 'held' || m.date !== null || m.city === null) continue;
    // (not one of another time: "The two last met in Abidjan")
    if (LAST_MET.test(m.evidence[0]?.text ?? '')) continue;
    let donor: DraftMeeting | null = null;
    let best = Infinity;
    for (const d of drafts) {
      if (d === m || d.kind !== 'meeting' || d.status !== 'held' || d.date === null || d.city !== m.city) continue;
      // told before it: a summit does not take its date from a bilateral reported after it
      if (sentenceOf(d) > sentenceOf(m) || !d.participants.some((p) => m.participants.includes(p))) continue;
      const dist = sentenceOf(m) - sentenceOf(d);
      if (dist < best) [donor, best] = [d, dist];
    }
    if (donor) m.date = donor.date;
  }
}

/**
 * "Later in the day", "earlier that day", "on the same day", "Earlier, …", and a part of the day told
 * after a dated event ("In the afternoon, X …", "the same morning", "before that in the morning",
 * "At noon"): the day of the events told before.
 */
const SAME_DAY =
  /\b(?:(?:later|earlier) (?:in the|that|the same) day|on the same day|the same day|(?:later |earlier )?(?:in the|that|the same) (?:morning|afternoon|evening)|at (?:noon|midday))\b|^(?:earlier|later)(?: on)?,/i;

/**
 * A held meeting or call with no date of its own, told as on the same day ("Later in the day X
 * held a phone call with Y"), takes the date of the nearest dated held event told before it.
 */
function dateFromSameDay(drafts: DraftMeeting[]): void {
  for (const m of drafts) {
    if (m.status !== 'held' || m.date !== null || !SAME_DAY.test(m.evidence[0]?.text ?? '')) continue;
    let donor: DraftMeeting | null = null;
    for (const d of drafts) {
      // (told in an earlier sentence: "…, earlier in the day, after meeting Z on Sunday" is not Sunday)
      if (d === m || d.status !== 'held' || d.date === null || sentenceOf(d) >= sentenceOf(m)) continue;
      if (!donor || sentenceOf(d) > sentenceOf(donor)) donor = d;
    }
    if (donor) m.date = donor.date;
  }
}

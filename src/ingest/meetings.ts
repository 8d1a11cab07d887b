// Meetings, calls and letters: trigger words per sentence, participants among the persons
// mentioned there (speakers of reported speech left out), status from modality, date and
// place from the sentence, then one meeting per event by merging sentences about the same
// talks. A gathering with bilaterals on its sidelines gives the gathering plus one meeting
// per bilateral.
import type { Affiliation } from './affiliation.ts';
import type { Person } from './aliases.ts';
import { cityCountry } from './countries.ts';
import { resolveDate } from './dates.ts';
import type { SentenceInfo } from './officials.ts';
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

const CALL = /\b(?:phone|telephone|video)[- ]?(?:call|conversation|talks?|conference|link)|\b(?:by|over the|on the) (?:phone|telephone)\b|\bphoned\b|\bvideo ?conference\b/i;
const LETTER = /\b(?:letter|message)\b/i;
const MEET =
  /\b(?:met|meet|meets|meeting|meetings|talks|visit|visited|visiting|visits|received|hosted|hosts|welcomed|welcomes|sat down with|summit|conversation|consultations|encounter|dinner|luncheon|audience with|greeted|trip|travels?|travell?ed|flew|arrived|arrives|will be in|is expected in|hold talks|held talks|discussed|discuss|exchanged views|conferred)\b/i;
const WEAK_ONLY = /\b(?:discussed|discuss|exchanged views|conferred|talks|conversation)\b/i;
const CANCEL = /\b(?:cancel(?:l?ed|s|ling|lation)?|called off|call off|postpone[ds]?|postponing|scrapped|shelved)\b/i;
const PLANNED =
  /\b(?:will|would|'ll|shall|to (?:meet|visit|hold|travel|attend|host|receive|discuss|sign|chair)|is to|are to|expected|scheduled|due|plans?|planning|planned|set to|preparing|prepare|proposed?|upcoming|next week|next month|invited|invitation|aims? to|intends?|possible|possibility|pave the way|organi[sz]ing|to be received|to take place)\b/i;
const REPORTING = /^(?:said|says|told|added|noted|stated|wrote|tweeted|announced|reported|explained|insisted|argued|warned|urged|stressed|emphasized|emphasised|questioned|recalled|commented|confirmed|declared)$/;
const JOIN = /\b(?:also attended|attended the|sat in on|accompanied by|was accompanied|were present|was present|joined the (?:meeting|talks))\b/i;
const SIDELINES = /\b(?:sidelines|on the margins|bilateral meetings|held meetings with|separate meetings)\b/i;
const TOPIC_WORDS: [RegExp, string][] = [
  [/\bukraine\b.*\b(?:war|conflict|peace|settlement|crisis)|\b(?:war|conflict|peace|settlement|crisis) in ukraine/i, 'Ukraine war'],
  [/\bsanctions?\b/i, 'sanctions'],
  [/\btrade\b/i, 'trade'],
  [/\bnuclear\b/i, 'nuclear'],
  [/\bsecurity\b/i, 'security'],
  [/\bclimate|clean energy\b/i, 'climate'],
  [/\benergy\b/i, 'energy'],
  [/\bpandemic|covid|coronavirus\b/i, 'pandemic'],
  [/\bmigration|refugee/i, 'migration'],
  [/\bdefen[cs]e\b/i, 'defence'],
  [/\binvestment|economic\b/i, 'economy'],
];

export interface MeetingInput {
  infos: SentenceInfo[];
  persons: Person[];
  aff: Map<number, Affiliation>;
  mentionsBySentence: Map<number, PersonMention[]>;
  published: string | null;
  datelineCity: string | null;
  /** Persons allowed to take part (officials and multi-word names). */
  eligible: Set<number>;
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

function findCity(info: SentenceInfo): { city: string; country: string } | null {
  const toks = info.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    const w = toks[i]?.lower;
    if (w !== 'in' && w !== 'to' && w !== 'at') continue;
    // longest capitalised run after the preposition
    let j = i + 1;
    if (toks[j]?.lower === 'the' && w === 'at') continue;
    const run: string[] = [];
    while (j < toks.length && toks[j]?.cap && toks[j]?.word && run.length < 4) {
      run.push(toks[j]?.text ?? '');
      j++;
      if (toks[j - 1]?.poss) break;
    }
    for (let n = run.length; n >= 1; n--) {
      const name = run.slice(0, n).join(' ');
      const code = cityCountry(name);
      if (code) return { city: name, country: code };
    }
  }
  return null;
}

/** Persons named in the sentence who take part (not speakers, not senders of letters). */
function participantsOf(info: SentenceInfo, ms: PersonMention[], triggerTok: number): number[] {
  const toks = info.tokens;
  const out: number[] = [];
  for (const m of ms) {
    const next = toks[m.tokEnd];
    const next2 = toks[m.tokEnd + 1];
    const isSpeaker =
      (next && REPORTING.test(next.lower)) ||
      (next && next2 && ['on', 'has', 'had', 'later', 'also'].includes(next.lower) && REPORTING.test(toks[m.tokEnd + 2]?.lower ?? next2.lower));
    if (isSpeaker && m.tokStart < triggerTok) {
      // "Macron said he spoke by phone to …": the speaker takes part when "he" does
      const between = toks.slice(m.tokEnd, triggerTok).map((t) => t.lower);
      if (!between.some((w) => w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i')) continue;
    }
    if (isSpeaker && m.tokStart > triggerTok) continue;
    const prev = toks.slice(Math.max(0, m.tokStart - 3), m.tokStart).map((t) => t.lower).join(' ');
    if (/according to$/.test(prev)) continue;
    if (/\b(?:from|by)$/.test(prev) && /\bletter|message\b/i.test(toks.slice(Math.max(0, m.tokStart - 6), m.tokStart).map((t) => t.text).join(' '))) continue;
    const t0 = toks[m.tokEnd - 1];
    if (t0?.poss && !next?.word) continue;
    if (t0?.poss && next && !/^(?:meeting|talks|visit|trip|call)$/.test(next.lower)) continue;
    if (!out.includes(m.pid)) out.push(m.pid);
  }
  return out;
}

function sameSet<T>(a: T[], b: T[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function findMeetings(inp: MeetingInput): DraftMeeting[] {
  const { infos, aff, published } = inp;
  const out: DraftMeeting[] = [];
  const countryOf = (pid: number) => aff.get(pid)?.country ?? null;
  let lastSubject: number | null = null;
  let lastMeeting: DraftMeeting | null = null;
  let lastMeetingSentence = -10;
  infos.forEach((info, idx) => {
    const text = info.s.text;
    const ms = (inp.mentionsBySentence.get(info.s.index) ?? []).filter((m) => inp.eligible.has(m.pid));
    const firstPid = ms[0]?.pid ?? null;
    const callM = CALL.exec(text);
    const meetM = MEET.exec(text);
    const letterM = LETTER.exec(text);
    const trig = callM ?? meetM;
    if (JOIN.test(text) && lastMeeting && idx - lastMeetingSentence <= 2 && ms.length) {
      for (const m of ms) if (!lastMeeting.participants.includes(m.pid)) lastMeeting.participants.push(m.pid);
      lastMeeting.evidence.push(evidenceOf(info));
      if (firstPid !== null) lastSubject = firstPid;
      return;
    }
    if (letterM && ms.length >= 1 && /\b(?:from|sent by)\b/i.test(text.slice(letterM.index))) {
      const fromM = /\b(?:from|sent by)\b/i.exec(text.slice(letterM.index));
      const cut = letterM.index + (fromM?.index ?? 0) + info.s.start;
      const sender = ms.find((m) => (info.tokens[m.tokStart]?.start ?? 0) > cut);
      const recip = ms.find((m) => m !== sender && /\b(?:gave|handed|delivered|sent)\b/i.test(text) && m.pid !== sender?.pid);
      const recipient = recip?.pid ?? lastSubject;
      if (sender && recipient !== null && recipient !== sender.pid) {
        out.push({
          kind: 'other', status: 'held', date: null, city: null, country: null,
          participants: [sender.pid, recipient], countries: [], gathering: false, topics: [], evidence: [evidenceOf(info)],
        });
      }
    }
    if (!trig) {
      if (firstPid !== null) lastSubject = firstPid;
      return;
    }
    const kind: MeetingKind = callM ? 'call' : 'meeting';
    const trigStart = trig.index + info.s.start;
    let triggerTok = info.tokens.findIndex((t) => t.start >= trigStart);
    if (triggerTok < 0) triggerTok = info.tokens.length;
    let parts = participantsOf(info, ms.filter((m) => !(letterM && out.at(-1)?.kind === 'other' && out.at(-1)?.evidence[0]?.sentence === info.s.index && m.pid === out.at(-1)?.participants[0])), triggerTok);
    // a pronoun subject before the trigger: "he also met …"
    const beforeTrig = info.tokens.slice(0, triggerTok).map((t) => t.lower);
    if ((beforeTrig.includes('he') || beforeTrig.includes('she')) && lastSubject !== null && !ms.some((m) => m.tokStart < triggerTok)) {
      if (!parts.includes(lastSubject)) parts.unshift(lastSubject);
    }
    const weak = WEAK_ONLY.test(trig[0]);
    if (firstPid !== null) lastSubject = firstPid;
    if (parts.length === 0 || (weak && parts.length < 2 && kind === 'meeting')) return;
    const status = statusOf(text, trig.index);
    const dateFound = resolveDate(text, published, status === 'planned');
    const date = dateFound?.date ?? null;
    let place = kind === 'call' ? null : findCity(info);
    if (!place && kind === 'meeting' && inp.datelineCity && idx <= 2 && status === 'held') {
      const c = cityCountry(inp.datelineCity);
      if (c) place = { city: inp.datelineCity, country: c };
    }
    const partCountries = (ps: number[]) => [...new Set(ps.map(countryOf).filter((c): c is string => !!c))];
    const topics = TOPIC_WORDS.filter(([re]) => re.test(text)).map(([, l]) => l);
    const mk = (ps: number[], gathering: boolean, extra: string[] = []): DraftMeeting => ({
      kind, status, date, city: place?.city ?? null, country: place?.country ?? null,
      participants: ps, countries: [...new Set([...partCountries(ps), ...extra])], gathering, topics, evidence: [evidenceOf(info)],
    });
    const fresh: DraftMeeting[] = [];
    if (SIDELINES.test(text) && parts.length >= 3 && kind === 'meeting') {
      const subj = parts[0] as number;
      fresh.push(mk(parts, true));
      for (const o of parts.slice(1)) fresh.push(mk([subj, o], false));
    } else if (parts.length === 1) {
      // one named person visiting or meeting states: one meeting per state named after the trigger
      const own = countryOf(parts[0] as number);
      const dests = [...new Set(info.places.filter((p) => p.tokStart > triggerTok && p.code !== own && (p.refersToState || p.kind === 'capital')).map((p) => p.code))];
      if (dests.length === 0) {
        if (!/\b(?:the (?:meeting|talks|visit|summit))\b/i.test(text)) return;
        fresh.push(mk(parts, false));
      } else for (const d of dests) fresh.push(mk(parts, false, [d]));
    } else fresh.push(mk(parts, false));
    for (const f of fresh) {
      // merge with an earlier meeting about the same event
      const target = out.find((e) => {
        if (e.kind !== f.kind || e.gathering !== f.gathering) return false;
        if (e.date && f.date && e.date !== f.date) return false;
        if (e.city && f.city && e.city !== f.city) return false;
        if (e.status !== f.status && !(e.status === 'held' && f.status === 'planned' && f.date === null) && !(f.status === 'held' && e.status === 'planned')) return false;
        if (f.participants.length === 1 || e.participants.length === 1) {
          return sameSet(e.participants, f.participants) && sameSet(e.countries, f.countries);
        }
        if (f.gathering) return f.participants.filter((p) => e.participants.includes(p)).length >= 2;
        const common = f.participants.filter((p) => e.participants.includes(p)).length;
        return common >= 2 && (common === f.participants.length || common === e.participants.length);
      });
      if (target) {
        for (const p of f.participants) if (!target.participants.includes(p)) target.participants.push(p);
        for (const c of f.countries) if (!target.countries.includes(c)) target.countries.push(c);
        target.date ??= f.date;
        if (!target.city && f.city) {
          target.city = f.city;
          target.country = f.country;
        }
        if (target.status === 'planned' && f.status === 'held' && !/\bwould\b/.test(text)) target.status = 'held';
        for (const t of f.topics) if (!target.topics.includes(t)) target.topics.push(t);
        target.evidence.push(...f.evidence);
        lastMeeting = target;
      } else {
        out.push(f);
        lastMeeting = f;
      }
    }
    lastMeetingSentence = idx;
  });
  return out;
}

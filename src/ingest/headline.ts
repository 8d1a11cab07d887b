// Names that only the headline gives. "Trudeau meets Kishida on G7 sidelines" over a body that
// says "Trudeau met his Japanese counterpart": the body's meeting has one named person and one
// state without its official; the headline names one person the body never does, next to a
// meeting word. That person is the state's official at that meeting. Nothing is guessed when
// the headline names more than one such person or the body leaves more than one state open.
import { formMatches, type Person } from './aliases.ts';
import type { DraftMeeting } from './meetings.ts';
import { analyseSentence, isNameStopWord } from './officials.ts';
import { isTitleWord } from './titles.ts';
import type { Token } from './tokens.ts';

/** Headline words next to which a name is a party to an encounter ("X meets Y", "X, Y discuss"). */
const ENCOUNTER = /^(?:meets?|met|meeting|holds?|held|hosts?|hosted|receives?|received|welcomes?|welcomed|calls?|called|phones?|talks?|discuss(?:es|ed)?|and|with|,)$/i;

function isHeadlineNameWord(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && !t.upper && !isNameStopWord(t.lower) && !isTitleWord(t.lower);
}

/** Runs of name words in a headline that stand next to an encounter word and match nobody in `persons`. */
export function headlineOnlyNames(title: string, persons: Person[]): string[] {
  const info = analyseSentence({ index: -1, start: 0, end: title.length, text: title, para: 0 });
  const toks = info.tokens;
  const inUnit = (i: number) => info.places.some((p) => i >= p.tokStart && i < p.tokEnd) || info.orgs.some((o) => i >= o.tokStart && i < o.tokEnd);
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isHeadlineNameWord(toks[i]) || inUnit(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && j - i < 3 && isHeadlineNameWord(toks[j]) && !inUnit(j)) j++;
    const parts = toks.slice(i, j).map((t) => t.text.replace(/['’]s$/, ''));
    // (not a verb of a title-case headline: "… OSCE Meeting Overshadowed By …")
    const verb = parts.length === 1 && /(?:ed|ing)$/.test(parts[0] as string);
    const near = !verb && (ENCOUNTER.test(toks[i - 1]?.text ?? '') || ENCOUNTER.test(toks[j]?.text ?? ''));
    if (near && !persons.some((p) => formMatches(parts, p.name.split(/\s+/)))) out.push(parts.join(' '));
    i = j;
  }
  return out;
}

/**
 * The one state a set of meetings leaves without its official: meetings of one named person
 * (who is in `headlined`) and two states, the other state's official unnamed. Null when there
 * is none or more than one.
 */
export function openCounterpartState(drafts: DraftMeeting[], stateOf: (pid: number) => string | null, headlined: Set<number>): string | null {
  const open = new Set<string>();
  for (const d of drafts) {
    if (d.kind === 'other' || d.participants.length !== 1 || d.countries.length !== 2) continue;
    const pid = d.participants[0] as number;
    if (!headlined.has(pid)) continue;
    const own = stateOf(pid);
    for (const c of d.countries) if (c !== own) open.add(c);
  }
  return open.size === 1 ? ([...open][0] as string) : null;
}

// Page furniture: bylines, captions, "Read more", tag lists and teasers of unrelated stories.
// Facts are taken only from sentences that survive this step.
import type { Sentence } from './sentences.ts';

// A line that starts the tail of the page: everything from here on is not the story.
const TAIL_START =
  /^(?:read more\b|read also\b|also read\b|related(?: articles| stories| news)?\b|tags?\s*:|keywords?\s*:|see also\b|you may also like|most popular|more from\b|recommended\b|trending\b|latest news\b|home page$|leave a comment|share this\b|follow us\b|subscribe\b|comments?$|\(?[A-Z]{2,4}\/[A-Z]{2,4}\)?$)/i;

// "Read more: <headline>" on one line: a teaser inside the story, not necessarily its end.
const INLINE_TEASER = /^(?:read more|read also|also read|see also)\s*[:\-–—]\s*\S.{10,}$/i;
// A paragraph of the story: several words ending a sentence (teaser headlines have no period).
const STORY_PARAGRAPH = /^(?:\S+\s+){7,}.*[.!?]["”’)]?$/;

/** A byline: "By Jane Doe". */
const BYLINE = /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*$/u;

// Single lines that are furniture wherever they appear.
const LINE_FURNITURE: RegExp[] = [
  BYLINE,
  /^by\s+\p{Ll}+$/u, // "by admin"
  /\bpublished\b.*\b\d{4}\b.*\|/i, // "Jane Doe Published May 19, 2023 | 08:22 PM"
  /^(?:photo|image|file photo|video|watch)\s*:/i,
  /\b(?:PHOTO|IMAGE|CREDIT)\s*:\s*[\p{Lu}\p{N} ,.&/-]+$/u, // caption with a photo credit
  /- Copyright\b/,
  /\bImage:\s*\p{Lu}+\s*$/u,
  /^press "?enter"? to skip/i,
  /^press releases?$/i,
  /^home\s*»/i,
  /^[\p{Lu}][\p{L}&' -]{0,25}(?:\s+[>»›]\s+[\p{Lu}][\p{L}&' -]{0,25}){1,5}$/u, // breadcrumbs "Home > Politics > Region"
  /^[•·]\s/,
  /^(?:share|tweet|email|print)$/i,
  /^advertisement$/i, // an advert's slot, anywhere in the story
  /\|\s*\d+\s*min(?:ute)?s? read\s*$/i, // "World | Politics | 4 min read"
];

/** An author's note of an op-ed on a line of its own: "The author is …", "The writer is …". */
const AUTHOR_NOTE = /^(?:the (?:author|writer) is) /im;

export interface Furniture {
  /** Sentences kept as story text. */
  keep: (s: Sentence) => boolean;
}

/** Where the line of a sentence starts and ends in the body (end exclusive, before its newline). */
function lineBounds(body: string, s: Sentence): [number, number] {
  const a = body.lastIndexOf('\n', s.start - 1) + 1;
  let b = body.indexOf('\n', s.end);
  if (b < 0) b = body.length;
  return [a, b];
}

/** Return the sentences that belong to the story. */
export function dropFurniture(body: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  // an op-ed whose author's note names no one ("The author is Spain's Secretary of State …") keeps its byline: the
  // author's name
  const authorNote = AUTHOR_NOTE.test(body);
  // the line tests run once per line, not once per sentence
  let lastLine = '';
  let lastFurniture = false;
  // after an inline teaser ("READ MORE: Sudan talks stall"), lines are teasers until a
  // paragraph of the story resumes
  let teasers = false;
  // has a paragraph of the story been kept yet?
  let storyBegun = false;
  // the bounds of the current line: a sentence inside them is on the same line when no newline
  // lies between them, so its bounds and trimmed text are not searched for again
  let lineA = -1;
  let lineB = -1;
  let line = '';
  for (const s of sentences) {
    if (!(s.start >= lineA && s.end <= lineB)) {
      [lineA, lineB] = lineBounds(body, s);
      line = body.slice(lineA, lineB).trim();
      const nl = body.indexOf('\n', lineA);
      if (nl >= 0 && nl < lineB) lineB = -1; // a sentence across lines: no reuse
    }
    const atLineStart = lineA === s.start || line.startsWith(s.text);
    if (atLineStart && TAIL_START.test(s.text)) {
      // a bare one ("Read more", "TRENDING NOW") starts the tail of teasers; one with its headline
      // ("Read more: Five things about trade") is a teaser line wherever it stands, and the story may go on
      // after it (nor is any of them a tail before the story: "TRENDING: … | …" above the first paragraph)
      if (!INLINE_TEASER.test(line) && storyBegun) break;
      teasers = true;
      lastLine = line;
      lastFurniture = true;
      continue;
    }
    if (line !== lastLine) {
      lastLine = line;
      if (teasers && STORY_PARAGRAPH.test(line)) teasers = false;
      lastFurniture = teasers || (LINE_FURNITURE.some((re) => re.test(line)) && !(authorNote && !storyBegun && BYLINE.test(line)));
    }
    if (lastFurniture) continue;
    if (!storyBegun && STORY_PARAGRAPH.test(line)) storyBegun = true;
    out.push(s);
  }
  return out;
}

// Meetings per month as a small SVG bar chart; months without meetings between the first and the
// last one are drawn as gaps, so the x axis is real time.
import type { MonthCount } from './api.ts';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_MONTHS = 240;

/** Every month from the first to the last of `counts` (YYYY-MM), zero where the API left one out. */
export function fillMonths(counts: readonly MonthCount[]): MonthCount[] {
  const sorted = [...counts].filter((c) => /^\d{4}-\d{2}$/.test(c.month)).sort((a, b) => (a.month < b.month ? -1 : 1));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const byMonth = new Map(sorted.map((c) => [c.month, c.meetings]));
  const out: MonthCount[] = [];
  let [y, m] = first.month.split('-').map(Number) as [number, number];
  for (let i = 0; i < MAX_MONTHS; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, meetings: byMonth.get(month) ?? 0 });
    if (month >= last.month) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Replaces the content of `host` with the chart (or a one-line empty state). */
export function renderTimeline(host: HTMLElement, counts: readonly MonthCount[], subject: string): void {
  host.replaceChildren();
  const months = fillMonths(counts);
  if (months.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = `No dated meetings of ${subject} in this range.`;
    host.append(p);
    return;
  }
  const total = months.reduce((s, c) => s + c.meetings, 0);
  const max = Math.max(...months.map((c) => c.meetings));
  const width = 640;
  const height = 120;
  const pad = { top: 10, right: 8, bottom: 22, left: 28 };
  const slot = (width - pad.left - pad.right) / months.length;
  const barW = Math.max(2, Math.min(28, slot * 0.8));
  const plotH = height - pad.top - pad.bottom;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'timeline-chart' });
  svg.setAttribute(
    'aria-label',
    `Meetings per month for ${subject}: ${total} dated meeting${total === 1 ? '' : 's'}; ` +
      months.filter((c) => c.meetings > 0).map((c) => `${c.month}: ${c.meetings}`).join(', '),
  );
  svg.append(el('line', { x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH, class: 'axis' }));
  const maxLabel = el('text', { x: pad.left - 4, y: pad.top + 8, 'text-anchor': 'end', class: 'tick' });
  maxLabel.textContent = String(max);
  svg.append(maxLabel);
  const labelEvery = Math.max(1, Math.ceil(months.length / 8));
  months.forEach((c, i) => {
    const x = pad.left + i * slot + (slot - barW) / 2;
    const h = max === 0 ? 0 : (c.meetings / max) * plotH;
    const bar = el('rect', { x, y: pad.top + plotH - h, width: barW, height: Math.max(h, c.meetings ? 1 : 0), class: 'bar', 'data-month': c.month });
    const title = el('title', {});
    title.textContent = `${c.month}: ${c.meetings} meeting${c.meetings === 1 ? '' : 's'}`;
    bar.append(title);
    svg.append(bar);
    if (i % labelEvery === 0 || i === months.length - 1) {
      const t = el('text', { x: pad.left + i * slot + slot / 2, y: height - 6, 'text-anchor': 'middle', class: 'tick' });
      t.textContent = c.month;
      svg.append(t);
    }
  });
  host.append(svg);
}

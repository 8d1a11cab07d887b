// The search box: an ARIA combobox whose suggestions are officials (the API's full-text search)
// and countries (matched here against the list loaded once).
import type { Api, CountryRef, OfficialSuggestion } from './api.ts';

export type Selection = { type: 'official'; official: OfficialSuggestion } | { type: 'country'; country: CountryRef };

export interface SearchBoxOptions {
  api: Api;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  countries: () => readonly CountryRef[];
  onSelect: (s: Selection) => void;
  onError: (err: unknown) => void;
}

const DEBOUNCE_MS = 180;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchCountries(all: readonly CountryRef[], text: string, max = 4): CountryRef[] {
  const q = fold(text.trim());
  if (!q) return [];
  const scored: { c: CountryRef; score: number }[] = [];
  for (const c of all) {
    const name = fold(c.name);
    const score = c.code.toLowerCase() === q ? 0 : name.startsWith(q) ? 1 : name.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 2 : -1;
    if (score >= 0) scored.push({ c, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name)).slice(0, max).map((s) => s.c);
}

export function attachSearch(opts: SearchBoxOptions): { clear(): void } {
  const { api, input, listbox, status } = opts;
  let items: Selection[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  let seq = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll<HTMLElement>('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = listbox.querySelector<HTMLElement>(`#suggestion-${i}`);
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.type === 'official' ? s.official.name : s.country.name;
    close();
    opts.onSelect(s);
  };

  const render = (text: string) => {
    listbox.replaceChildren();
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'no-match';
      li.setAttribute('role', 'presentation');
      li.textContent = `No official or country matches “${text}”.`;
      listbox.append(li);
      status.textContent = `No official or country matches “${text}”.`;
    } else {
      items.forEach((s, i) => {
        const li = document.createElement('li');
        li.id = `suggestion-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const main = document.createElement('span');
        main.className = 'name';
        const sub = document.createElement('span');
        sub.className = 'sub';
        if (s.type === 'official') {
          main.textContent = s.official.name;
          sub.textContent = [s.official.country?.name ?? s.official.organization?.code ?? 'no country', s.official.titles[0]].filter(Boolean).join(' · ');
          li.dataset.key = s.official.key;
        } else {
          main.textContent = s.country.name;
          sub.textContent = `country · ${s.country.code}`;
          li.dataset.code = s.country.code;
        }
        li.append(main, ' ', sub);
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
        li.addEventListener('click', () => choose(i));
        listbox.append(li);
      });
      status.textContent = `${items.length} suggestion${items.length === 1 ? '' : 's'}; use the arrow keys to choose.`;
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const lookup = async (text: string) => {
    const mine = ++seq;
    inflight?.abort();
    inflight = new AbortController();
    input.setAttribute('aria-busy', 'true');
    try {
      const countries = matchCountries(opts.countries(), text).map((country): Selection => ({ type: 'country', country }));
      const officials = text.trim().length >= 2 ? await api.searchOfficials(text.trim(), 8, inflight.signal) : [];
      if (mine !== seq) return;
      items = [...officials.map((official): Selection => ({ type: 'official', official })), ...countries];
      render(text);
    } catch (err) {
      if (mine !== seq || (err instanceof DOMException && err.name === 'AbortError')) return;
      close();
      opts.onError(err);
    } finally {
      if (mine === seq) input.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value;
    if (!text.trim()) {
      seq++;
      inflight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void lookup(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      if (listbox.hidden) listbox.hidden = false;
      setActive((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      if (!listbox.hidden && items.length) {
        e.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    clear() {
      input.value = '';
      close();
    },
  };
}

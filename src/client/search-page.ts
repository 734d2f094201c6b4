/**
 * The search page in the browser: reads the query and filters from the URL, runs the search
 * (src/search/create-search.ts: Pagefind, phrase first, then the looser query, narrowed, counted
 * and ordered with the facet table), draws filters with counts and the results, and keeps the URL
 * in step so a result list can be shared.
 */
import { t } from '../i18n/t-client';
import { escapeHtml } from '../lib/escape-html';
import type { ClientUiKey } from '../i18n/th-client';
import { SEARCH_FILTER_KEYS } from '../search/record';
import { planQuery } from '../search/query';
import { searchBundle } from '../search/bundle';
import {
  createSearch,
  PAGEFIND_OPTIONS,
  type KnowledgeBaseSearch,
  type SearchAnswer,
  type SearchResult,
} from '../search/create-search';
import type { PagefindSearcher } from '../search/run';
import { filterOptions, filterValueLabel, yearOrder } from '../search/results';
import { readSearchState, writeSearchState, type SearchState } from '../search/url-state';

interface Pagefind extends PagefindSearcher<SearchResult> {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 24;
const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const note = root.querySelector<HTMLElement>('[data-search-note]')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** Made at the first search, which starts loading Pagefind. */
let search: KnowledgeBaseSearch | undefined;
/** Case counts per filter value for the whole collection, built into the page. */
const allFilters: Record<string, Record<string, number>> = JSON.parse(
  root.querySelector('#filter-totals')?.textContent ?? '{}',
);
let state: SearchState = readSearchState(location.search);
let pending: SearchResult[] = [];
let generation = 0;

const BUNDLE = '/pagefind/';
/** The facet table, common words and hot lists, each fetched once, when a search first needs it. */
const bundle = searchBundle(BUNDLE);

async function loadPagefind(): Promise<Pagefind> {
  // The index is written after the build, so it is imported at run time, not bundled.
  const url = `${BUNDLE}pagefind.js`;
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  // In Pagefind's web worker (its default): unpacking the index and searching it then take no turn
  // of the page's main thread (one task of 40 ms here, four times that on a slow phone), for one
  // file more (12 KB) before the first results (scripts/bench/README.md, Lighthouse).
  await module.options({ noWorker: false, ...PAGEFIND_OPTIONS });
  await module.init();
  return module;
}

function selectedFilters(): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
    (selected[box.name] ??= []).push(box.value);
  return selected;
}

function drawFilters(counts: Record<string, Record<string, number>>) {
  const selected = state.filters;
  filtersBox.innerHTML = SEARCH_FILTER_KEYS.map((key) => {
    const options = filterOptions(key, allFilters[key] ?? {});
    if (options.length === 0) return '';
    const items = options
      .map((option) => {
        const checked = selected[key]?.includes(option.value) ? ' checked' : '';
        // Until the facet table is loaded, a key's counts are the collection's totals.
        const count = counts[key] ? (counts[key][option.value] ?? 0) : (allFilters[key]?.[option.value] ?? 0);
        return `<li><label><input type="checkbox" name="${key}" value="${escapeHtml(option.value)}"${checked}> ${escapeHtml(option.label)} <span class="count">(${count})</span></label></li>`;
      })
      .join('');
    const open = selected[key]?.length || key === 'area' ? ' open' : '';
    return `<details${open}><summary>${t(`searchPage.filter.${key}` as ClientUiKey)}</summary><fieldset><legend class="visually-hidden">${t(`searchPage.filter.${key}` as ClientUiKey)}</legend><ul>${items}</ul></fieldset></details>`;
  }).join('');
}

/** The answer whose results are on the page (their excerpts mark what it found). */
let shown: SearchAnswer | undefined;

async function drawResults(results: SearchResult[], run: number) {
  const batch = results.slice(0, PAGE_SIZE);
  pending = results.slice(PAGE_SIZE);
  // One batch at a time: a second click while this one loads would draw the batches out of order.
  more.disabled = true;
  const items = await Promise.all(batch.map((result) => result.data()));
  if (run !== generation) return;
  list.insertAdjacentHTML(
    'beforeend',
    items
      .map((item) => {
        const meta = [item.meta.area, item.meta.place, item.meta.year]
          .filter((part): part is string => Boolean(part))
          .map(escapeHtml)
          .join(' · ');
        return `<li class="result"><h2><a href="${escapeHtml(item.url)}">${escapeHtml(item.meta.title ?? item.url)}</a></h2><p class="muted">${meta}</p><p class="excerpt">${search!.excerpt(shown!, item, EXCERPT_WORDS)}</p></li>`;
      })
      .join(''),
  );
  more.hidden = pending.length === 0;
  more.disabled = false;
}

function drawEmpty(query: string) {
  const active = SEARCH_FILTER_KEYS.flatMap((key) =>
    (state.filters[key] ?? []).map(
      (value) => `${t(`searchPage.filter.${key}` as ClientUiKey)}: ${filterValueLabel(key, value)}`,
    ),
  );
  const areaLinks = root.querySelector<HTMLTemplateElement>('template[data-browse]')!.innerHTML;
  empty.innerHTML =
    `<p><strong>${escapeHtml(query ? t('searchPage.none', { query }) : t('searchPage.noneFiltered'))}</strong></p>` +
    (active.length
      ? `<p>${t('searchPage.activeFilters')}: ${active.map(escapeHtml).join(', ')}</p><p><button type="button" class="button" data-clear-filters>${t('searchPage.clearFilters')}</button></p>`
      : '') +
    `<p>${t('searchPage.tryBrowse')}</p>${areaLinks}`;
  empty.hidden = false;
}

async function runSearch() {
  const run = ++generation;
  const query = state.q;
  const selection = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, state.filters[key] ?? []]));
  const hasFilters = SEARCH_FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
  const order = yearOrder(state.filters.sort?.[0]);
  list.innerHTML = '';
  empty.hidden = true;
  note.textContent = '';
  more.hidden = true;
  if (planQuery(query).terms.length === 0 && !hasFilters) {
    status.textContent = t('searchPage.prompt');
    drawFilters(allFilters);
    return;
  }
  status.textContent = t('searchPage.loading');
  search ??= createSearch(loadPagefind(), bundle);
  const answer = await search.run({ query, selection, order });
  if (run !== generation) return;
  const { plan, results } = answer;
  shown = answer;
  if (answer.matched === 'words' && plan.phrase) note.textContent = t('searchPage.looser', { query: plan.display });
  const count = results.length;
  if (count === 0) drawEmpty(plan.display);
  else await drawResults(results, run);
  if (run !== generation) return;
  // Announced once the results are on the page.
  status.textContent = query.trim()
    ? t('searchPage.countFor', { count, query: plan.display })
    : t('searchPage.count', { count });
  const counts = await search.filterCounts(answer);
  if (run === generation) drawFilters(counts);
}

function updateUrl(push: boolean) {
  const url = `${location.pathname}${writeSearchState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function readForm(): SearchState {
  const filters = selectedFilters();
  if (sortSelect.value !== 'relevance') filters.sort = [sortSelect.value];
  return { q: input.value, filters };
}

function showState() {
  input.value = state.q;
  sortSelect.value = state.filters.sort?.[0] ?? 'relevance';
}

let typingTimer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => {
    state = readForm();
    updateUrl(false);
    void runSearch();
  }, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  state = readForm();
  updateUrl(true);
  void runSearch();
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  state = readForm();
  updateUrl(true);
  void runSearch();
});
empty.addEventListener('click', (event) => {
  if (!(event.target as HTMLElement).matches('[data-clear-filters]')) return;
  state = { q: state.q, filters: state.filters.sort ? { sort: state.filters.sort } : {} };
  updateUrl(true);
  void runSearch();
});
more.addEventListener('click', () => void drawResults(pending, generation));
window.addEventListener('popstate', () => {
  state = readSearchState(location.search);
  showState();
  void runSearch();
});

async function start() {
  root.classList.add('ready');
  showState();
  try {
    await runSearch();
  } catch (error) {
    status.textContent = t('searchPage.error');
    console.warn(error);
  }
}
void start();

/**
 * The tambon finder on /places/: loads the tambon list on first use, matches names as they are
 * typed, links tambons that have a page, and for the others names the nearest cases.
 */
import { t } from '../i18n/t-client';
import { escapeHtml } from '../lib/escape-html';
import { matchTambons, nearbyCases, unpackTambons, type FinderData, type FinderTambon } from '../places/finder';
import { formatPlaceLabel } from '../places/labels';

const LIMIT = 20;
const root = document.querySelector<HTMLElement>('[data-tambon-finder]')!;
const form = root.querySelector('form')!;
const input = root.querySelector<HTMLInputElement>('#tambon-query')!;
const status = root.querySelector<HTMLElement>('#finder-status')!;
const list = root.querySelector<HTMLElement>('[data-finder-results]')!;

let loaded: Promise<{ data: FinderData; tambons: FinderTambon[] }> | undefined;
const load = () =>
  (loaded ??= fetch('/places/finder.json')
    .then((response) => response.json() as Promise<FinderData>)
    .then((data) => ({ data, tambons: unpackTambons(data) })));

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;

function describe(data: FinderData, tambon: FinderTambon): string {
  const place = formatPlaceLabel({ tambon: tambon.name, district: tambon.district, province: tambon.province });
  const page = data.pages[tambon.code];
  if (page) return `<li>${link(page, place)} <span class="muted">— ${t('places.finderHasCases')}</span></li>`;
  const near = nearbyCases(data, tambon.code);
  const nearby = [...near.inDistrict, ...near.inProvince];
  return (
    `<li><strong>${escapeHtml(place)}</strong><br>${escapeHtml(t('places.finderNoCase', { name: tambon.name }))}` +
    (nearby.length
      ? `<br>${t('places.finderNearby')}: ${nearby.map((c) => link(c.url, c.title)).join(', ')}`
      : `<br><span class="muted">${t('places.finderNoNearby')}</span>`) +
    '</li>'
  );
}

async function find() {
  const query = input.value.trim();
  if (!query) {
    list.innerHTML = '';
    status.textContent = '';
    return;
  }
  status.textContent = t('places.finderLoading');
  const { data, tambons } = await load();
  if (input.value.trim() !== query) return;
  const matches = matchTambons(tambons, query);
  list.innerHTML = matches
    .slice(0, LIMIT)
    .map((tambon) => describe(data, tambon))
    .join('');
  status.textContent =
    matches.length === 0
      ? t('places.finderNone')
      : matches.length > LIMIT
        ? t('places.finderMore', { shown: LIMIT, count: matches.length })
        : t('places.finderCount', { count: matches.length });
}

let timer: number | undefined;
input.addEventListener('focus', () => void load(), { once: true });
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void find(), 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void find();
});

/**
 * The home page's save button: says the size first (from the build's summary), then stores every
 * file of the offline manifest in Cache Storage with progress shown; the service worker reads it.
 */
import {
  formatMegabytes,
  MANIFEST_URL,
  SERVICE_WORKER_URL,
  SUMMARY_URL,
  type OfflineManifest,
  type OfflineSummary,
} from '../offline/manifest';
import { isStored, removeOtherLibraries, SAVE_HEADER, saveLibrary } from '../offline/library';

const panel = document.querySelector<HTMLElement>('[data-offline]');
const button = panel?.querySelector<HTMLButtonElement>('[data-offline-save]');
const sizeLine = panel?.querySelector<HTMLElement>('[data-offline-size]');
const bar = panel?.querySelector<HTMLProgressElement>('[data-offline-progress]');
const status = panel?.querySelector<HTMLElement>('[data-offline-status]');
/** The panel's messages (th.ts offline.*), passed in data-texts. */
const texts = JSON.parse(panel?.dataset['texts'] ?? '{}') as Record<string, string>;
// As src/i18n/t.ts fills its strings; not imported, so the home page loads no string table.
const t = (key: string, values: Record<string, string | number> = {}) =>
  (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { cache: 'no-cache', headers: { [SAVE_HEADER]: '1' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
};
const fetchFile = (url: string) => fetch(url, { cache: 'no-cache', headers: { [SAVE_HEADER]: '1' } });

async function save() {
  if (!button || !bar || !status) return;
  button.disabled = true;
  try {
    const manifest = await fetchJson<OfflineManifest>(MANIFEST_URL);
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < manifest.bytes)
      throw new Error(t('noRoom', { size: formatMegabytes(manifest.bytes) }));
    await navigator.storage?.persist?.();
    await navigator.serviceWorker.register(SERVICE_WORKER_URL);
    bar.hidden = false;
    await saveLibrary(caches, manifest, {
      fetchFile,
      onProgress: (progress) => {
        bar.value = progress.bytes / Math.max(progress.totalBytes, 1);
        status.textContent = t('progress', {
          files: progress.files,
          total: progress.totalFiles,
          bytes: formatMegabytes(progress.bytes),
          size: formatMegabytes(progress.totalBytes),
        });
      },
    });
    await removeOtherLibraries(caches, manifest.version);
    bar.value = 1;
    status.textContent = t('done');
    panel?.setAttribute('data-offline-stored', manifest.version);
  } catch (error) {
    status.textContent = t('failed', { error: error instanceof Error ? error.message : String(error) });
  } finally {
    button.disabled = false;
  }
}

async function show() {
  if (!panel || !sizeLine || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  panel.hidden = false;
  button?.addEventListener('click', save);
  try {
    const summary = await fetchJson<OfflineSummary>(SUMMARY_URL);
    sizeLine.textContent = t('size', { size: formatMegabytes(summary.bytes), count: summary.count });
    panel.setAttribute('data-offline-bytes', String(summary.bytes));
    if (await isStored(caches, summary.version)) {
      status.textContent = t('stored');
      panel.setAttribute('data-offline-stored', summary.version);
    }
  } catch {
    sizeLine.textContent = t('sizeUnknown');
  }
}

void show();

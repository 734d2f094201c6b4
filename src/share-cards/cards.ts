/**
 * The share cards: the picture LINE, Facebook and X show beside a shared link. One for the
 * library (home and general pages) and one per core area (its pages and its cases' pages).
 */
import { CORE_AREAS, coreArea, type CoreAreaSlug } from '../cases/vocabulary';
import { t } from '../i18n/t';

/** Open Graph's preferred size (1.91:1), which LINE and Facebook show uncropped. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export const SITE_SHARE_PATH = '/share/site.png';
export const areaSharePath = (area: CoreAreaSlug) => `/share/areas/${area}.png`;

/** A share image as pages refer to it: its site path and its text alternative. */
export interface ShareImage {
  path: string;
  alt: string;
}

/** What a card says, top to bottom. */
export interface ShareCardText {
  /** The small line above the heading. */
  eyebrow: string;
  heading: string;
  /** Under the heading, e.g. the case count. */
  line: string;
  /** The site's address, bottom right. */
  host: string;
}

export function siteShareImage(caseCount: number): ShareImage {
  return { path: SITE_SHARE_PATH, alt: t('share.siteAlt', { site: t('site.name'), count: caseCount }) };
}

export function areaShareImage(area: CoreAreaSlug, caseCount: number): ShareImage {
  return { path: areaSharePath(area), alt: t('share.areaAlt', { area: coreArea(area).th, count: caseCount }) };
}

export function siteCardText(caseCount: number, host: string): ShareCardText {
  return {
    eyebrow: t('site.tagline'),
    heading: t('site.name'),
    line: t('share.siteLine', { count: caseCount }),
    host,
  };
}

export function areaCardText(area: CoreAreaSlug, caseCount: number, host: string): ShareCardText {
  const { order, th } = coreArea(area);
  return {
    eyebrow: t('share.areaEyebrow', { order }),
    heading: th,
    line: t('share.areaLine', { count: caseCount }),
    host,
  };
}

export const SHARE_AREAS = CORE_AREAS.map((area) => area.slug);

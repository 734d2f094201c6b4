import { BANGKOK_TIME_ZONE } from '../thai/dates';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: BANGKOK_TIME_ZONE,
  weekday: 'short',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment as RSS 2.0 writes dates (RFC 822), in Bangkok time: "Wed, 02 Dec 2026 00:00:00 +0700".
 * @astrojs/rss writes pubDate in GMT only, which shows a case reviewed on 2 December as 1 December
 * 17:00. Thailand keeps +07:00 all year (no daylight saving).
 */
export function rssDateInBangkok(date: Date): string {
  const part = Object.fromEntries(parts.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.weekday}, ${part.day} ${part.month} ${part.year} ${part.hour}:${part.minute}:${part.second} +0700`;
}

import type { BookVolume } from '../../cases/book';
import { t } from '../../i18n/t';

/** A book page's title: the book's, with the volume's number when the book has several. */
export const bookPageTitle = (title: string, volume: Pick<BookVolume<never>, 'number' | 'count'>): string =>
  volume.count > 1 ? `${title} ${t('book.volumeShort', { number: volume.number })}` : title;

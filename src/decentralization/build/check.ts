import type { Problem } from '../../cases/validate/problem';
import type { CountsFile, SeriesFile } from '../../schemas/decentralization';
import { COUNTS_FILE, readTrackerFile, readTrackerFiles, SERIES_FILE } from './files';
import {
  checkCountsFile,
  checkSeriesFile,
  checkTrackerEntries,
  entrySlugOf,
  type TrackerCheckOptions,
} from './validate';

export interface TrackerContentCheck {
  problems: Problem[];
  /** Slugs of every entry file, valid or not, so a case naming a broken entry is not also told it does not exist. */
  slugs: Set<string>;
  counts?: CountsFile | undefined;
  series?: SeriesFile | undefined;
}

/**
 * Checks every tracker file under `root`: the entries, the counts and the series, as the build and
 * `npm run validate` do. Every problem is reported; none stops the others from being found.
 */
export async function checkTrackerContent(
  root: string,
  options: TrackerCheckOptions = {},
): Promise<TrackerContentCheck> {
  const files = await readTrackerFiles(root);
  const { problems } = checkTrackerEntries(files, options);
  const counts = checkCountsFile(await readTrackerFile(root, COUNTS_FILE));
  const series = checkSeriesFile(await readTrackerFile(root, SERIES_FILE));
  return {
    problems: [...problems, ...counts.problems, ...series.problems],
    slugs: new Set(files.filter(({ file }) => /\.ya?ml$/.test(file)).map(({ file }) => entrySlugOf(file))),
    counts: counts.counts,
    series: series.series,
  };
}

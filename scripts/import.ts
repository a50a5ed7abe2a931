/**
 * `npm run import -- <kind> <file> [options]`: turns a department's spreadsheet, KML, GPX, GeoJSON or GTFS
 * feed into entries of a content pack. A dry run unless --write. See src/import/ and the README.
 */
import cliProgress from 'cli-progress';
import { runImport } from '../src/import/run.ts';

const result = await runImport(process.argv.slice(2), {
  progress: (total) => {
    // On a terminal only: a bar redrawn into a log file is noise.
    if (!process.stderr.isTTY) return { update() {}, stop() {} };
    const bar = new cliProgress.SingleBar(
      { format: 'reading {bar} {value}/{total} rows', stream: process.stderr, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (n) => bar.update(n), stop: () => bar.stop() };
  },
});
console.log(result.lines.join('\n'));
process.exitCode = result.code;

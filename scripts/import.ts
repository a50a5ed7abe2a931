/**
 * `npm run import -- <kind> <file> [options]`: turns a department's spreadsheet, KML, GPX, GeoJSON or GTFS
 * feed into entries of a content pack. A dry run unless --write. See src/import/ and the README.
 * --help is answered from the message catalog alone: the importer and its readers load only for a real run.
 */
export {};

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  const { packMessages } = await import('../src/pack/messages/index.ts');
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  console.log(packMessages(lang).import.cli.usage);
} else {
  const { runImport } = await import('../src/import/run.ts');
  // On a terminal only: a bar redrawn into a log file is noise.
  const cliProgress = process.stderr.isTTY ? (await import('cli-progress')).default : undefined;
  const result = await runImport(argv, {
    progress: (total) => {
      if (!cliProgress) return { update() {}, stop() {} };
      const bar = new cliProgress.SingleBar(
        { format: '{bar} {value}/{total}', stream: process.stderr, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      return { update: (n) => bar.update(n), stop: () => bar.stop() };
    },
  });
  console.log(result.lines.join('\n'));
  process.exitCode = result.code;
}

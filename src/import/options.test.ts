import { describe, expect, it } from 'vitest';
import { en, zh } from '../pack/messages/index.ts';
import { parseCommand } from './options.ts';

const error = (argv: string[]) => {
  const r = parseCommand(argv, en.import);
  return 'error' in r ? r.error : undefined;
};

describe('parseCommand', () => {
  it('reads a full command', () => {
    const r = parseCommand(['sites', 'a.csv', '--crs', 'gcj02', '--kind', '村', '--region', '浙江省/嘉兴市', '--source', 'seed-002', '--write'], zh.import);
    if (!('command' in r)) throw new Error(JSON.stringify(r));
    expect(r.command).toMatchObject({ kind: 'sites', file: 'a.csv', write: true, sourceKeys: ['seed-002'] });
    expect(r.command.options).toMatchObject({
      crs: 'gcj02',
      kind: 'village',
      region: { province: '浙江省', city: '嘉兴市' },
      sources: ['seed-002'],
      force: false,
    });
  });

  it.each([
    [['sites'], /give a kind and a file/],
    [['csv', 'a.csv'], /unknown kind "csv": use one of sites, kml, gpx, geojson, gtfs/],
    [['sites', 'a.csv', '--precision', 'roughly'], /--precision "roughly"/],
    [['sites', 'a.csv', '--precision', 'approximate: x', '--survey'], /say different things/],
    [['sites', 'a.csv', '--kind', 'farm'], /--kind "farm"/],
    [['sites', 'a.csv', '--replace-body'], /only means something with --force/],
    [['sites', 'a.csv', '--route', 'X'], /--route is for gtfs imports only/],
    [['gpx', 'a.gpx', '--mode', 'plane'], /--mode "plane"/],
    [['gpx', 'a.gpx', '--attach', 'routes'], /--attach "routes": write collection\/id/],
    [['sites', 'a.csv', '--colour', 'red'], /Unknown option '--colour'/],
    [['sites', 'a.csv', '--merge', '--new'], /--merge and --new say different things/],
  ])('%j', (argv, message) => {
    expect(error(argv)).toMatch(message);
  });
});

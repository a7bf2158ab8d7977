/** The regencies and cities of the installed idn-area-data package as "code|province code|name" rows. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export function readRegencyRows(): string[] {
  const require = createRequire(import.meta.url);
  const csv = readFileSync(require.resolve('idn-area-data/data/regencies.csv'), 'utf8');
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(',').map((x) => x.trim()).join('|'));
}

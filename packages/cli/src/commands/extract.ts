import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { Command } from 'commander';
import { z } from 'zod';
import { extract } from '@coopnews/extract';
import { decodeHtml } from '../decode-html.ts';

const ManifestLine = z.object({ url: z.string().min(1), file: z.string().min(1) });

/** A page that cannot be extracted becomes an error line; the run goes on. */
function errorLine(url: string, err: unknown, where: Record<string, unknown> = {}): string {
  const e = err as { code?: string; message?: string };
  return JSON.stringify({ url, error: { code: e.code ?? 'ERR_EXTRACT_FAILED', message: e.message ?? String(err), ...where } });
}

async function extractOne(url: string, file: string): Promise<string> {
  let html: string;
  try {
    html = decodeHtml(await readFile(file));
  } catch (err) {
    return errorLine(url, err, { file, reason: 'cannot read the HTML file' });
  }
  try {
    return JSON.stringify(extract(html, { url }));
  } catch (err) {
    return errorLine(url, err, { file });
  }
}

async function runBatch(manifest: string): Promise<void> {
  try {
    await runManifest(manifest);
  } catch (err) {
    // No manifest to read is a usage error, not a page that failed: say so on stderr, exit non-zero.
    process.stderr.write(`coopnews extract: cannot read manifest ${manifest}: ${(err as Error).message}\n`);
    process.exitCode = 2;
  }
}

async function runManifest(manifest: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(manifest, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    let parsed: z.infer<typeof ManifestLine>;
    try {
      parsed = ManifestLine.parse(JSON.parse(raw));
    } catch (err) {
      const url = (() => { try { return String((JSON.parse(raw) as { url?: unknown }).url ?? ''); } catch { return ''; } })();
      process.stdout.write(errorLine(url, { code: 'ERR_INPUT_INVALID', message: `${manifest}:${lineNo}: not a {"url","file"} JSON line: ${(err as Error).message}` }) + '\n');
      continue;
    }
    process.stdout.write((await extractOne(parsed.url, parsed.file)) + '\n');
  }
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract records from saved HTML pages; one ExtractionResult JSON object per line on stdout')
    .argument('[file]', 'one HTML file (with --url)')
    .option('--url <url>', 'the page URL to key the result by (with FILE)')
    .option('--batch <manifest>', 'a JSON-lines file of {"url": ..., "file": ...}; results come out in the same order')
    .action(async (file: string | undefined, opts: { url?: string; batch?: string }) => {
      if (opts.batch) return runBatch(opts.batch);
      if (!file || !opts.url) {
        process.stderr.write('coopnews extract: give FILE --url URL, or --batch MANIFEST\n');
        process.exitCode = 2;
        return;
      }
      process.stdout.write((await extractOne(opts.url, file)) + '\n');
    });
}

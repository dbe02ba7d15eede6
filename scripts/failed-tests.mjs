// Lists the failed tests of a `pnpm test` log, one line each with the first line of its reason:
// `.ci/run` prints them just above its totals, since whoever reads a red run may see only the
// end of its output (the tests' own reports are thousands of lines above).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** At most this many failures are listed; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Lines after a FAIL header searched for its reason: vitest prints the error's first line next,
 * or after the other headers of a group it reports together (every test behind a failed hook).
 */
const REASON_WINDOW = 60;

/** Terminal colour codes (ESC [ ... m), should a run print them despite NO_COLOR. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The line without colour codes. */
function uncoloured(line) {
  return line.replace(COLOUR, '');
}

/** The package prefix turbo puts on each line (`@hcdm/cli:test: `) and any colour codes, removed. */
function bare(line) {
  return uncoloured(line).replace(/^\S*:test:\s?/, '');
}

/** `failed: <package> <file> > <test>: <reason>` per failed test in vitest's "Failed Tests" sections, in order. */
export function failedTests(text) {
  const lines = text.split('\n');
  const failures = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = bare(lines[i]);
    const header = /^\s*FAIL\s+(.+)$/.exec(line);
    if (header === null) continue;
    const pkg = /^(\S*):test:/.exec(uncoloured(lines[i]))?.[1];
    // The first line after the header from the same package, past the other headers of a group
    // vitest prints together when their error is one (all the tests behind a failed hook).
    let reason = '';
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + REASON_WINDOW); j += 1) {
      if (/^(\S*):test:/.exec(uncoloured(lines[j]))?.[1] !== pkg) continue;
      const next = bare(lines[j]).trim();
      if (next === '' || /^FAIL\s/.test(next)) continue;
      reason = next;
      break;
    }
    failures.push(`failed: ${pkg === undefined ? '' : `${pkg} `}${header[1].trim()}${reason === '' ? '' : `: ${reason}`}`);
  }
  const listed = failures.slice(0, MAX_LISTED);
  if (failures.length > MAX_LISTED) listed.push(`failed: and ${failures.length - MAX_LISTED} more`);
  return listed.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2] ?? '';
  const listed = failedTests(path !== '' && existsSync(path) ? readFileSync(path, 'utf8') : '');
  if (listed !== '') process.stdout.write(`${listed}\n`);
}

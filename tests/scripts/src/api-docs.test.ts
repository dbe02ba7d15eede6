import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('pnpm docs:api (TypeDoc, typedoc.json)', () => {
  it('writes a reference page for each public library, with its exports', { timeout: 300_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hcdm-api-docs-')), 'api');
    // The same run as `pnpm docs:api`, into a folder of the test's own.
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'typedoc'), ['--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const libraries = ['analyses', 'analytics', 'attribution', 'core', 'identity', 'import', 'property', 'query', 'sample', 'schema', 'telecom'];
    expect(readdirSync(join(out, 'modules')).sort()).toEqual(libraries.map((name) => `_hcdm_${name}.html`));
    const analytics = readFileSync(join(out, 'modules', '_hcdm_analytics.html'), 'utf8');
    expect(analytics).toContain('href="../functions/_hcdm_analytics.openDatabase.html"');
    const core = readFileSync(join(out, 'modules', '_hcdm_core.html'), 'utf8');
    expect(core).toContain('href="../functions/_hcdm_core.normalizePhone.html"');
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeSample, type SampleManifest } from '@hcdm/sample';
import { SAMPLE_SEED, sizeKey, type DatasetSize } from './bench.sizes.js';

const MANIFEST = 'manifest.json';

/**
 * The exports of one size under `cacheDir`, generated on first use with @hcdm/sample and kept:
 * a folder counts as complete only once its manifest is written, after every file.
 */
export async function ensureDataset(cacheDir: string, size: DatasetSize): Promise<SampleManifest> {
  const dir = resolve(cacheDir, sizeKey(size));
  const manifestPath = join(dir, MANIFEST);
  if (existsSync(manifestPath)) return rebased(JSON.parse(readFileSync(manifestPath, 'utf8')) as SampleManifest, dir);
  const manifest = await writeSample(dir, { seed: SAMPLE_SEED, ...size });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * The manifest with its paths in `dir`, where it was read: a cache copied (or hard-linked) from
 * another checkout still names that checkout's folder, and what the run writes beside the
 * dataset (the phone-keyed copy, the splits) belongs in this one.
 */
function rebased(manifest: SampleManifest, dir: string): SampleManifest {
  if (manifest.dir === dir) return manifest;
  return { ...manifest, dir, files: manifest.files.map((file) => ({ ...file, path: join(dir, basename(file.path)) })) };
}

/** The path of one kind's file in a dataset. */
export function fileOf(manifest: SampleManifest, kind: 'customers' | 'listings' | 'leads' | 'calls' | 'sms'): string {
  const file = manifest.files.find((candidate) => candidate.kind === kind);
  if (file === undefined) throw new Error(`the dataset in ${manifest.dir} has no ${kind} file`);
  return file.path;
}

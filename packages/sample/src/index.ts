export { writeSample } from './write-sample.js';
export {
  SAMPLE_DEFAULTS,
  resolveSampleOptions,
  type SampleOptions,
  type SampleManifest,
  type SampleFile,
  type SampleFileKind,
  type ResolvedSampleOptions,
} from './sample.options.js';
export { SampleOptionsError } from './sample.errors.js';

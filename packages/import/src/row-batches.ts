import { statSync } from 'node:fs';
import type { DerivedColumns, ImportSpec, SqlValue } from './import.types.js';
import type { RankedProblem } from './ranked-problem.js';
import { parseRecord, type FieldProblem } from './record.parser.js';
import { readRecords } from './record.reader.js';
import { packedStringAt, packedStringSet } from '@hcdm/core';
import type { CustomerAliases, KnownKeys, RowBatch, RowRequest } from './row-batch.types.js';
import { ImportFileError, MISSING_COLUMN } from './import.errors.js';
import { CustomerResolver, type Resolution } from './customer-resolver.js';
import { TrackingTagger } from './tracking-tagger.js';

/**
 * Reads, parses and lays out the rows of a request (see RowLayout), yielding a batch whenever
 * `batchRows` rows are ready, and at the end of every read chunk a batch of no rows (with the
 * problems found in it), so that progress follows the bytes read while full batches keep their
 * one prepared statement. In the
 * direct layout a row with a problem is left out: its batch lists the problems and its key.
 */
export async function* readRowBatches(spec: ImportSpec, request: RowRequest, derived?: DerivedColumns): AsyncGenerator<RowBatch, void, void> {
  const keyIndex = spec.columns.findIndex((column) => column.column === spec.key);
  // The names the files use: a field's own, or the column mapped to it.
  const nameOf = (field: string) => request.columnNames?.[field] ?? field;
  const fields = spec.columns.map((column) => nameOf(column.field));
  const resolver = customerResolver(spec, request);
  // The phone, read after the spec's own fields, where the kind may name its customer by it.
  const phoneAt = fields.length;
  if (resolver !== null) fields.push(nameOf(spec.customerPhoneField!));
  const required = spec.columns.filter((column) => !column.parser.optional).map((column) => nameOf(column.field));
  const staged = request.layout === 'staged';
  const blank: readonly SqlValue[] = (derived?.columns ?? []).map(() => null);
  const references = referenceChecks(spec, request.knownKeys);
  const customerAt = spec.columns.findIndex((column) => column.column === spec.customerColumn);
  const tagger = trackingTagger(spec, request);
  const aliases = customerAt < 0 || request.customerAliases === undefined ? null : aliasMap(request.customerAliases);
  for (const [fileIndex, file] of request.files.entries()) {
    const totalBytes = statSync(file.path).size;
    let fileRows = 0;
    let bytesRead = 0;
    let params: SqlValue[] = [];
    let rows = 0;
    let problems: RankedProblem[] = [];
    let badKeys: string[] = [];
    let newCustomers: string[] = [];
    let untagged = 0;
    const place = (found: readonly FieldProblem[], line: number) => {
      for (const { order, ...problem } of found) problems.push({ fileIndex, line, order, problem: { file: file.path, line, ...problem } });
    };
    const progress = (): RowBatch => ({ fileIndex, fileRows, bytesRead, totalBytes, rows: 0, params: [], problems: [], badKeys: [], newCustomers: [], untagged: 0 });
    const batch = (): RowBatch => {
      const full = { fileIndex, fileRows, bytesRead, totalBytes, rows, params, problems, badKeys, newCustomers, untagged };
      params = [];
      rows = 0;
      problems = [];
      badKeys = [];
      newCustomers = [];
      untagged = 0;
      return full;
    };
    // The problems found so far without the rows: a partial batch would need a statement of its own.
    const problemsOnly = (): RowBatch => {
      const found = { ...progress(), problems, badKeys, newCustomers, untagged };
      problems = [];
      badKeys = [];
      newCustomers = [];
      untagged = 0;
      return found;
    };
    for await (const chunk of withMappingHint(readRecords(file.path, file.format, fields, required), spec, request.columnNames)) {
      for (const record of chunk.records) {
        fileRows += 1;
        const parsed = parseRecord(spec, keyIndex, record, request.settings);
        if (aliases !== null) {
          const customer = parsed.values[customerAt];
          if (typeof customer === 'string') parsed.values[customerAt] = aliases.get(customer) ?? customer;
        }
        const resolved = resolver === null || record.problem ? NOT_RESOLVED : resolver.resolve(parsed.values, record.values[phoneAt], request.settings);
        // Tagged before the references are checked: the window's listing is the row's.
        const lacksWindow = tagger !== null && parsed.problems.length === 0 && tagger.tag(parsed.values);
        const unknown = parsed.keyed ? unknownReferences(references, parsed.values, resolver, resolved.creates) : NONE_UNKNOWN;
        const ok = parsed.problems.length === 0 && unknown.length === 0 && resolved.problem === null;
        if (parsed.problems.length > 0) place(parsed.problems, record.line);
        if (resolved.problem !== null) place([resolved.problem], record.line);
        if (unknown.length > 0) place(unknown, record.line);
        if (ok && lacksWindow) untagged += 1;
        if (resolved.creates !== null) {
          // Only a good row makes its customer; a bad one is staged without one.
          if (ok) {
            resolver!.commit(resolved.creates);
            newCustomers.push(resolved.creates);
          } else parsed.values[customerAt] = null;
        }
        if (!ok && !staged) {
          if (parsed.keyed) badKeys.push(parsed.values[keyIndex] as string);
          continue;
        }
        if (!parsed.keyed) continue;
        if (staged) params.push(fileIndex, record.line, ok ? 1 : 0);
        pushAll(params, parsed.values);
        if (derived !== undefined) pushAll(params, ok ? derived.derive(parsed.values) : blank);
        rows += 1;
        if (rows === request.batchRows) yield batch();
      }
      bytesRead = chunk.bytesRead;
      yield problems.length > 0 ? problemsOnly() : progress();
    }
    yield batch();
  }
}

/**
 * A required column missing from a header, said with the mapping that would supply it: the
 * export may name it otherwise (`caller` for `phone`), or a mapping may name a column the file
 * does not have.
 */
async function* withMappingHint<T>(records: AsyncGenerator<T, void, void>, spec: ImportSpec, columnNames: RowRequest['columnNames']): AsyncGenerator<T, void, void> {
  try {
    yield* records;
  } catch (error) {
    if (!(error instanceof ImportFileError) || error.reason !== MISSING_COLUMN || error.field === null) throw error;
    const mapped = Object.entries(columnNames ?? {}).find(([, name]) => name === error.field)?.[0];
    const hint = mapped === undefined ? `if the file names it otherwise, map it: --map ${spec.kind}.NAME=${error.field}` : `mapped to ${mapped} by --map ${spec.kind}.${error.field}=${mapped}`;
    throw new ImportFileError(error.code, error.file, error.line, error.field, `${MISSING_COLUMN} (${hint})`);
  }
}

const NOT_RESOLVED: Resolution = { problem: null, creates: null };

/** The resolver of rows that may name their customer by phone, where the kind can and a phone book came. */
function customerResolver(spec: ImportSpec, request: RowRequest): CustomerResolver | null {
  if (spec.customerPhoneField === undefined || spec.customerColumn === undefined || request.phoneBook === undefined) return null;
  const order = spec.columns.findIndex((column) => column.column === spec.customerColumn);
  return new CustomerResolver(request.phoneBook, request.unknownNumbers ?? 'create', order, spec.columns[order]!.field, spec.customerPhoneField);
}

/** A merged customer's id and the customer it stands for, by alias; null when nobody was merged (no lookup per row). */
function aliasMap({ aliases, customers }: CustomerAliases): Map<string, string> | null {
  if (aliases.ends.length === 0) return null;
  const map = new Map<string, string>();
  for (let index = 0; index < aliases.ends.length; index += 1) map.set(packedStringAt(aliases, index), packedStringAt(customers, index));
  return map;
}

/** The tagger of rows that may carry a tracking number, where the kind has one and windows came. */
function trackingTagger(spec: ImportSpec, request: RowRequest): TrackingTagger | null {
  if (spec.trackingNumberColumn === undefined || request.trackingWindows === undefined) return null;
  const at = (column: string) => spec.columns.findIndex((candidate) => candidate.column === column);
  return new TrackingTagger(request.trackingWindows, at('property_id'), at(spec.trackingNumberColumn), at('occurred_at'));
}

interface ReferenceCheck {
  /** The referencing column's place in the spec. */
  readonly order: number;
  readonly field: string;
  readonly noun: string;
  readonly keys: ReadonlySet<string>;
}

function referenceChecks(spec: ImportSpec, knownKeys: KnownKeys | undefined): ReferenceCheck[] {
  if (knownKeys === undefined) return [];
  return spec.references.flatMap((reference) => {
    const keys = knownKeys[reference.column];
    const order = spec.columns.findIndex((column) => column.column === reference.column);
    if (keys === undefined || order < 0) return [];
    return [{ order, field: spec.columns[order]!.field, noun: reference.noun, keys: packedStringSet(keys) }];
  });
}

/** Shared by the rows whose references are all known (nearly all), so none allocates a list. */
const NONE_UNKNOWN: readonly FieldProblem[] = [];

/** Every reference of a keyed row to a key its table does not hold, worded as the staged check in SQL words it. */
function unknownReferences(
  checks: readonly ReferenceCheck[],
  values: readonly SqlValue[],
  resolver: CustomerResolver | null,
  creates: string | null,
): readonly FieldProblem[] {
  let unknown = NONE_UNKNOWN as FieldProblem[];
  for (let index = 0; index < checks.length; index += 1) {
    const check = checks[index]!;
    const value = values[check.order];
    if (typeof value !== 'string' || check.keys.has(value)) continue;
    // A provisional customer this row makes, or an earlier row made, is known too.
    if (check.noun === 'customer' && (value === creates || resolver?.isMade(value) === true)) continue;
    if (unknown === NONE_UNKNOWN) unknown = [];
    unknown.push({ order: check.order, field: check.field, reason: `is not a known ${check.noun}`, value });
  }
  return unknown;
}

/**
 * Indexed loops on purpose, here and in unknownReferences: they run for every row, and V8 ran
 * `for...of` here (an iterator per row) at about a third of the speed of the whole parse.
 */
function pushAll(target: SqlValue[], values: readonly SqlValue[]): void {
  for (let index = 0; index < values.length; index += 1) target.push(values[index]!);
}

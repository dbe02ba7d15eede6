import { resultToJson, type QueryResult } from '@hcdm/analytics';

/**
 * Newline-delimited JSON, one object a line, so results stream into `jq -c` or a loader: a row
 * per line (a summary is one line); a sectioned result's lines carry their section's name first,
 * `{"section":"leads","leadId":"L3",...}`, to be told apart.
 */
export function formatNdjson(result: QueryResult): string {
  if (result.shape !== 'sections') return jsonLines(result).join('');
  return result.sections.flatMap((section) => jsonLines(section.result, { section: section.name })).join('');
}

function jsonLines(result: QueryResult, tag: Record<string, string> = {}): string[] {
  const value = resultToJson(result);
  const objects = Array.isArray(value) ? value : [value];
  return objects.map((object) => `${JSON.stringify({ ...tag, ...object })}\n`);
}

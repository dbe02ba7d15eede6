import { Lexer, type Token, type Tokens } from 'marked';

/** A Markdown table as a reader sees it: alignments, and each cell's rendered text. */
export interface ParsedTable {
  readonly align: (string | null)[];
  readonly header: string[];
  readonly rows: string[][];
}

/** The block tokens of a Markdown text, as marked (a CommonMark and GFM parser) reads it. */
export function parseMarkdown(text: string): { headings: string[]; tables: ParsedTable[]; others: string[] } {
  const tokens = Lexer.lex(text);
  const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading').map((token) => `${'#'.repeat(token.depth)} ${rendered(token.tokens)}`);
  const tables = tokens
    .filter((token): token is Tokens.Table => token.type === 'table')
    .map((table) => ({
      align: table.align,
      header: table.header.map((cell) => rendered(cell.tokens)),
      rows: table.rows.map((row) => row.map((cell) => rendered(cell.tokens))),
    }));
  const others = tokens.filter((token) => !['heading', 'table', 'space'].includes(token.type)).map((token) => token.type);
  return { headings, tables, others };
}

/** The text a reader sees: escapes resolved, <br> as a line break. */
function rendered(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'html' && /^<br\s*\/?>$/i.test(token.raw)) return '\n';
      if ('tokens' in token && token.tokens && token.type !== 'escape') return rendered(token.tokens);
      return 'text' in token ? String(token.text) : token.raw;
    })
    .join('');
}

import { describe, expect, it } from 'vitest';
import { commandWords } from './command-words.js';

describe('commandWords', () => {
  it('has the words of the forms, each once, and none of their placeholders', () => {
    const words = commandWords();
    // From "show top N leads by call volume|sms volume|call duration|engagement", "show call|sms heatmap [in ZONE]", "explain lead <lead id>", "<command> in last N days".
    for (const word of ['show', 'top', 'leads', 'by', 'call', 'volume', 'sms', 'duration', 'engagement', 'heatmap', 'in', 'explain', 'lead', 'last', 'days', 'help']) {
      expect(words).toContain(word);
    }
    for (const placeholder of ['N', 'ZONE', 'id', 'or', 'phone', 'command', 'YYYY-MM-DD', 'P1,P2,...', '<lead']) {
      expect(words).not.toContain(placeholder);
    }
    expect(new Set(words).size).toBe(words.length);
    expect(words.slice(0, 4)).toEqual(['show', 'top', 'leads', 'by']);
  });
});

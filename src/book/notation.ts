// The notation page's table of reserved symbols, and the checks that a chapter keeps to it.
// Two patterns are detected, both reliably: a one-letter symbol in `$…$` directly followed by the
// words of a row ("$K$ samples", "$k = 5$ negative samples"), and the space a data point or a
// code lives in ("x \in \mathbb{R}^d", "z \in \mathbb{R}^k").

export interface NotationRow {
  symbol: string;
  words: string[];
}

export interface NotationIssue {
  line: number;
  found: string;
  message: string;
}

/** The rows of the table under the notation page's heading "## Sizes and counts". */
export function parseNotationTable(source: string): NotationRow[] {
  const table = /^## Sizes and counts\n+((?:\|.*\n)+)/m.exec(source)?.[1];
  if (!table) throw new Error('The notation page has no table under "## Sizes and counts".');
  const rows: NotationRow[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const symbol = /^\$([A-Za-z])\$$/.exec(cells[1] ?? '')?.[1];
    if (!symbol) continue;
    const words = (cells[3] ?? '')
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    rows.push({ symbol, words });
  }
  return rows;
}

/** Prose and inline math of a chapter: frontmatter, imports and display math blanked, lines kept. */
function prose(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\n[\s\S]*?\n---/, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/^import .*$/gm, blank);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every place where a chapter uses a reserved symbol, or the wrong one, for a row's meaning. */
export function notationIssues(source: string, rows: NotationRow[]): NotationIssue[] {
  const text = prose(source);
  const issues: NotationIssue[] = [];
  const phrases = rows
    .flatMap((r) => r.words.map((w) => ({ word: w, symbol: r.symbol })))
    .sort((a, b) => b.word.length - a.word.length);
  const symbolFor = (meaning: string) => rows.find((r) => r.words.includes(meaning))?.symbol;

  for (const m of text.matchAll(/\$([A-Za-z])(?:\s*=\s*[^$]{1,40})?\$\s+([^$\n<]{0,40})/g)) {
    const after = (m[2] ?? '').toLowerCase();
    const hit = phrases.find((p) => new RegExp(`^${p.word}\\b`).test(after));
    if (hit && hit.symbol !== m[1]) {
      issues.push({
        line: lineOf(text, m.index),
        found: m[0].trim(),
        message: `"${hit.word}" are written $${hit.symbol}$ (notation page), not $${m[1]}$`,
      });
    }
  }
  const spaces: [RegExp, string][] = [
    [/\bx(?:_[a-z0-9])?(?:,\s*\\dots,\s*x_[a-z])?\s*\\in\s*\\mathbb\{R\}\^\{?([A-Za-z])\b/g, 'input dimensions'],
    [/\bz(?:_[a-z0-9])?\s*\\in\s*\\mathbb\{R\}\^\{?([A-Za-z])\b/g, 'latent dimensions'],
  ];
  for (const [pattern, meaning] of spaces) {
    const want = symbolFor(meaning);
    for (const m of text.matchAll(pattern)) {
      if (want && m[1] !== want) {
        issues.push({
          line: lineOf(text, m.index),
          found: m[0],
          message: `${meaning} are written $${want}$ (notation page), not $${m[1]}$`,
        });
      }
    }
  }
  return issues;
}

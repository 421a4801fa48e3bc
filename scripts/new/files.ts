/** File helpers shared by the generators: paths from the project root, and writing only new files. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is scripts/new/files.ts). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const at = (path: string) => join(ROOT, path);

export const exists = (path: string) => existsSync(at(path));

export const read = (path: string) => readFileSync(at(path), 'utf8');

/** Writes files given by root-relative path; refuses, writing nothing, if any of them exists. */
export function writeAll(files: Readonly<Record<string, string>>): void {
  const taken = Object.keys(files).filter(exists);
  if (taken.length > 0) throw new UsageError(`Refusing to overwrite ${taken.join(', ')}.`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(at(path)), { recursive: true });
    writeFileSync(at(path), text);
  }
}

/** Replaces the text of a file that exists (the plan, a chapter the generator adds to). */
export function rewrite(path: string, text: string): void {
  if (!exists(path)) throw new UsageError(`${path} does not exist.`);
  writeFileSync(at(path), text);
}

/** A mistake in how the generator was called: printed without a stack trace. */
export class UsageError extends Error {}

/** Runs a generator's main function, printing a UsageError as a plain message with exit code 1. */
export function run(main: () => void): void {
  try {
    main();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
}

/** The first key of content/references.bib, for a sample citation that resolves. */
export function firstBibKey(bib: string): string {
  const key = /^@\w+\s*\{\s*([^,\s]+)\s*,/m.exec(bib)?.[1];
  if (!key) throw new Error('content/references.bib has no entry.');
  return key;
}

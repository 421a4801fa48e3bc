/**
 * Every figure's URL schema, found by globbing widgets/*\/state.ts, so that the hostile-input
 * tests cover a new figure as soon as it has a state file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Field, Schema } from '../../widgets/lib/url-state';
import type { Kind } from './hostile';

export interface FigureSchema {
  id: string;
  /** The folder under widgets/. */
  folder: string;
  schema: Schema<Record<string, unknown>>;
}

const WIDGETS = fileURLToPath(new URL('../../widgets/', import.meta.url));

export async function figureSchemas(): Promise<FigureSchema[]> {
  const folders = readdirSync(WIDGETS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && readdirSync(join(WIDGETS, d.name)).includes('state.ts'))
    .map((d) => d.name)
    .sort();
  return Promise.all(
    folders.map(async (folder) => {
      const mod = (await import(join(WIDGETS, folder, 'state.ts'))) as { WIDGET_ID: string; schema: FigureSchema['schema'] };
      return { id: mod.WIDGET_ID, folder, schema: mod.schema };
    }),
  );
}

export const kindOf = (field: Field<unknown>): Kind => field.kind ?? 'other';

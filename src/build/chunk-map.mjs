// @ts-check
/**
 * Writes `chunk-map.json` next to the client build: for each JavaScript chunk,
 * the chunks it imports (statically and on demand) and the source modules in it
 * with their rendered length. The size-budget test and `npm run bench` read it
 * to attribute chunks to a figure, to TF.js or to Plot; nothing on the site loads it.
 */
export const CHUNK_MAP = 'chunk-map.json';

/** @returns {import('vite').Plugin} */
export function chunkMap() {
  return {
    name: 'book:chunk-map',
    applyToEnvironment: (env) => env.name === 'client',
    generateBundle(_options, bundle) {
      /** @type {Record<string, {imports: string[], dynamicImports: string[], modules: Record<string, number>}>} */
      const chunks = {};
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const modules = Object.fromEntries(Object.entries(out.modules).map(([id, m]) => [relativeId(id), m.renderedLength]));
        chunks[out.fileName] = { imports: out.imports, dynamicImports: out.dynamicImports, modules };
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MAP, source: JSON.stringify(chunks) });
    },
  };
}

/**
 * Module ids without the machine's path: `node_modules/…` or the path inside the project.
 * @param {string} id
 */
function relativeId(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) return clean.slice(nm + 1);
  const root = process.cwd() + '/';
  return clean.startsWith(root) ? clean.slice(root.length) : clean;
}

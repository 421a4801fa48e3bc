// After the build, writes the site's Content-Security-Policy into every page as a <meta> tag and
// into dist/_headers (with frame-ancestors, which only a header can carry) for hosts that read it.
// Astro's own security.csp hashes only the scripts and styles Astro bundles, not Starlight's
// is:inline scripts or its scoped <style> blocks, so the pages are hashed here as built.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineHandlers, policyFor, withMetaPolicy } from './csp.mjs';

/** @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** @returns {import('astro').AstroIntegration} */
export default function contentSecurityPolicy() {
  return {
    name: 'book:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const pages = files.map((file) => readFileSync(file, 'utf8'));
        const handlers = files.flatMap((file, i) => inlineHandlers(pages[i] ?? '').map((h) => `${h} in ${file}`));
        if (handlers.length > 0) throw new Error(`Inline event handlers break the CSP: ${handlers.join(', ')}`);
        const policy = policyFor(pages);
        files.forEach((file, i) => writeFileSync(file, withMetaPolicy(pages[i] ?? '', policy)));
        writeFileSync(join(root, '_headers'), headersFile(policyFor(pages, { header: true })));
        logger.info(`policy written into ${files.length} pages and _headers`);
      },
    },
  };
}

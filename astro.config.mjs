// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeBook from './src/markdown/rehype-book.mjs';
import { sidebarFromParts } from './src/book/parts.mjs';
import contentSecurityPolicy from './src/security/integration.mjs';
import { chunkMap } from './src/build/chunk-map.mjs';
import { BOOK, editUrlBase } from './book.config.mjs';

export default defineConfig({
  site: BOOK.site,
  trailingSlash: 'always',
  // ASTRO_CACHE_DIR lets two builds run side by side without sharing a content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // Math is rendered to HTML at build time: no client JavaScript for equations.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }], rehypeBook],
    }),
  },
  integrations: [
    starlight({
      title: BOOK.title,
      description: BOOK.description,
      // "Edit this page" under every page, opening its source file (content/…) in the repository.
      editLink: { baseUrl: editUrlBase() },
      markdown: { processedDirs: ['./content'] },
      customCss: ['katex/dist/katex.min.css', './src/styles/book.css', './src/styles/figure-menu.css'],
      // Chapters are listed and numbered from the book's plan, not from frontmatter.
      sidebar: sidebarFromParts(new URL('./content/', import.meta.url)),
      routeMiddleware: './src/book/route-data.ts',
      components: {
        // Loads Pagefind's UI when the dialog first opens, not after every page load.
        Search: './src/components/Search.astro',
        // "Cite this chapter" at the foot of every chapter.
        Footer: './src/components/Footer.astro',
      },
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
    preact(),
    {
      // client:near: hydrate a figure when it nears the viewport or keyboard focus enters it.
      name: 'lwl-client-near',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({
            name: 'near',
            entrypoint: fileURLToPath(new URL('./widgets/lib/hydrate/client-near.ts', import.meta.url)),
          });
        },
      },
    },
    // Last, so that it hashes the pages as every other integration left them.
    contentSecurityPolicy(),
  ],
  vite: {
    plugins: [chunkMap()],
    resolve: {
      alias: {
        '~/components': new URL('./src/components', import.meta.url).pathname,
        '~/widgets': new URL('./widgets', import.meta.url).pathname,
        '~/lib': new URL('./widgets/lib', import.meta.url).pathname,
      },
    },
  },
});

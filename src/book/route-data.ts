/**
 * Starlight route middleware: a chapter's number goes into its h1, its <title> and its
 * og:title ("4 Autoencoders"), and every page gets `Astro.locals.figureLabel`, through which
 * the figure frame in widgets/lib learns its number without importing the site.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { numberedTitle } from './parts.mjs';
import { numberOf } from './index';

export const onRequest = defineRouteMiddleware((context) => {
  context.locals.figureLabel = (id) => {
    const n = numberOf(id);
    return n?.kind === 'figure' ? n.label : undefined;
  };

  const route = context.locals.starlightRoute;
  const bare = route.entry.data.title;
  const title = numberedTitle(route.id, bare);
  if (title === bare) return;
  route.entry.data.title = title;
  // Starlight computes the head before route middleware runs, so its titles are set here too.
  for (const tag of route.head) {
    if (tag.tag === 'title' && tag.content?.startsWith(bare)) tag.content = title + tag.content.slice(bare.length);
    if (tag.tag === 'meta' && tag.attrs?.['property'] === 'og:title') tag.attrs['content'] = title;
  }
});

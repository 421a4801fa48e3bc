/**
 * What a figure shows when its interactive code could not be downloaded: plain
 * DOM, since there is no island yet to render it. Offline, it says so and the
 * directive tries again by itself on the `online` event; either way it has a
 * Retry. The static fallback above it stays as it is, readable.
 */

/** The sentence for a reader who is offline and needs `what` downloaded. */
export function offlineSentence(what: string): string {
  return `You are offline: this figure needs to download ${what}. It will load when the connection returns.`;
}

export function showLoadNotice(figure: Element, before: Element, detail: string, retry: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'widget-message';
  box.dataset['kind'] = 'error';
  box.dataset['widgetLoadNotice'] = '';
  box.setAttribute('role', 'alert');
  const lead = document.createElement('p');
  lead.textContent = navigator.onLine
    ? 'The interactive part of this figure could not be downloaded; the static version above still shows it. The rest of the chapter is unaffected.'
    : offlineSentence('its interactive code');
  const small = document.createElement('small');
  small.textContent = detail;
  const info = document.createElement('p');
  info.append(small);
  const again = document.createElement('p');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Retry';
  button.addEventListener('click', retry);
  again.append(button);
  box.append(lead, info, again);
  figure.insertBefore(box, before);
  return box;
}

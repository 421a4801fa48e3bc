import { suggestWords, unknownWordMessage } from '../suggest';
import type { Embeddings } from '../core';

/** "Not in the vocabulary", with near spellings to try as buttons (keyboard operable). */
export function UnknownWord({ emb, word, onPick }: { emb: Embeddings; word: string; onPick: (w: string) => void }) {
  const suggestions = suggestWords(emb, word);
  return (
    <div class="widget-message" data-kind="error" role="alert" data-testid="unknown-word">
      <p>{unknownWordMessage(emb, word)}</p>
      {suggestions.length > 0 ? (
        <p class="emb-suggest">
          Similar words that are there:{' '}
          {suggestions.map((s) => (
            <button type="button" key={s} onClick={() => onPick(s)}>
              {s}
            </button>
          ))}
        </p>
      ) : (
        <p>Try another spelling or a more common word.</p>
      )}
    </div>
  );
}

/**
 * A small built-in corpus for the live skip-gram: short sentences about four
 * topics, so that words used in the same contexts (king, queen, prince…) end
 * up with similar vectors after a few seconds of training.
 */
export const TOPICS = {
  royalty: ['king', 'queen', 'prince', 'princess', 'crown', 'throne', 'palace', 'royal', 'castle'],
  animals: ['cat', 'dog', 'kitten', 'puppy', 'horse', 'cow', 'sheep', 'pet', 'farm'],
  food: ['bread', 'cheese', 'apple', 'soup', 'cake', 'rice', 'tasty', 'eat', 'kitchen'],
  cities: ['paris', 'rome', 'london', 'berlin', 'city', 'museum', 'train', 'streets', 'capital'],
} as const;

export type Topic = keyof typeof TOPICS;

export const CORPUS: readonly string[] = [
  'the king sat on the throne in the palace',
  'the queen sat on the throne beside the king',
  'the prince will be king one day',
  'the princess will be queen one day',
  'the king wore a golden crown',
  'the queen wore a golden crown at the palace',
  'the prince and the princess live in the royal castle',
  'the royal family lives in the palace',
  'a crown sits on the head of the king',
  'the queen rules the kingdom from her throne',
  'the king rules the kingdom from his throne',
  'the young prince rode to the castle',
  'the young princess rode to the palace',
  'the royal guards protect the king and the queen',
  'the castle has a throne room for the royal family',
  'the prince bowed to the queen',
  'the princess bowed to the king',
  'the cat sleeps on the farm',
  'the dog barks at the cat',
  'a kitten is a young cat',
  'a puppy is a young dog',
  'the dog is a loyal pet',
  'the cat is a quiet pet',
  'the horse and the cow live on the farm',
  'the sheep and the cow eat grass on the farm',
  'the farmer feeds the horse and the sheep',
  'the puppy plays with the kitten',
  'my pet dog sleeps by the door',
  'my pet cat sleeps on the bed',
  'the kitten and the puppy are pets',
  'the horse runs across the farm',
  'the cow gives milk on the farm',
  'we eat bread and cheese for lunch',
  'she baked bread in the kitchen',
  'the soup in the kitchen is tasty',
  'we eat rice and soup for dinner',
  'an apple is a tasty fruit',
  'the cake is sweet and tasty',
  'he cut the cheese and the bread in the kitchen',
  'they eat cake and apple pie',
  'the kitchen smells of fresh bread',
  'rice and soup are warm and tasty',
  'the chef made soup and cake in the kitchen',
  'children eat an apple after school',
  'paris is the capital of france',
  'rome is the capital of italy',
  'london is the capital of england',
  'berlin is the capital of germany',
  'the museum in paris is famous',
  'the museum in rome is old',
  'we took the train from london to paris',
  'we took the train from berlin to rome',
  'the streets of the city are busy',
  'the streets of london are busy at night',
  'the city has a big museum and a train station',
  'berlin is a large city with many streets',
  'paris and rome are beautiful cities',
  'the capital city has a famous museum',
  'london and berlin are busy cities',
  'the train leaves the city at noon',
];

/** Words too common to carry meaning here; left out of training, as word2vec's subsampling nearly does. */
export const STOP_WORDS = new Set(
  'the a an of in on at is are and to from with for by his her he she we they my be will one day has have after its it this that as'.split(
    ' ',
  ),
);

export function topicOf(word: string): Topic | null {
  for (const [topic, words] of Object.entries(TOPICS) as [Topic, readonly string[]][]) if (words.includes(word)) return topic;
  return null;
}

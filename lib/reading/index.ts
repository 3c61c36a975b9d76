/**
 * The reading of an item: language, tone with stars, precise flags, questions and points.
 * Shared by the extension (background), the command-line tools and the tests.
 */
export { detectLanguage, type DetectedLanguage } from './language';
export { extractPoints, ASPECTS, type Aspect, type Point, type Polarity } from './points';
export { readItem, starsOf, languageName, READING_FLAGS, type Reading, type ReadingFlag, type ReadInput, type ReadOptions } from './read';

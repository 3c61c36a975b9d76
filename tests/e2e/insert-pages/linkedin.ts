// LinkedIn's classic comment box: a real Quill 1.3.7 editor on `#composer`.
// @ts-expect-error quill 1.3.7 ships no type declarations (and @types/quill is not a dependency)
import QuillModule from 'quill';
import { exposePage } from '../editor-pages/page-api';
import { countPosts } from './post-button';

const Quill = QuillModule as new (container: string, options: object) => { getText(): string };
const quill = new Quill('#composer', { modules: { toolbar: false }, placeholder: 'Add a comment…' });
countPosts(exposePage(() => quill.getText().replace(/\n$/, '')));

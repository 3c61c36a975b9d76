// A real Quill 1.3.7 editor.
// @ts-expect-error quill 1.3.7 ships no type declarations (and @types/quill is not a dependency)
import QuillModule from 'quill';
import { exposePage } from './page-api';

interface QuillInstance {
  getText(): string;
}
const Quill = QuillModule as new (container: string, options: object) => QuillInstance;

const quill = new Quill('#quill', { modules: { toolbar: false } });
exposePage(() => quill.getText().replace(/\n$/, ''));

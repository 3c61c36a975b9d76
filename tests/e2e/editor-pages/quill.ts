// A real Quill 1.3.7 editor.
import Quill from 'quill';
import { exposePage } from './page-api';

const quill = new Quill('#quill', { modules: { toolbar: false } });
exposePage(() => quill.getText().replace(/\n$/, ''));

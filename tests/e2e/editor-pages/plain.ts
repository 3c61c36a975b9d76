// Plain boxes with no editor library: a contenteditable div, a prefilled textarea, read-only boxes.
import { exposePage } from './page-api';

const box = document.getElementById('box')!;
const api = exposePage(() => box.innerText);
const inputs: string[] = [];
box.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
Object.assign(api, { inputs });

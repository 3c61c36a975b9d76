import { describe, expect, test } from 'vitest';
import { demo } from '@/lib/sites/demo';
import type { ReplyRule } from '@/lib/sites/schema';
import { findItems, itemElementForBox, itemTreeOf } from './extract';

const article = (id: string, author: string, text: string) =>
  `<article class="rb-demo-item" data-item-id="${id}" data-kind="comment"><a class="rb-demo-author" href="https://demo.example/${author}">${author}</a>
   <div class="rb-demo-text">${text}</div><div class="rb-demo-composer"><textarea class="rb-demo-box"></textarea></div></article>`;

function pageOf(html: string) {
  document.body.innerHTML = html;
  const found = findItems(document, demo, 'https://demo.example/feed');
  const byId = (id: string) => found.find((f) => f.item.id === `demo:${id}`)!.element;
  return { tree: itemTreeOf(found), byId, found };
}

describe('which item a reply box answers', () => {
  test('a box inside an item answers that item, never a neighbour', () => {
    const { tree, byId } = pageOf(article('a', 'priya', 'Lovely buns') + article('b', 'tom', 'Cold coffee'));
    const boxes = document.querySelectorAll('textarea');
    expect(itemElementForBox(boxes[0]!, demo.reply!, tree, () => undefined)).toBe(byId('a'));
    expect(itemElementForBox(boxes[1]!, demo.reply!, tree, () => undefined)).toBe(byId('b'));
  });

  test("a post's one shared box answers the person its leading @mention names, else the post around it", () => {
    const { tree, byId, found } = pageOf(
      `<article class="rb-demo-item" data-item-id="post" data-kind="comment"><a class="rb-demo-author" href="https://demo.example/brand">brand</a>
       <div class="rb-demo-text">New roast!</div>${article('a', 'priya', 'Lovely').replace('<textarea class="rb-demo-box"></textarea>', '')}
       <textarea class="rb-demo-box" id="shared"></textarea></article>`,
    );
    const composer: ReplyRule = { ...demo.reply!, place: 'composer' };
    const mentionOf = (element: Element) => `@${found.find((f) => f.element === element)!.item.author}`;
    const box = document.getElementById('shared') as HTMLTextAreaElement;
    expect(itemElementForBox(box, composer, tree, mentionOf)).toBe(byId('post'));
    box.value = '@priya thank you!';
    expect(itemElementForBox(box, composer, tree, mentionOf)).toBe(byId('a'));
    box.value = '@nobody hi';
    expect(itemElementForBox(box, composer, tree, mentionOf)).toBe(byId('post'));
  });
});

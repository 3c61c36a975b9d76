import { browser } from 'wxt/browser';
import { runSite } from '@/lib/content/run-site';
import { demo } from '@/lib/sites/demo';
import { DEMO_FEED, type DemoEntry } from './feed';
import { listenOnDemoPage } from './page-commands';

const PROFILE_BASE = 'https://demo.replybook.example/people/';

/** Builds one item in the demo markup with DOM calls only (no HTML strings). */
function renderEntry(entry: DemoEntry, loadedAt: number): HTMLElement {
  const article = document.createElement('article');
  article.className = 'rb-demo-item';
  article.dataset.itemId = entry.id;
  article.dataset.kind = entry.kind;
  if (entry.owner) article.dataset.owner = 'true';

  const meta = document.createElement('div');
  meta.className = 'rb-demo-meta';
  const author = document.createElement('a');
  author.className = 'rb-demo-author';
  author.href = PROFILE_BASE + encodeURIComponent(entry.handle);
  author.textContent = entry.author;
  const time = document.createElement('time');
  const when = new Date(loadedAt - entry.hoursAgo * 3_600_000);
  time.dateTime = when.toISOString();
  time.textContent = entry.hoursAgo < 24 ? `${entry.hoursAgo}h` : `${Math.round(entry.hoursAgo / 24)}d`;
  meta.append(author, document.createTextNode('·'), time);
  if (entry.rating !== undefined) {
    const stars = document.createElement('span');
    stars.className = 'rb-demo-rating rb-demo-stars';
    stars.dataset.rating = String(entry.rating);
    stars.setAttribute('aria-label', `${entry.rating} out of 5 stars`);
    stars.textContent = '★'.repeat(entry.rating) + '☆'.repeat(5 - entry.rating);
    meta.append(stars);
  }
  if (entry.owner) meta.append(document.createTextNode('· Owner response'));

  const text = document.createElement('div');
  text.className = 'rb-demo-text';
  text.textContent = entry.text;
  article.append(meta, text);
  if (entry.owner) return article;

  const actions = document.createElement('div');
  actions.className = 'rb-demo-actions';
  const like = document.createElement('button');
  like.type = 'button';
  like.textContent = 'Like';
  const reply = document.createElement('button');
  reply.type = 'button';
  reply.className = 'rb-demo-reply';
  reply.textContent = 'Reply';
  actions.append(like, reply);

  // The reply box opens on Reply, as on the real sites; Post is the user's to press.
  const composer = document.createElement('div');
  composer.className = 'rb-demo-composer';
  composer.hidden = true;
  const box = document.createElement('textarea');
  box.className = 'rb-demo-box';
  box.setAttribute('aria-label', `Write a reply to ${entry.author}`);
  const post = document.createElement('button');
  post.type = 'button';
  post.className = 'rb-demo-post';
  post.textContent = 'Post';
  post.disabled = true;
  box.addEventListener('input', () => (post.disabled = box.value.trim() === ''));
  post.addEventListener('click', () => {
    const posted = document.createElement('div');
    posted.className = 'rb-demo-text';
    posted.textContent = `You replied: ${box.value}`;
    composer.replaceWith(posted);
  });
  composer.append(box, post);
  reply.addEventListener('click', () => {
    composer.hidden = false;
    box.focus();
  });
  article.append(actions, composer);
  return article;
}

function renderFeed(root: HTMLElement) {
  const loadedAt = Date.now();
  let section = '';
  for (const entry of DEMO_FEED) {
    if (entry.section !== section) {
      section = entry.section;
      const heading = document.createElement('h2');
      heading.className = 'rb-demo-section';
      heading.textContent = section;
      root.append(heading);
    }
    root.append(renderEntry(entry, loadedAt));
  }
}

async function start() {
  const feed = document.getElementById('feed');
  if (!feed) return;
  renderFeed(feed);
  // The same engine the content scripts run on real sites.
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  const controller = new AbortController();
  addEventListener('pagehide', () => controller.abort());
  runSite({ signal: controller.signal }, demo, { listen: listenOnDemoPage(tab?.id) });
}

void start();

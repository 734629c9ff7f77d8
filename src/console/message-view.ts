import type { Message } from './api.js';
import { h, setChildren, time } from './dom.js';
import { renderCard } from './render-card.js';

// A space's messages as the Webex app shows them: author and time, thread replies under their
// parent, deleted ones marked, cards rendered with real buttons.

/** `**bold**` as the Webex app shows markdown's strong text; everything else stays plain text. */
function withBold(text: string): Array<Node | string> {
  return text.split(/\*\*(.+?)\*\*/g).map((part, i) => (i % 2 === 1 ? h('strong', {}, part) : part));
}

export interface MessageView {
  /** A message's element, made once and kept (a rendered card keeps its inputs) until it changes. */
  el(m: Message, reply?: boolean): HTMLElement;
  clear(): void;
}

/** `press`: a card's button was pressed, with the card's inputs. */
export function createMessageView(press: (messageId: string, inputs: Record<string, unknown>) => void): MessageView {
  const els = new Map<string, HTMLElement>();
  const el = (m: Message, reply = false): HTMLElement => {
    const key = `${m.id}:${m.deleted}`;
    let found = els.get(key);
    if (!found) {
      const head = h('header', {}, h('strong', { class: 'author' }, m.author), ' ', h('time', { datetime: m.created }, time(m.created)));
      const body: Array<Node | string | undefined> = m.deleted
        ? [h('p', { class: 'deleted' }, 'This message was deleted')]
        : [
            // A card message's text is the fallback for clients without cards: Webex shows the card.
            m.text && m.card === undefined ? h('p', { class: 'text' }, ...withBold(m.text)) : undefined,
            ...m.files.map((f) => h('p', { class: 'file' }, '📎 ', h('a', { href: `/api/console/files/${encodeURIComponent(f.id)}` }, f.name))),
            m.card !== undefined ? renderCard(m.card, m.cardProblems, (inputs) => press(m.id, inputs)) : undefined,
          ];
      const label = `${m.deleted ? 'Deleted message' : reply ? 'Reply' : 'Message'} from ${m.author}`;
      found = h('li', { class: `message${m.deleted ? ' is-deleted' : ''}`, 'aria-label': label }, h('article', {}, head, ...body), h('ol', { class: 'replies', 'aria-label': 'Replies' }));
      els.set(key, found);
    }
    setChildren(found.querySelector(':scope > ol.replies')!, m.replies.map((r) => el(r, true)));
    return found;
  };
  return { el, clear: () => els.clear() };
}

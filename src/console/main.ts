import { getInspector, getState, post, watch, type State } from './api.js';
import { h, setChildren } from './dom.js';
import { createFaults } from './faults.js';
import { clearInspector, renderInspector } from './inspector.js';
import { createMeetings } from './meetings.js';
import { createMessageView } from './message-view.js';

// The sandbox console: Webex as a person of the demo org sees it, Warden as its admin sees it.

const view = { as: '', room: undefined as string | undefined, lastPeople: '', lastRooms: '' };

const postAs = h('select', { id: 'post-as' });
const spaces = h('ul', { class: 'spaces' });
const roomTitle = h('h2', { id: 'room-title' }, 'Choose a space');
const members = h('p', { class: 'members' });
const messages = h('ol', { class: 'messages', 'aria-label': 'Messages' });
const text = h('textarea', { id: 'message', rows: '2', placeholder: 'Write a message; @Warden help talks to the bot' });
const file = h('input', { id: 'attach', type: 'file' });
const send = h('button', { type: 'submit' }, 'Send');
const addWho = h('select', { id: 'add-who' });
const removeWho = h('select', { id: 'remove-who' });
const status = h('p', { class: 'status', role: 'status' });
const inspector = h('ol', { class: 'inspector', 'aria-label': 'Inspector entries' });

function say(message: string): void {
  status.textContent = message;
}

async function act(what: () => Promise<unknown>, done?: string): Promise<void> {
  try {
    await what();
    if (done) say(done);
  } catch (err) {
    say(err instanceof Error ? err.message : String(err));
  }
  void refresh();
}

const messageView = createMessageView((messageId, inputs) => void act(() => post('press', { as: view.as, messageId, inputs }), 'Pressed: Warden answers in the thread'));
const faults = createFaults(act);

function renderPeople(s: State): void {
  const key = JSON.stringify(s.people);
  if (key === view.lastPeople) return;
  view.lastPeople = key;
  postAs.replaceChildren(...s.people.map((p) => h('option', { value: p.email, selected: p.email === view.as }, p.label)));
}

function renderRooms(s: State): void {
  const key = JSON.stringify([s.rooms, view.room]);
  if (key === view.lastRooms) return;
  view.lastRooms = key;
  spaces.replaceChildren(
    ...s.rooms.map((r) => {
      const b = h('button', { type: 'button', 'aria-pressed': String(r.id === view.room) }, r.title);
      b.addEventListener('click', () => {
        meetings.close();
        view.room = r.id;
        void refresh();
      });
      return h('li', {}, b);
    }),
  );
  if (!s.rooms.length) spaces.replaceChildren(h('li', {}, 'Not in any group space'));
}

function renderRoom(s: State): void {
  const room = s.room;
  roomTitle.textContent = room ? room.title : 'Choose a space';
  members.textContent = room ? `Members: ${room.members.map((m) => `${m.name}${m.external ? ' (external)' : ''}`).join(', ')}` : '';
  const before = messages.lastElementChild;
  setChildren(messages, room ? room.messages.map((m) => messageView.el(m)) : []);
  // Newest last, as in Webex: a new message scrolls into view.
  if (messages.lastElementChild && messages.lastElementChild !== before) messages.lastElementChild.scrollIntoView({ block: 'end' });
  const inRoom = new Set(room?.members.map((m) => m.email) ?? []);
  const options = (list: Array<{ email: string; label: string }>) => list.map((p) => h('option', { value: p.email }, p.label));
  const keepAdd = addWho.value;
  const keepRemove = removeWho.value;
  addWho.replaceChildren(...options(s.people.filter((p) => !inRoom.has(p.email))));
  removeWho.replaceChildren(...options(room?.members.map((m) => ({ email: m.email, label: `${m.name}${m.external ? ' (external)' : ''}` })) ?? []));
  // Keep what the person had chosen, when it is still a choice.
  if ([...addWho.options].some((o) => o.value === keepAdd)) addWho.value = keepAdd;
  if ([...removeWho.options].some((o) => o.value === keepRemove)) removeWho.value = keepRemove;
}

const meetings = createMeetings({
  act,
  as: () => view.as,
  changed: () => {
    // A meeting takes the place of the space in the middle, as in the Webex app.
    if (meetings.chosen()) view.room = undefined;
    void refresh();
  },
});
const spaceView = h('main', { class: 'center', 'aria-labelledby': 'room-title' });

let refreshing: Promise<void> | undefined;
let again = false;

async function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      const [s, ins] = await Promise.all([getState(view.as, view.room, meetings.chosen()), getInspector()]);
      if (!view.as && s.people[0]) return void ((view.as = s.people[0].email), (again = true));
      if (view.room && !s.rooms.some((r) => r.id === view.room)) view.room = undefined;
      renderPeople(s);
      renderRooms(s);
      renderRoom(s);
      faults.render(s);
      meetings.render(s);
      spaceView.hidden = !meetings.panel.hidden;
      // The status line sits under whichever of the two is shown.
      const shown = spaceView.hidden ? meetings.panel : spaceView;
      if (status.parentElement !== shown) shown.append(status);
      renderInspector(inspector, ins.entries);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err));
    }
  })();
  await refreshing;
  refreshing = undefined;
  if (again) {
    again = false;
    await refresh();
  }
}

function readFile(f: File): Promise<{ name: string; contentType: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: f.name, contentType: f.type || 'application/octet-stream', base64: String(reader.result).split(',')[1] ?? '' });
    reader.onerror = () => reject(new Error('the file could not be read'));
    reader.readAsDataURL(f);
  });
}

function layout(): HTMLElement {
  const composer = h('form', { class: 'composer', 'aria-label': 'New message' },
    h('label', { for: 'message' }, 'Message'), text,
    h('div', { class: 'row' }, h('label', { for: 'attach' }, 'Attach file'), file, send));
  composer.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!view.room) return say('Choose a space first');
    const chosen = file.files?.[0];
    void act(async () => {
      const attached = chosen ? await readFile(chosen) : undefined;
      await post('send', { as: view.as, roomId: view.room, text: text.value, ...(attached ? { file: attached } : {}) });
      text.value = '';
      file.value = '';
    }, 'Sent');
  });
  text.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      composer.requestSubmit();
    }
  });
  const addBtn = h('button', { type: 'button' }, 'Add member');
  addBtn.addEventListener('click', () => void act(() => post('members', { as: view.as, roomId: view.room, email: addWho.value }), 'Member added'));
  const removeBtn = h('button', { type: 'button' }, 'Remove member');
  removeBtn.addEventListener('click', () => void act(() => post('members/remove', { as: view.as, roomId: view.room, email: removeWho.value }), 'Member removed'));
  const tour = h('button', { type: 'button' }, 'Tour');
  tour.addEventListener('click', () => void act(() => post('tour'), 'The tour is playing: a card number in Sales Team and in the Supplier sync meeting chat, an outsider joining Engineering, a file shared in Project Falcon'));
  const reset = h('button', { type: 'button', class: 'danger' }, 'Reset');
  reset.addEventListener('click', () => {
    if (!confirm('Reset the sandbox? The demo org and Warden\'s sandbox database start over.')) return;
    void act(async () => {
      say('Resetting…');
      await post('reset');
      messageView.clear();
      clearInspector();
      meetings.close();
      view.room = undefined;
      view.lastRooms = '';
    }, 'The sandbox was reset');
  });
  postAs.addEventListener('change', () => {
    view.as = postAs.value;
    view.room = undefined;
    void refresh();
  });
  spaceView.append(
    h('div', { class: 'room-head' }, roomTitle, members,
      h('div', { class: 'member-tools' },
        h('span', { class: 'tool' }, h('label', { for: 'add-who' }, 'Person to add'), addWho, addBtn),
        h('span', { class: 'tool' }, h('label', { for: 'remove-who' }, 'Member to remove'), removeWho, removeBtn))),
    h('div', { class: 'scroll' }, messages), composer, status);
  return h('div', { class: 'app' },
    h('header', { class: 'top' },
      h('h1', {}, 'Warden sandbox'),
      h('p', { class: 'tagline' }, 'An emulated Webex org with the real Warden watching it. Nothing leaves this machine.'),
      h('div', { class: 'controls' }, h('label', { for: 'post-as' }, 'Post as'), postAs, tour, reset)),
    h('nav', { class: 'left', 'aria-labelledby': 'spaces-h' }, h('h2', { id: 'spaces-h' }, 'Spaces'), spaces, h('h2', {}, 'Meetings'), meetings.chooser),
    spaceView,
    meetings.panel,
    h('aside', { class: 'right' },
      faults.panel,
      h('section', { 'aria-labelledby': 'inspector-h' }, h('h2', { id: 'inspector-h' }, 'Inspector'),
        h('p', { class: 'hint' }, "Warden's Webex API calls and the webhook deliveries, newest first. Open one for its JSON (masked)."), inspector)),
  );
}

const root = document.getElementById('console')!;
root.replaceChildren(layout());
root.removeAttribute('aria-busy');
watch(() => void refresh());
void refresh();

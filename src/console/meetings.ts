import { post, type MeetingMessage, type State, type Transcript } from './api.js';
import { h, setChildren, time } from './dom.js';

// The Meetings area: a meeting's chat and its transcripts, as the Webex app shows a meeting.

export interface MeetingsDeps {
  /** Runs a change, says `done` (or the error) in the page's status line, then refreshes. */
  act(what: () => Promise<unknown>, done?: string): Promise<void>;
  /** The email of the person chosen in Post as. */
  as(): string;
  /** A meeting was chosen (the space view gives way to it) or closed. */
  changed(): void;
}

export interface MeetingsArea {
  /** The Meeting select, for the left column. */
  readonly chooser: HTMLElement;
  /** The chosen meeting, shown in place of a space. */
  readonly panel: HTMLElement;
  chosen(): string | undefined;
  close(): void;
  render(s: State): void;
}

const chatEls = new Map<string, HTMLElement>();
const transcriptEls = new Map<string, HTMLElement>();

function chatEl(m: MeetingMessage): HTMLElement {
  const key = `${m.id}:${m.deleted}`;
  let el = chatEls.get(key);
  if (!el) {
    const head = h('header', {}, h('strong', { class: 'author' }, m.author), ' ', h('time', { datetime: m.created }, time(m.created)));
    const body = m.deleted ? h('p', { class: 'deleted' }, 'This message was deleted') : h('p', { class: 'text' }, m.text ?? '');
    el = h('li', { class: `message${m.deleted ? ' is-deleted' : ''}`, 'aria-label': `${m.deleted ? 'Deleted chat message' : 'Chat message'} from ${m.author}` }, h('article', {}, head, body));
    chatEls.set(key, el);
  }
  return el;
}

function transcriptEl(t: Transcript): HTMLElement {
  const key = `${t.id}:${t.state}:${t.name}`;
  let el = transcriptEls.get(key);
  if (!el) {
    const state = t.state === 'deleted' ? h('span', { class: 'deleted' }, 'deleted') : h('span', { class: 'state' }, 'available');
    el = h('li', { class: `transcript${t.state === 'deleted' ? ' is-deleted' : ''}`, 'aria-label': t.name },
      h('strong', {}, t.name), ' ', h('time', { datetime: t.created }, time(t.created)), ' · ', state, ` · ${t.passages} passage${t.passages === 1 ? '' : 's'}`);
    transcriptEls.set(key, el);
  }
  return el;
}

/** What the transcript box starts with: the layout of Webex's txt download (speaker, offset, what was said). */
function sampleTranscript(host: string, speaker: string): string {
  return `${host} 00:00:05\nWelcome, let us start with the delivery dates.\n\n${speaker} 00:12:40\nFor the pipeline, the deploy key is AKIAIOSFODNN7EXAMPLE.\n`;
}

export function createMeetings(deps: MeetingsDeps): MeetingsArea {
  let meeting: string | undefined;
  let filledFor = '';
  let lastList = '';
  const select = h('select', { id: 'meeting' });
  const title = h('h2', { id: 'meeting-title' }, 'Choose a meeting');
  const host = h('p', { class: 'members' });
  const chat = h('ol', { class: 'messages', 'aria-label': 'Meeting chat' });
  const chatText = h('textarea', { id: 'meeting-message', rows: '2', placeholder: 'Write in the meeting chat, as the person chosen in Post as' });
  const transcripts = h('ol', { class: 'transcripts', 'aria-label': 'Transcripts' });
  const transcriptText = h('textarea', { id: 'transcript-text', rows: '6', spellcheck: 'false' });
  const noTranscript = h('li', { class: 'hint' }, 'No transcript yet');

  select.addEventListener('change', () => {
    meeting = select.value || undefined;
    deps.changed();
  });
  const chatForm = h('form', { class: 'composer', 'aria-label': 'New meeting chat message' },
    h('label', { for: 'meeting-message' }, 'Meeting chat message'), chatText, h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Send to meeting')));
  chatForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const to = meeting;
    if (!to) return;
    void deps.act(async () => {
      await post('meetings/messages', { as: deps.as(), meetingId: to, text: chatText.value });
      chatText.value = '';
    }, 'Sent to the meeting chat: Warden reads it from the Events API within seconds');
  });
  chatText.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      chatForm.requestSubmit();
    }
  });
  const transcriptForm = h('form', { class: 'composer', 'aria-label': 'New transcript' },
    h('label', { for: 'transcript-text' }, 'Transcript text'), transcriptText,
    h('p', { class: 'hint' }, 'Passages as in the transcript download: the speaker and the time on one line, what was said below. The meeting ends and the transcript is ready for its host.'),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Add transcript')));
  transcriptForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const of = meeting;
    if (!of) return;
    void deps.act(async () => {
      await post('meetings/transcripts', { meetingId: of, text: transcriptText.value });
      filledFor = '';
    }, 'Transcript added: Warden downloads and reads it within seconds');
  });

  const panel = h('section', { class: 'meeting', 'aria-label': 'Meetings', hidden: true },
    h('div', { class: 'room-head' }, title, host),
    h('div', { class: 'scroll' }, h('h3', {}, 'Chat'), chat, h('h3', {}, 'Transcripts'), transcripts),
    chatForm, transcriptForm);
  const chooser = h('div', { class: 'meeting-chooser' }, h('label', { for: 'meeting' }, 'Meeting'), select);

  return {
    chooser,
    panel,
    chosen: () => meeting,
    close() {
      meeting = undefined;
      select.value = '';
    },
    render(s) {
      const list = JSON.stringify([s.meetings, meeting]);
      if (list !== lastList) {
        lastList = list;
        select.replaceChildren(h('option', { value: '' }, 'Choose a meeting'), ...s.meetings.map((m) => h('option', { value: m.id, selected: m.id === meeting }, m.title)));
      }
      if (meeting && !s.meetings.some((m) => m.id === meeting)) meeting = undefined;
      const m = meeting ? s.meeting : undefined;
      panel.hidden = m === undefined;
      title.textContent = m ? m.title : 'Choose a meeting';
      host.textContent = m ? `Host: ${m.host}` : '';
      const before = chat.lastElementChild;
      setChildren(chat, m ? m.messages.map(chatEl) : []);
      if (chat.lastElementChild && chat.lastElementChild !== before) chat.lastElementChild.scrollIntoView({ block: 'end' });
      setChildren(transcripts, m && m.transcripts.length ? m.transcripts.map(transcriptEl) : [noTranscript]);
      // The sample is written once per meeting (and after each one added), not over what was typed.
      if (m && filledFor !== m.id) {
        filledFor = m.id;
        const me = s.people.find((p) => p.email === deps.as() && p.email !== m.hostEmail)?.name ?? 'Alice Archer';
        transcriptText.value = sampleTranscript(m.host, me);
      }
    },
  };
}

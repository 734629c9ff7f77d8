import { post, type State } from './api.js';
import { h } from './dom.js';

// The Faults panel (SPEC §6): 429s for the next calls, webhook deliveries off and on, so a person
// can watch Warden wait and catch up.

export interface FaultsPanel {
  readonly panel: HTMLElement;
  render(s: State): void;
}

export function createFaults(act: (what: () => Promise<unknown>, done?: string) => Promise<void>): FaultsPanel {
  const calls = h('input', { id: 'fault-calls', type: 'number', min: '1', max: '100', value: '3' });
  const wait = h('input', { id: 'fault-wait', type: 'number', min: '1', max: '30', value: '2' });
  const state = h('p', { class: 'fault-state' });
  const arm = h('button', { type: 'button' }, 'Answer 429 to the next calls');
  arm.addEventListener('click', () => void act(() => post('faults/429', { calls: Number(calls.value), retryAfter: Number(wait.value) }), 'Fault armed'));
  const off = h('button', { type: 'button' }, 'Webhook deliveries off');
  off.addEventListener('click', () => void act(() => post('faults/deliveries', { on: false }), 'Webhook deliveries are off: Warden catches up through its Events API poller'));
  const on = h('button', { type: 'button' }, 'Webhook deliveries on');
  on.addEventListener('click', () => void act(() => post('faults/deliveries', { on: true }), 'Webhook deliveries are on'));
  const panel = h('section', { 'aria-labelledby': 'faults-h' }, h('h2', { id: 'faults-h' }, 'Faults'),
    h('div', { class: 'row' }, h('label', { for: 'fault-calls' }, 'Calls'), calls, h('label', { for: 'fault-wait' }, 'Retry-After (s)'), wait),
    arm, h('div', { class: 'row' }, off, on), state);
  return {
    panel,
    render(s) {
      state.textContent = `Webhook deliveries are ${s.faults.deliveries ? 'on' : 'off'}.${s.faults.pending429 ? ` ${s.faults.pending429} more calls will be answered 429.` : ''}`;
    },
  };
}

import type { Command } from './types.js';

export const unsubscribeCommand: Command = {
  name: 'unsubscribe',
  usage: 'unsubscribe',
  summary: 'this space stops receiving alerts',
  officersOnly: true,
  run({ input, deps }) {
    if (!deps.subscriptions.unsubscribe(input.roomId)) return 'This space was not subscribed; nothing changed.';
    deps.logger.info('space unsubscribed', { roomId: input.roomId });
    return 'This space no longer receives alerts. Alerts already posted here stay open until someone handles them.';
  },
};

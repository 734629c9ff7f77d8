import type { RenderedAlert } from '../cards/types.js';
import type { WebexApi } from '../webex/types.js';

/** Posts one alert card in a space: the card, and its markdown for clients that cannot show cards. */
export async function postAlertCard(api: WebexApi, roomId: string, rendered: RenderedAlert): Promise<string> {
  const message = await api.messages.create({
    roomId,
    markdown: rendered.markdown,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: rendered.card }],
  });
  return message.id;
}

import { ApiError } from '../api-error.js';

export interface MessageInput {
  roomId?: string;
  toPersonId?: string;
  toPersonEmail?: string;
  text?: string;
  markdown?: string;
  files?: string[];
  attachments?: Array<{ contentType: string; content: unknown }>;
  parentId?: string;
  /** Ids or emails mentioned besides the markdown tags (control API and tests). */
  mentions?: string[];
}

const MAX_TEXT_BYTES = 7439;
const CARD = 'application/vnd.microsoft.card.adaptive';

/** The shape checks Webex makes before looking at the space (webex-api.md §2, §3). */
export function validateMessage(input: MessageInput): void {
  if (!input.roomId && !input.toPersonId && !input.toPersonEmail) {
    throw new ApiError(400, 'roomId, toPersonId or toPersonEmail is required');
  }
  for (const key of ['text', 'markdown'] as const) {
    const v = input[key];
    if (v !== undefined && typeof v !== 'string') throw new ApiError(400, `${key} must be a string`);
    if (v !== undefined && Buffer.byteLength(v, 'utf8') > MAX_TEXT_BYTES) {
      throw new ApiError(400, `${key} exceeds the maximum length of ${MAX_TEXT_BYTES} bytes`);
    }
  }
  if (input.files !== undefined && (!Array.isArray(input.files) || input.files.length > 1)) {
    throw new ApiError(400, 'Only one file may be attached per message');
  }
  const atts = input.attachments;
  if (atts !== undefined) {
    if (!Array.isArray(atts) || atts.length > 1) throw new ApiError(400, 'Only one attachment per message is supported');
    if (atts[0] && (atts[0].contentType !== CARD || typeof atts[0].content !== 'object')) {
      throw new ApiError(400, `Attachment contentType must be ${CARD} with a card as content`);
    }
  }
  if (!input.text && !input.markdown && !input.files?.length && !atts?.length) {
    throw new ApiError(400, 'The message needs text, markdown, files or an attachment');
  }
}

import { z } from 'zod';
import { iso } from './common.js';

/**
 * A message as GET /messages/{id} and GET /messages answer it (SPEC-MSG ListMessage: `html` is
 * read-only and set by Webex; `updated` only after an edit), and as POST /messages answers it
 * (SPEC-MSG Message: `toPersonId`/`toPersonEmail` when the post named a person).
 */
export const message = z.object({
  id: z.string().min(1),
  parentId: z.string().min(1).optional(),
  roomId: z.string().min(1),
  roomType: z.enum(['direct', 'group']),
  toPersonId: z.string().min(1).optional(),
  toPersonEmail: z.string().email().optional(),
  text: z.string().optional(),
  markdown: z.string().optional(),
  html: z.string().optional(),
  files: z.array(z.string().url()).optional(),
  attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })).optional(),
  personId: z.string().min(1),
  personEmail: z.string().email(),
  mentionedPeople: z.array(z.string().min(1)).optional(),
  mentionedGroups: z.array(z.string().min(1)).optional(),
  created: iso,
  updated: iso.optional(),
  isVoiceClip: z.boolean().optional(),
});

/**
 * What the Webex app sends for a typed message that mentions someone (real captures, e.g. a
 * group message to a bot): `text` with the mention as the bare name, `html` with a
 * `<spark-mention data-object-type="person" data-object-id="…">Name</spark-mention>` tag inside
 * `<p>`, the person in `mentionedPeople`, and no `markdown`.
 */
export const appTypedMention = message.extend({
  text: z.string().min(1).refine((t) => !t.includes('@'), 'the mention reads as the bare name'),
  html: z.string().regex(/^<p>.*<spark-mention data-object-type="person" data-object-id="[^"]+">[^<]+<\/spark-mention>.*<\/p>$/s),
  markdown: z.undefined(),
  mentionedPeople: z.array(z.string().min(1)).min(1),
});

/** A markdown post with a mention: Webex keeps the markdown and renders it to `html` too. */
export const markdownWithMention = message.extend({
  markdown: z.string().min(1),
  html: z.string().regex(/<spark-mention data-object-type="person" data-object-id="[^"]+">/),
  mentionedPeople: z.array(z.string().min(1)).min(1),
});

/** `<@all>`: a group mention, in `mentionedGroups` and as a `groupMention` tag in `html`. */
export const groupMention = message.extend({
  mentionedGroups: z.array(z.literal('all')).min(1),
  html: z.string().regex(/<spark-mention data-object-type="groupMention" data-group-type="all">/),
});

/** POST /messages with `toPersonEmail`: the answer names the recipient (SPEC-MSG Message). */
export const directPostAnswer = message.extend({
  roomType: z.literal('direct'),
  toPersonId: z.string().min(1),
  toPersonEmail: z.string().email(),
});

import { WardenError } from '../errors.js';

/** Why the receiver refused a delivery, as the `reason` label of warden_webhook_rejected_total. */
export type RejectReason = 'not_found' | 'unsupported_media_type' | 'too_large' | 'bad_signature' | 'malformed' | 'not_ready';

const BY_CODE: Record<string, RejectReason> = {
  NOT_FOUND: 'not_found',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported_media_type',
  BODY_TOO_LARGE: 'too_large',
  BAD_SIGNATURE: 'bad_signature',
  MALFORMED_BODY: 'malformed',
  NOT_READY: 'not_ready',
  // A delivery that meets a closing store is refused for the same cause as one before start.
  STORE_CLOSED: 'not_ready',
};

/** The reason of a refusal, or undefined for a fault of Warden's own (a 500 is not a rejection). */
export function rejectReason(err: unknown): RejectReason | undefined {
  return err instanceof WardenError ? BY_CODE[err.code] : undefined;
}

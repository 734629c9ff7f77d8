import { credentials } from './detectors/credentials.js';
import { externalMember } from './detectors/external-member.js';
import { fileExternal } from './detectors/file-external.js';
import { paymentCard } from './detectors/payment-card.js';
import { recordingExternal } from './detectors/recording-external.js';
import type { Detector } from './types.js';

/** The rules on by default (SPEC §4), by rule name, in the order the `policies` command lists them. */
export const BUILTIN_DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [paymentCard, credentials, externalMember, fileExternal, recordingExternal].map((d) => [d.name, d]),
);

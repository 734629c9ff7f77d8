import { credentials } from './detectors/credentials.js';
import { externalMember } from './detectors/external-member.js';
import { fileExternal } from './detectors/file-external.js';
import { fileNotInspected } from './detectors/file-not-inspected.js';
import { paymentCard } from './detectors/payment-card.js';
import { recordingExternal } from './detectors/recording-external.js';
import type { Detector } from './types.js';

/** The built-in rules: those of SPEC §4, on by default, and `file-not-inspected` (§8), off by default;, by rule name, in the order the `policies` command lists them. */
export const BUILTIN_DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [paymentCard, credentials, externalMember, fileExternal, recordingExternal, fileNotInspected].map((d) => [d.name, d]),
);

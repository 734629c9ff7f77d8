import { randomBytes } from 'node:crypto';
import type { Config } from '../config/load-config.js';
import type { DemoOrg } from './demo-org.js';

/** Events poll interval of the sandbox (SPEC §6): short, so alerts come within seconds. */
export const SANDBOX_POLL_SECONDS = 2;

/**
 * The configuration the real Warden runs with inside the sandbox: the operator's settings that
 * make sense here (policy file, log level), everything Webex-related pointed at the emulator.
 * Any Webex credential in the operator's environment is ignored: nothing leaves the machine.
 */
export function sandboxConfig(base: Config, wiring: { apiUrl: string; publicUrl: string; dataDir: string; demo: DemoOrg }): Config {
  return Object.freeze({
    ...base,
    mode: 'sandbox' as const,
    botToken: wiring.demo.botToken,
    complianceToken: wiring.demo.complianceToken,
    oauth: undefined,
    apiUrl: wiring.apiUrl,
    publicUrl: wiring.publicUrl,
    webhookSecret: randomBytes(24).toString('base64url'),
    webhookSecretGenerated: false,
    officerEmails: Object.freeze([...wiring.demo.officerEmails]),
    dataDir: wiring.dataDir,
    eventsPollSeconds: SANDBOX_POLL_SECONDS,
    eventsBackfillMinutes: 0,
    recordingsPollSeconds: Math.max(base.recordingsPollSeconds, 60),
    dryRun: false,
  });
}

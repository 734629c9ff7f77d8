import { startEmulator } from './index.js';
import { STANDARD_EMAILS, STANDARD_TOKENS } from './types.js';

/**
 * `npm run emulator`: a standalone emulated Webex on EMULATOR_PORT (default 8900), printing the
 * environment the bot needs. The only file of the emulator allowed to use the console.
 */
const port = Number.parseInt(process.env.EMULATOR_PORT ?? '8900', 10);
const emu = await startEmulator({ port, host: process.env.EMULATOR_HOST ?? '127.0.0.1' });

console.log(`Webex emulator listening on ${emu.origin}`);
console.log('Environment for the bot:');
console.log(`  WEBEX_API_URL=${emu.url}`);
console.log(`  WEBEX_BOT_TOKEN=${STANDARD_TOKENS.bot}`);
console.log(`  WEBEX_COMPLIANCE_TOKEN=${STANDARD_TOKENS.officer}`);
console.log(`  OFFICER_EMAILS=${STANDARD_EMAILS.officer}`);
console.log('  PUBLIC_URL=http://127.0.0.1:8080   (where the bot listens; the emulator POSTs webhooks there)');
console.log(`  U2C_SERVICE_URL=${emu.origin}/u2c/api/v1   (keeps the framework's SDK off the internet)`);
console.log(`Control API: ${emu.origin}/_emulator/ (POST people, rooms, messages, press, faults; GET calls, deliveries)`);

const stop = (): void => {
  void emu.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

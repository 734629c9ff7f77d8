/** The Webex API emulator: start it, point the bot's WEBEX_API_URL at `emulator.url`. */
export { startEmulator } from './start-emulator.js';
export { ApiError } from './api-error.js';
export * from './types.js';

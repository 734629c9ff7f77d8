/**
 * A refusal the emulator answers the way Webex does: a status and the message that goes in
 * Webex's error body. In-process calls (postMessage, pressCard...) throw it as it is.
 */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** Records the world keeps beside the contract's Emu* types. */

export interface TokenInfo {
  personId: string;
  label: string | undefined;
  /** Epoch ms after which the token answers 401; absent for tokens that never expire. */
  expiresAt?: number;
  expired?: boolean;
}

export interface EmuAttachmentAction {
  id: string;
  type: 'submit';
  messageId: string;
  inputs: Record<string, unknown>;
  personId: string;
  roomId: string;
  created: string;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  forEmail: string;
  expiresInSeconds: number;
  rotateRefreshToken: boolean;
  /** Scopes ticked on the integration: asking for another is `invalid_scope`; any when absent. */
  scopes?: string[];
  /** Redirect URIs registered on the integration; when absent, any is accepted. */
  redirectUris?: string[];
  /** `refresh_token_expires_in` answered by the authorization-code grant (default about 90 days). */
  refreshTokenExpiresInSeconds?: number;
}

/** An authorization code handed to the browser by GET /authorize; single use, short-lived. */
export interface AuthCode {
  clientId: string;
  redirectUri: string;
  personEmail: string;
  codeChallenge: string | undefined;
  expiresAt: number;
  used: boolean;
}

export interface RecordingAccess {
  recordingId: string;
  email: string;
  name: string;
  viewed: boolean;
  downloaded: boolean;
  accessTime: string;
}

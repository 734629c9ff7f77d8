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
}

export interface RecordingAccess {
  recordingId: string;
  email: string;
  name: string;
  viewed: boolean;
  downloaded: boolean;
  accessTime: string;
}

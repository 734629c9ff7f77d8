export { staticToken } from './static-token.js';
export { refreshingToken, type RefreshingTokenOptions, type RefreshingTokenProvider, type RefreshTokenStore, type TokenStatus } from './refreshing-token.js';

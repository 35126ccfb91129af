import type { RequestContextBase } from '../kit/server.js';

export type GatewayContext = RequestContextBase;

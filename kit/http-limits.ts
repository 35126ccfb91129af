/** How long a connection may take and how many there may be (slow-loris, idle and flood limits). */
export interface HttpLimits {
  /** The whole request head must arrive within this (a client trickling headers is cut off). */
  headersTimeoutMs: number;
  /** The whole request, head and body, within this. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this (longer than the gateway's client keeps one). */
  keepAliveTimeoutMs: number;
  /** Connections open at once; one more is closed at once. */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 1_000,
};

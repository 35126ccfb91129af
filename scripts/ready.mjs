// A container's health check: exits 0 when the process listening on 127.0.0.1:<port> says it is ready
// (its /ready answers 200 within 2 s), 1 otherwise. Plain JavaScript, so it starts fast without tsx.
//   node scripts/ready.mjs 4001
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('usage: node scripts/ready.mjs <port>');
  process.exit(2);
}
try {
  const res = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2_000) });
  process.exit(res.ok ? 0 : 1);
} catch {
  process.exit(1);
}

import type { SanitizerModel } from '../types.js';

/** `await app.listen({ port })`, `server.address()`: where the server itself listens. */
export const serverAddress: SanitizerModel = {
  id: 'server-address',
  title: 'Server listen addresses',
  kind: 'conversion',
  calls: [{ callee: 'listen' }, { callee: 'address' }],
  removes: 'all',
  notes:
    "Fastify's `listen()` resolves to the URL the server bound, Node's `server.address()` to its socket: a host and port, not a person's address, so `const address = await app.listen()` is not named by its binding.",
};

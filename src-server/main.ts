import { buildServer } from './app';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);

const server = buildServer({ logger: true });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

server.listen({ host, port }).catch((error: unknown) => {
  server.log.error(error);
  process.exit(1);
});

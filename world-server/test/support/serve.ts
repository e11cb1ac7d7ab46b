// One world-server process for the scale-out test and the benchmark: listens on PORT, shares rooms through REDIS_URL, and
// prints "listening" when ready. Run by Node directly (type stripping), from the sources.
import { createServer } from 'node:http';
import { startWorldServer } from '../../src/index.ts';
import { TEST_SEAT_RATE, TEST_TOKEN_SECRET } from './tokens.ts';

const port = Number(process.env.PORT);
const http = createServer();
const world = await startWorldServer({
  httpServer: http,
  redisUrl: process.env.REDIS_URL,
  publicAddress: `127.0.0.1:${port}`,
  tokenSecret: TEST_TOKEN_SECRET,
  seatRate: TEST_SEAT_RATE,
  stageCapacity: process.env.STAGE_CAPACITY ? Number(process.env.STAGE_CAPACITY) : undefined,
});
http.listen(port, '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => {
  void world.stop().then(() => {
    http.close();
    process.exit(0);
  });
});

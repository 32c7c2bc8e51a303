// `npm run central-sim`: the central case simulator on its own, on 127.0.0.1:${CENTRAL_SIM_PORT:-8090}.
import { startCentralSimulator } from './simulator.ts';

const port = Number(process.env.CENTRAL_SIM_PORT ?? 8090);
const simulator = await startCentralSimulator(port);
console.log(`central case simulator listening at ${simulator.url} (cases: ${simulator.url}/cases)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}

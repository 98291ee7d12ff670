/**
 * The built site served by `astro preview` for a browser benchmark: started on `port`, answered
 * once the home page does, stopped with its whole process group.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number): Promise<{ stop: () => void }> {
  // BENCH_CONFIG: an astro config whose outDir to serve instead of dist/ (another build to compare).
  const config = process.env['BENCH_CONFIG'] ? ['--config', process.env['BENCH_CONFIG']] : [];
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock', ...config], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid === undefined) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`astro preview did not answer on port ${port} (did you run npm run build?)`);
}

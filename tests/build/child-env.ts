/**
 * The environment for a build run from a test. Vitest sets variables meant for its own
 * import.meta.env (BASE_URL=/, MODE=test, DEV=1, NODE_ENV=test, ...); passed on to `astro build`
 * they leak into the site (a BASE_PATH build then wrote links without its base, and drafts could
 * count as development). The build gets the machine's environment without them.
 */
const vitestOwn = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!vitestOwn.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';
const port = 4397; const origin = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
for (let i = 0; i < 300; i++) { try { if ((await fetch(origin)).ok) break; } catch {} await sleep(200); }
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const path of process.argv.slice(2)) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    if (process.env.CSS) await page.route(/\/$/, async (route) => { const r = await route.fetch(); const body = (await r.text()).replace('</head>', `<style>${process.env.CSS}</style></head>`); await route.fulfill({ response: r, body }); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE ?? 4) });
    if (process.env.WARM) { await page.goto(origin + process.env.WARM, { waitUntil: 'load' }); await sleep(3000); }
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'] } } as any);
    await page.goto(origin + path, { waitUntil: 'load' });
    await sleep(5000);
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'TracingStartedInBrowser');
    // main renderer thread: the thread with most RunTask durations among CrRendererMain
    const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
    const byThread = new Map<string, number>();
    for (const e of events) if (e.name === 'RunTask' && names.includes(`${e.pid}:${e.tid}`)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const thread = [...byThread.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const ev = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 50000);
    const t0 = ev[0].ts;
    console.log(path, 'long tasks:', tasks.length, 'TBT-ish', Math.round(tasks.reduce((s, t) => s + (t.dur / 1000 - 50), 0)));
    const total = new Map<string, number>();
    for (const t of tasks) {
      const inside = ev.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
      const agg = new Map<string, number>();
      for (const e of inside) {
        let key = e.name;
        if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') key += ' ' + String(e.args?.data?.url ?? '').replace(origin, '').slice(0, 60) + ':' + (e.args?.data?.functionName ?? '');
        agg.set(key, (agg.get(key) ?? 0) + e.dur / 1000);
      }
      const top = [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`  task @${Math.round((t.ts - t0) / 1000)}ms ${Math.round(t.dur / 1000)}ms:`, top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
      for (const e of inside) if (['Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint', 'PrePaint', 'Layerize'].includes(e.name)) total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
    }
    console.log('  totals in long tasks:', [...total.entries()].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
    const layouts = ev.filter((e) => e.name === 'Layout').sort((a, b) => b.dur - a.dur).slice(0, 5);
    console.log('  biggest layouts:', layouts.map((l) => `${(l.dur / 1000).toFixed(0)}ms @${Math.round((l.ts - t0) / 1000)} objs ${l.args?.beginData?.dirtyObjects}/${l.args?.beginData?.totalObjects} stack ${JSON.stringify(l.args?.beginData?.stackTrace?.[0] ?? null).slice(0, 120)}`).join('\n     '));
    const styles = ev.filter((e) => e.name === 'UpdateLayoutTree').sort((a, b) => b.dur - a.dur).slice(0, 5);
    console.log('  biggest style recalcs:', styles.map((l) => `${(l.dur / 1000).toFixed(0)}ms @${Math.round((l.ts - t0) / 1000)} elements ${l.args?.elementCount} stack ${JSON.stringify(l.args?.beginData?.stackTrace?.[0] ?? null).slice(0, 120)}`).join('\n     '));
    const big = ev.filter((e) => e.name === 'Layout').sort((a, b) => b.dur - a.dur).slice(0, 2);
    const all = events.filter((e) => e.ts).sort((a, b) => a.ts - b.ts);
    for (const b of big) {
      const before = all.filter((e) => e.ts < b.ts && e.ts > b.ts - 400000 && ['ResourceFinish', 'ResourceReceiveResponse', 'FunctionCall', 'EvaluateScript', 'InvalidateLayout', 'ScheduleStyleRecalculation', 'StyleInvalidatorInvalidationTracking', 'LayoutInvalidationTracking', 'FontCache', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'MarkDOMContent', 'MarkLoad'].includes(e.name));
      console.log('  before layout @' + Math.round((b.ts - t0) / 1000), before.slice(-25).map((e) => `${e.name}@${Math.round((e.ts - t0) / 1000)} ${String(e.args?.data?.url ?? e.args?.data?.type ?? e.args?.data?.reason ?? e.args?.data?.nodeName ?? '').replace(origin, '').slice(0, 70)} ${e.args?.data?.stackTrace ? JSON.stringify(e.args.data.stackTrace[0]).slice(0, 120) : ''}`).join('\n     '));
    }
    await context.close();
  }
} finally { await browser.close(); if (server.pid) process.kill(-server.pid, 'SIGTERM'); }

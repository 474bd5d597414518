// KoproGo for the JVM
// SPDX-License-Identifier: AGPL-3.0-or-later
//
// End-to-end test of the public pages in a real browser: starts the packaged host jar on a free
// port, drives Debian's headless Chromium through playwright-core (no browser download), loads
// /transparency and two stored assemblies' results in two languages at desktop and 360 px widths,
// checks the figures against what the API stored (the association's decided allocation and
// books, each assembly's recorded minutes) and against the calculation API on the published
// inputs, tabs through each page checking that focus moves in
// order and is visible, runs axe-core (WCAG 2.1 A/AA and best practices) and fails on any
// violation. Screenshots and a report go to sample-host/target/e2e/.
//
// Usage: node public-pages.e2e.mjs   (run.sh installs what it needs first)
// Environment: HOST_JAR (default ../../../target/sample-host.jar), CHROMIUM (default
// /usr/bin/chromium), E2E_OUT (default ../../../target/e2e).

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import {
  closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const moduleDir = path.resolve(here, '..', '..', '..');
const out = path.resolve(process.env.E2E_OUT || path.join(moduleDir, 'target', 'e2e'));
const jar = path.resolve(process.env.HOST_JAR || path.join(moduleDir, 'target', 'sample-host.jar'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 360, height: 740 };
// The demo's stored assemblies: the co-ownership's and the association's (the same id in two
// organisations), with a demo account of each organisation to read them through the API.
const ASSEMBLY = { organisation: 'demo-tilleuls', id: 'ga-2026', user: 'syndic@tilleuls' };
const ASSOCIATION_ASSEMBLY = { organisation: 'koprogo', id: 'ga-2026', user: 'admin@koprogo' };
const ASSOCIATION_ADMIN = 'admin@koprogo';
const DEMO_PASSWORD = process.env.KOPROGO_DEMO_PASSWORD || 'koprogo-demo';
const tokens = {};

const checks = [];
const failures = [];

function check(name, ok, detail = '') {
  checks.push({ name, ok, detail });
  if (!ok) {
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${name}${detail ? ` (${detail})` : ''}`);
  }
}

function digits(text) {
  return String(text).replace(/[^0-9-]/g, '').replace(/^-?0+(?=\d)/, (m) => (m.startsWith('-') ? '-' : ''));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startHost() {
  if (!existsSync(jar)) {
    throw new Error(`no host jar at ${jar}: build it with mvn -B -pl sample-host -am package -DskipTests`);
  }
  const port = await freePort();
  const work = path.join(out, 'host');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A copy under its own name: on a shared machine, a tool that stops every "sample-host.jar"
  // process by name would otherwise stop this one in the middle of the test.
  const copy = path.join(work, 'public-pages-e2e-host.jar');
  copyFileSync(jar, copy);
  const log = openSync(path.join(out, 'host.log'), 'w');
  const env = { ...process.env, KOPROGO_PORT: String(port) };
  delete env.KOPROGO_JDBC_URL;
  const host = spawn('java', ['-XX:+UseSerialGC', '-Xmx192m', '-XX:TieredStopAtLevel=1', '-jar', copy], {
    cwd: work, env, stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited = null;
  host.on('exit', (code) => { exited = code; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`the host exited with ${exited} before it was ready; see ${path.join(out, 'host.log')}`);
    }
    try {
      const r = await fetch(`${base}/health/readiness`);
      if (r.status === 200) {
        return { host, base };
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  host.kill('SIGKILL');
  throw new Error('the host was not ready within 120 s');
}

async function stopHost(host) {
  if (host.exitCode !== null) {
    return;
  }
  host.kill('SIGTERM');
  for (let i = 0; i < 40 && host.exitCode === null; i++) {
    await sleep(250);
  }
  if (host.exitCode === null) {
    host.kill('SIGKILL');
  }
}

async function api(base, method, uri, body, token) {
  const headers = body ? { 'Content-Type': 'application/json' } : {};
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(base + uri, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  if (r.status !== 200) {
    throw new Error(`${method} ${uri} answered ${r.status}: ${text.slice(0, 300)}`);
  }
  return JSON.parse(text);
}

/** A demo account's bearer token (one login per user). */
async function login(base, username) {
  if (!tokens[username]) {
    const answer = await api(base, 'POST', '/api/v1/login', { username, password: DEMO_PASSWORD });
    tokens[username] = answer.access_token;
  }
  return tokens[username];
}

async function open(page, url, label) {
  const response = await page.goto(url, { waitUntil: 'load' });
  check(`${label}: answers 200`, response.status() === 200, `status ${response.status()}`);
  return response;
}

async function axeCheck(page, label) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, AXE_TAGS);
  check(`${label}: axe-core finds no violation`, violations.length === 0, JSON.stringify(violations));
  return violations;
}

async function noHorizontalScroll(page, label) {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  check(`${label}: no horizontal scrolling of the page`, widths.doc <= widths.view, `${widths.doc} > ${widths.view}`);
}

/** Tabs through every focusable element; each must take focus in document order and look different. */
async function tabThrough(page, label) {
  const count = await page.evaluate(() => {
    const focusable = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
      .filter((e) => e.tabIndex >= 0 && !e.disabled);
    focusable.forEach((e, i) => e.setAttribute('data-e2e-order', String(i)));
    if (document.activeElement) document.activeElement.blur();
    window.scrollTo(0, 0);
    return focusable.length;
  });
  check(`${label}: has focusable elements`, count > 5, `${count}`);
  let order = [];
  let invisible = [];
  let unchanged = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return {
        order: el.getAttribute('data-e2e-order'),
        name: `${el.tagName.toLowerCase()} ${(el.getAttribute('href') || el.id || '').slice(0, 60)}`,
        inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.left < window.innerWidth && r.right > 0,
        focusVisible: el.matches(':focus-visible'),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    });
    order.push(info.order);
    if (!info.inView || !info.focusVisible) {
      invisible.push(info.name);
      continue;
    }
    const clip = {
      x: Math.max(0, info.box.x - 6), y: Math.max(0, info.box.y - 6),
      width: Math.min(info.box.width + 12, page.viewportSize().width), height: Math.min(info.box.height + 12, 300),
    };
    const focused = await page.screenshot({ clip });
    await page.evaluate(() => document.activeElement.setAttribute('data-e2e-blurred', ''));
    await page.evaluate(() => document.activeElement.blur());
    const plain = await page.screenshot({ clip });
    if (focused.equals(plain)) {
      unchanged.push(info.name);
    }
    await page.evaluate(() => {
      const el = document.querySelector('[data-e2e-blurred]');
      el.removeAttribute('data-e2e-blurred');
      el.focus();
    });
  }
  const expected = Array.from({ length: count }, (_, i) => String(i));
  check(`${label}: Tab visits every focusable element in document order`, JSON.stringify(order) === JSON.stringify(expected), order.join(','));
  check(`${label}: the focused element is in view and :focus-visible`, invisible.length === 0, invisible.join('; '));
  check(`${label}: the focus indicator changes what is drawn`, unchanged.length === 0, unchanged.join('; '));
}

async function skipLink(page, url, label) {
  await page.goto(url);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { cls: el.className, top: r.top, height: r.height };
  });
  check(`${label}: the first Tab shows the skip link`, first.cls === 'skip-link' && first.top >= 0 && first.height > 0, JSON.stringify(first));
  await page.screenshot({ path: path.join(out, `${label.replace(/[^a-z0-9-]+/gi, '_')}-skip-link.png`) });
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => document.activeElement.id);
  check(`${label}: the skip link moves focus to main`, target === 'main', target);
}

async function transparencyFigures(page, base, label) {
  const input = await api(base, 'GET', '/transparency/data.json');
  const expected = await api(base, 'POST', '/api/v1/calculations/surplus-allocation', input);
  const shown = await page.evaluate(() => {
    const figure = (id) => {
      const el = document.querySelector(`[data-figure="${id}"] .value`);
      return { value: el.getAttribute('data-value'), text: el.textContent };
    };
    const allocations = {};
    document.querySelectorAll('#allocation-table tbody tr').forEach((tr) => {
      const td = tr.querySelector('td[data-value]');
      allocations[tr.getAttribute('data-destination')] = { value: td.getAttribute('data-value'), text: td.textContent };
    });
    return {
      surplus: figure('surplus'), margin: figure('margin'), costPrice: figure('cost-price'),
      price: figure('price'), allocations, priceVote: document.querySelector('[data-vote="price"]')?.textContent || '',
    };
  });
  const same = (name, api, page) => {
    check(`${label}: ${name} equals the API's`, page.value === api, `page ${page.value}, API ${api}`);
    check(`${label}: ${name} is shown as ${api}`, digits(page.text) === digits(api), `"${page.text}"`);
  };
  same('surplus', expected.surplus, shown.surplus);
  same('margin', expected.marginPercent, shown.margin);
  same('cost price per co-ownership and month', expected.costPricePerMemberMonthly, shown.costPrice);
  same('price charged', input.monthlyPrice, shown.price);
  for (const [id, amount] of Object.entries(expected.allocations)) {
    same(`allocation to ${id}`, amount, shown.allocations[id] || {});
  }
  check(`${label}: the same destinations as the API`,
    Object.keys(shown.allocations).sort().join() === Object.keys(expected.allocations).sort().join(),
    `${Object.keys(shown.allocations)} / ${Object.keys(expected.allocations)}`);
  if (expected.priceDecrease) {
    check(`${label}: the voted price is the API's new price`, digits(shown.priceVote).includes(digits(expected.priceDecrease.newMonthlyPrice)), shown.priceVote);
  }

  // what the API stored: the allocation the assembly decided, and the books' last quarter
  const token = await login(base, ASSOCIATION_ADMIN);
  const decided = (await api(base, 'GET', '/api/v1/association/surplus-allocations', null, token))
    .reduce((a, b) => (b.year > a.year || (b.year === a.year && b.resolution > a.resolution) ? b : a));
  check(`${label}: the stored decision is the one the page publishes`, decided.surplus === expected.surplus && decided.marginPercent === expected.marginPercent,
    `stored ${decided.resolution} ${decided.surplus}/${decided.marginPercent}, page input ${expected.surplus}/${expected.marginPercent}`);
  same('surplus (stored decision)', decided.surplus, shown.surplus);
  same('margin (stored decision)', decided.marginPercent, shown.margin);
  for (const [id, amount] of Object.entries(decided.allocations)) {
    same(`allocation to ${id} (stored decision)`, amount, shown.allocations[id] || {});
  }
  const quarters = await page.evaluate(() => Array.from(document.querySelectorAll('#quarters-table tbody tr')).map((tr) => tr.getAttribute('data-quarter')));
  check(`${label}: the page shows the books' quarters`, quarters.length > 0, quarters.join());
  const last = quarters[quarters.length - 1];
  const report = await api(base, 'GET', `/api/v1/association/transparency?quarter=${last}`, null, token);
  const members = await page.evaluate(() => document.querySelector('[data-figure="members"] .value').getAttribute('data-value'));
  check(`${label}: co-ownerships served are the books' ${last} members`, members === String(report.members), `page ${members}, API ${report.members}`);
  const allocationVote = await page.evaluate(() => document.querySelector('[data-vote="allocation"]')?.textContent || '');
  const [assemblyId, resolution] = decided.resolution.split('/');
  const minutes = await api(base, 'GET', `/api/v1/assemblies/${assemblyId}/minutes`, null, token);
  const vote = minutes.resolutions[resolution] || {};
  check(`${label}: the allocation's vote is the stored minutes' (${vote.for} for, ${vote.against} against)`,
    allocationVote.includes(`${vote.for} `) && allocationVote.includes(`${vote.against} `), allocationVote);
}

async function assemblyFigures(page, base, assembly, label) {
  const { organisation, id } = assembly;
  const input = await api(base, 'GET', `/assemblies/${organisation}/${id}/data.json`);
  const expected = await api(base, 'POST', '/api/v1/calculations/general-assembly', input);
  const token = await login(base, assembly.user);
  const stored = await api(base, 'GET', `/api/v1/assemblies/${id}/minutes`, null, token);
  const rows = await page.evaluate(() => Array.from(document.querySelectorAll('#results-table tbody tr')).map((tr) => {
    const cells = tr.querySelectorAll('td[data-value]');
    return {
      id: tr.getAttribute('data-resolution'),
      outcome: tr.querySelector('[data-outcome]').getAttribute('data-outcome'),
      for: cells[0].getAttribute('data-value'), forText: cells[0].textContent,
      against: cells[1].getAttribute('data-value'), abstained: cells[2].getAttribute('data-value'),
    };
  }));
  check(`${label}: every resolution of the stored assembly is on the page`,
    rows.map((r) => r.id).join() === stored.assembly.resolutions.map((r) => r.id).join(), rows.map((r) => r.id).join());
  check(`${label}: every resolution of the calculation is on the page`,
    rows.map((r) => r.id).sort().join() === Object.keys(expected.resolutions).sort().join(), rows.map((r) => r.id).join());
  for (const row of rows) {
    const r = expected.resolutions[row.id] || {};
    const s = stored.resolutions[row.id] || {};
    const outcome = (stored.assembly.resolutions.find((x) => x.id === row.id) || {}).outcome;
    check(`${label}: ${row.id} outcome is the stored one`, row.outcome === outcome && row.outcome === s.outcome, `page ${row.outcome}, stored ${outcome}, minutes ${s.outcome}`);
    check(`${label}: ${row.id} outcome equals the calculation's`, row.outcome === r.outcome, `page ${row.outcome}, API ${r.outcome}`);
    check(`${label}: ${row.id} totals equal the stored minutes'`, row.for === s.for && row.against === s.against && row.abstained === s.abstained,
      `page ${row.for}/${row.against}/${row.abstained}, API ${s.for}/${s.against}/${s.abstained}`);
    check(`${label}: ${row.id} totals equal the calculation's`, row.for === r.for && row.against === r.against && row.abstained === r.abstained,
      `page ${row.for}/${row.against}/${row.abstained}, API ${r.for}/${r.against}/${r.abstained}`);
    check(`${label}: ${row.id} shows ${r.for} for`, digits(row.forText) === digits(r.for), row.forText);
  }
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { host, base } = await startHost();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'koprogo-e2e-'));
  let context;
  try {
    console.log(`host ready at ${base}; browser ${chromiumPath}`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS, viewport: DESKTOP,
    });
    const page = context.pages()[0] || await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    const pages = [
      { name: 'transparency', path: '/transparency', figures: (l) => transparencyFigures(page, base, l) },
      { name: 'assembly', path: `/assemblies/${ASSEMBLY.organisation}/${ASSEMBLY.id}/results`, figures: (l) => assemblyFigures(page, base, ASSEMBLY, l) },
      { name: 'association-assembly', path: `/assemblies/${ASSOCIATION_ASSEMBLY.organisation}/${ASSOCIATION_ASSEMBLY.id}/results`, figures: (l) => assemblyFigures(page, base, ASSOCIATION_ASSEMBLY, l) },
    ];
    for (const p of pages) {
      for (const lang of ['fr', 'en']) {
        const url = `${base}${p.path}?lang=${lang}`;
        for (const [size, viewport] of [['desktop', DESKTOP], ['360px', MOBILE]]) {
          const label = `${p.name} ${lang} ${size}`;
          console.log(label);
          await page.setViewportSize(viewport);
          await open(page, url, label);
          check(`${label}: html lang is ${lang}`, (await page.getAttribute('html', 'lang')) === lang);
          await page.screenshot({ path: path.join(out, `${p.name}-${lang}-${size}.png`), fullPage: true });
          if (size === '360px') {
            // One picture per part of the page, readable at full size.
            await page.locator('header').screenshot({ path: path.join(out, `${p.name}-${lang}-${size}-0.png`) });
            const sections = await page.locator('main section').count();
            for (let i = 0; i < sections; i++) {
              await page.locator('main section').nth(i).screenshot({ path: path.join(out, `${p.name}-${lang}-${size}-${i + 1}.png`) });
            }
          }
          await axeCheck(page, label);
          await noHorizontalScroll(page, label);
          if (size === 'desktop') {
            await p.figures(label);
          }
          if (p.name !== 'association-assembly') {
            await open(page, url, label);
            await tabThrough(page, label);
          }
        }
        if (p.name !== 'association-assembly') {
          await page.setViewportSize(DESKTOP);
          await skipLink(page, url, `${p.name} ${lang}`);
        }
      }
    }

    console.log('languages');
    await page.setViewportSize(DESKTOP);
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' });
    await open(page, `${base}/transparency`, 'Accept-Language de');
    check('Accept-Language de-DE gives the German page', (await page.getAttribute('html', 'lang')) === 'de');
    await page.screenshot({ path: path.join(out, 'transparency-de-desktop.png'), fullPage: true });
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'es-ES,es;q=0.9' });
    await open(page, `${base}/transparency`, 'Accept-Language es');
    check('a language that is not offered falls back to Dutch', (await page.getAttribute('html', 'lang')) === 'nl');
    await page.screenshot({ path: path.join(out, 'transparency-nl-desktop.png'), fullPage: true });
    await axeCheck(page, 'transparency nl desktop');
    await page.setExtraHTTPHeaders({});
    await open(page, `${base}/transparency?lang=fr`, 'switch');
    await page.click('.language-nav a[hreflang="en"]');
    await page.waitForLoadState('load');
    check('the language switch leads to the English page', (await page.getAttribute('html', 'lang')) === 'en' && page.url().endsWith('?lang=en'), page.url());

    check('no console error or page error', consoleErrors.length === 0, consoleErrors.join(' | '));

    console.log('not found');
    const missing = await page.goto(`${base}/assemblies/demo-tilleuls/no-such-assembly/results?lang=de`);
    check('an unknown assembly answers 404 with a page', missing.status() === 404 && (await page.getAttribute('html', 'lang')) === 'de', `status ${missing.status()}`);
    await axeCheck(page, 'not found de');
  } finally {
    if (context) await context.close();
    await stopHost(host);
    rmSync(profile, { recursive: true, force: true });
  }
  writeFileSync(path.join(out, 'report.json'), JSON.stringify({ checks: checks.length, failures, results: checks }, null, 2));
  console.log(`${checks.length} checks, ${failures.length} failed; screenshots and report.json in ${out}`);
  if (failures.length > 0) {
    console.log(failures.map((f) => `FAILED ${f}`).join('\n'));
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

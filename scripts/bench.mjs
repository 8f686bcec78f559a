// Placeholder bench (issue 3): builds the app and prints bundle sizes (gzip -9, kB = 1000 bytes).
// Issue 9 turns this into the full table with budgets.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

execSync('npx vite build --outDir dist', { stdio: 'ignore' });
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (f) => gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length / 1000;
const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const initialKb = initial.reduce((s, f) => s + gz(f), 0);
const totalKb = all.reduce((s, f) => s + gz(f), 0);
console.log('| measure | value | budget | result |');
console.log('|---|---|---|---|');
console.log(`| initial JS (gzip) | ${initialKb.toFixed(1)} kB | ≤ 150 kB | ${initialKb <= 150 ? 'PASS' : 'OVER'} |`);
console.log(`| all JS (gzip) | ${totalKb.toFixed(1)} kB | – | – |`);

// Builds every generated TypeScript client (../<service>-client/target/typescript, written by the client modules'
// openapi-generator execution) with tsc --strict, links each into node_modules/@govopen/<service>-client as npm
// would install it, then compiles the walks and examples against them. A new service's client is picked up
// without a change here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  console.error('typescript is not installed here: run npm ci in clients/typescript first');
  process.exit(1);
}
const run = (args) => execFileSync(process.execPath, [tsc, ...args], { stdio: 'inherit', cwd: here });

const clients = readdirSync(resolve(here, '..'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.endsWith('-client'))
  .map((d) => resolve(here, '..', d.name, 'target', 'typescript'));
const missing = clients.filter((dir) => !existsSync(join(dir, 'package.json')));
if (clients.length === 0 || missing.length > 0) {
  console.error(`no generated TypeScript client in ${missing.join(', ') || '../*-client/target/typescript'}: build the client modules first`);
  process.exit(1);
}
rmSync(join(here, 'node_modules', '@govopen'), { recursive: true, force: true });
mkdirSync(join(here, 'node_modules', '@govopen'), { recursive: true });
for (const dir of clients) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  run(['-p', dir, '--strict', '--noUnusedLocals', 'false']);
  symlinkSync(dir, join(here, 'node_modules', name), 'dir');
  console.log(`built ${name} (tsc --strict)`);
}
rmSync(join(here, 'dist'), { recursive: true, force: true });
run(['-p', here]);
console.log(`built the walks and examples against ${clients.length} clients (tsc --strict)`);

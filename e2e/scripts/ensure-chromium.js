#!/usr/bin/env node
/*
 * The browser journeys drive the system Chromium (Playwright downloads no browser here).
 * Present: nothing to do. Missing: install it with apt-get when we are root on Debian/Ubuntu,
 * otherwise explain how to get one.
 */
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (existsSync(wanted)) {
  console.log(`Chromium found at ${wanted}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const isDebianLike = existsSync('/etc/debian_version');

if (!process.env.CHROMIUM_PATH && isRoot && hasApt && isDebianLike) {
  console.log('Chromium is missing; installing the Debian package:');
  for (const command of ['apt-get update', 'DEBIAN_FRONTEND=noninteractive apt-get install -y chromium']) {
    console.log(`$ ${command}`);
    execSync(command, { stdio: 'inherit', shell: '/bin/sh' });
  }
  if (existsSync(wanted)) {
    console.log(`Chromium installed at ${wanted}`);
    process.exit(0);
  }
}

console.error(
  [
    `Chromium was not found at ${wanted}.`,
    'Install it and run the tests again, for example:',
    '  Debian/Ubuntu: sudo apt-get install -y chromium   (or chromium-browser)',
    '  macOS:         brew install --cask chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);

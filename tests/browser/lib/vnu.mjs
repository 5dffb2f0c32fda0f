// The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar, run by the system Java) over every
// .html and .css file of a folder. Errors fail the check; warnings are only reported.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HERE } from './checks.mjs';

export const VNU_JAR = path.join(HERE, 'node_modules/vnu-jar/build/dist/vnu.jar');

function filesOf(site) {
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(site).filter((f) => /\.(html|css)$/.test(f)).sort();
}

// -> { errors: ["file:line:col: message"], warnings: [...], files: n }
export async function checkVnu(site) {
  site = path.resolve(site);
  if (!fs.existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run tests/browser/install.sh`);
  const files = filesOf(site);
  if (!files.length) return { errors: [`${site}: no .html or .css files`], warnings: [], files: 0 };
  const { code, stdout, stderr } = await new Promise((resolve, reject) => {
    const p = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--also-check-css', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', (e) => reject(new Error(e.code === 'ENOENT' ? 'java is missing: run tests/browser/install.sh (Debian package default-jre-headless)' : e.message)));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  let messages;
  try { messages = JSON.parse(stdout).messages; } catch {
    throw new Error(`vnu gave no JSON (exit ${code}): ${(stderr || stdout).slice(0, 500)}`);
  }
  const where = (m) => {
    let f = m.url || '?';
    try { f = path.relative(site, fileURLToPath(f)); } catch { /* keep */ }
    return `${f}:${m.lastLine ?? m.firstLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  };
  const line = (m) => `${where(m)}: ${m.message.replace(/\s+/g, ' ')}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 80)}]` : ''}`;
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'fatal')).map(line);
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(line);
  if (code !== 0 && !errors.length) errors.push(`vnu exited with status ${code} but reported no error: ${stderr.slice(0, 300)}`);
  return { errors, warnings, files: files.length };
}

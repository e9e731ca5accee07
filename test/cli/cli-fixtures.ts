// Pages, a scratch directory and two ways to run the command: the built file as a child process
// (what users run) and main() in-process (same code, fast enough for the option matrix).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { CAUTION_WORD, DANGER_WORD, INFO_WORD } from './test-pack';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const builtCli = join(root, 'dist/cli/mingbai.mjs');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  errLines: string[];
}

export function scratchDir(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'mingbai-cli-'));
  return {
    dir,
    write(name, content) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
  };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

/** The built command in a child process. */
export function runBuilt(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [builtCli, ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr, errLines: lines(stderr) });
      },
    );
  });
}

/** The same command in this process, output captured. */
export async function runInProcess(args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    out: (t) => (stdout += t),
    err: (l) => (stderr += `${l}\n`),
    stdoutIsTty: false,
    color: false,
  });
  return { status, stdout, stderr, errLines: lines(stderr) };
}

export const CONSENT_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>开通音乐会员</title></head><body>
<h1>开通音乐会员</h1><p>畅听千万首歌曲，无损音质。</p>
<form><label><input type="checkbox" checked> 同意开通自动续费，每月扣款15元</label>
<label><input type="checkbox" checked> 记住我</label><button>立即开通</button></form></body></html>`;

export const PLAIN_PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于我们</title></head><body><h1>关于我们</h1><p>我们是一家做音乐的小公司。</p></body></html>';

export const WORDS_PAGE = `<html><head><meta charset="utf-8"></head><body><p>${DANGER_WORD}</p><p>${CAUTION_WORD}</p><p>${INFO_WORD}</p></body></html>`;

/** A PNG file's signature and the start of its IHDR chunk: what makes bytes look like a PNG. */
export const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

export const PNG_BYTES = new Uint8Array([...PNG_HEAD, ...Array(300).fill(0)]);

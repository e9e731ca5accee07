// Privacy proven in E2E (issue 18), the steps that are the same in every browser: while a
// recorder watches every request, the built extension visits every fixture page, the popup, the
// welcome page (试听) and the options page (a pack import); the case fails on any request that is
// not the extension loading its own files or a tab loading its page. The negative control makes
// deliberate requests from each place a browser can watch and expects each one caught. Each
// browser's privacy test file supplies the recording and the pages (how its driver sees requests
// differs: see the files' headers).
import { expect, it } from 'vitest';
import type { ChangeReply } from '../../../src/extension/protocol';
import type { NetworkRecorder, RequestSource } from '../harness/network-recorder';
import { fixturePages } from '../harness/sample-pages';
import { waitUntil } from '../harness/wait-until';
import { familyPack } from '../../unit/background/family-pack';
import type { ScenarioBrowser, ScenarioTab } from './scenario-browser';

/** One recording: the recorder, and what the browser saw outside the pages, pulled in on demand. */
export interface PrivacyRecording {
  recorder: NetworkRecorder;
  /** Adds what a watcher outside the pages saw since the last call; returns how many it saw, if it has one. */
  collect(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** A deliberate request of the negative control: where it is made, and as what it must be caught. */
export interface Leak {
  caughtAs: RequestSource;
  url: string;
  send(): Promise<void>;
}

export interface PrivacyBrowser<P extends ScenarioTab> extends ScenarioBrowser<P> {
  /** Starts a fresh recording of every request the browser makes. */
  record(): Promise<PrivacyRecording>;
  /** Visits each page server path in turn in one new tab, waiting for each scan; returns the tab. */
  visitEach(paths: string[]): Promise<P>;
  /** Steps only this browser takes on the visited tab (Chromium: 朗读 in a warning's popover). */
  alsoOnTab?(tab: P): Promise<void>;
  openPopup(tab: P): Promise<void>;
  /** Opens the welcome page and presses 试听. */
  tryWelcomeVoice(): Promise<P>;
  /** Opens the options page and imports a rule pack file with this text. */
  importPackFile(text: string): Promise<P>;
  /** The text of the first element `selector` finds in `page`, or null when there is none. */
  textOf(page: P, selector: string): Promise<string | null>;
  /** The deliberate requests of the negative control, each made when its `send` is called. */
  leaks(): Promise<Leak[]>;
}

/** Runs in a page: a request whose outcome does not matter, only that the browser sends it. */
export const fetchAndForget = (url: string): Promise<undefined> =>
  fetch(url)
    .catch(() => undefined)
    .then(() => undefined);

const countBySource = (recorder: NetworkRecorder) =>
  recorder.all.reduce<Record<string, number>>((n, r) => ({ ...n, [r.source]: (n[r.source] ?? 0) + 1 }), {});

export function itMakesNoRequest<P extends ScenarioTab>(b: PrivacyBrowser<P>, steps: string): void {
  it(`every fixture page, the popup, options, welcome, ${steps} and a pack import make no request`, async () => {
    const recording = await b.record();
    const { recorder } = recording;
    try {
      // The elder profile and read-aloud on: the most warnings, and the popover offers 朗读.
      expect(
        await b.session().send<ChangeReply>({ type: 'mingbai/updateSettings', patch: { sensitivity: 'elder', readAloud: true } }),
      ).toMatchObject({ ok: true });
      const pages = fixturePages();
      const tab = await b.visitEach(pages.map((p) => p.path));
      await b.alsoOnTab?.(tab);
      await b.openPopup(tab);
      const welcome = await b.tryWelcomeVoice();
      await waitUntil(() => b.textOf(welcome, '#voice-status').then((t) => t || undefined), {
        what: 'a word about the voice',
      });
      const options = await b.importPackFile(JSON.stringify(familyPack()));
      await waitUntil(() => b.textOf(options, '#packs-list button').then((t) => t ?? undefined), {
        what: 'the imported pack listed',
      });

      // Give anything late (an alarm, a retry) a moment to show up.
      await new Promise((r) => setTimeout(r, 2_000));
      const outside = await recording.collect();
      if (outside !== undefined)
        console.info(
          `privacy (${b.name}): ${outside} HTTP requests made with the extension's principal (background, pages, content script)`,
        );
      console.info(
        `privacy (${b.name}): ${recorder.all.length} requests recorded by source ${JSON.stringify(countBySource(recorder))}`,
      );
      // The recorder saw the work above: the fixture pages and the extension's own files.
      expect(
        recorder.all.filter((r) => r.source === 'tab' && r.url.startsWith(b.session().server.origin)).length,
      ).toBeGreaterThanOrEqual(pages.length);
      expect(recorder.violations).toEqual([]);
    } finally {
      await recording.stop();
      await b
        .session()
        .send({ type: 'mingbai/removePack', id: 'family-extra' })
        .catch(() => undefined);
    }
  }, 170_000);
}

export function itCatchesDeliberateRequests<P extends ScenarioTab>(b: PrivacyBrowser<P>, places: string): void {
  it(`negative control: deliberate requests from ${places} are caught`, async () => {
    const recording = await b.record();
    try {
      const leaks = await b.leaks();
      for (const leak of leaks) await leak.send();
      await waitUntil(
        async () => {
          await recording.collect();
          return recording.recorder.violations.length >= leaks.length || undefined;
        },
        { what: `${leaks.length} violations recorded`, timeoutMs: 10_000 },
      ).catch(() => undefined);
      expect(recording.recorder.violations.map((v) => [v.source, new URL(v.url).pathname])).toEqual(
        expect.arrayContaining(leaks.map((l) => [l.caughtAs, new URL(l.url).pathname])),
      );
    } finally {
      await recording.stop();
    }
  });
}

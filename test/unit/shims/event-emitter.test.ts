// @vitest-environment node
// The eventemitter2 stand-in does what json-rules-engine needs of it: subclassing the way Babel
// compiles `class Engine extends EventEmitter2` (Parent.call(this)), `on`, and `emitAsync` that
// calls listeners in order with the arguments and resolves after async listeners are done.
import EventEmitter2Real from 'eventemitter2';
import { describe, expect, it } from 'vitest';
import EventEmitterShim, { EventEmitter2 } from '../../../src/extension/shims/event-emitter';

/** The ES5 subclassing json-rules-engine's dist/rule.js and dist/engine.js do. */
function babelSubclass(Parent: unknown) {
  function Child(this: object) {
    (Parent as (this: object) => void).call(this);
  }
  Child.prototype = Object.create((Parent as { prototype: object }).prototype, { constructor: { value: Child } });
  return Child as unknown as new () => {
    on(e: string, f: (...a: unknown[]) => unknown): unknown;
    emitAsync(e: string, ...a: unknown[]): Promise<unknown[]>;
  };
}

for (const [name, Parent] of [
  ['shim', EventEmitterShim],
  ['real eventemitter2', EventEmitter2Real],
] as const) {
  describe(`event emitter (${name})`, () => {
    it('can be the parent of an ES5 (Babel) subclass', () => {
      const Child = babelSubclass(Parent);
      const child = new Child();
      expect(child.on('x', () => 1)).toBe(child);
    });

    it('emitAsync calls every listener of the event, in order, with all arguments, and waits for them', async () => {
      const Child = babelSubclass(Parent);
      const emitter = new Child();
      const calls: string[] = [];
      emitter.on('success', async (a, b, c) => {
        await new Promise((r) => setTimeout(r, 20));
        calls.push(`first ${String(a)} ${String(b)} ${String(c)}`);
        return 'one';
      });
      emitter.on('success', (a) => {
        calls.push(`second ${String(a)}`);
        return 'two';
      });
      emitter.on('failure', () => calls.push('failure'));
      const results = await emitter.emitAsync('success', 'event', 'almanac', 'result');
      expect(calls).toEqual(['second event', 'first event almanac result']);
      expect(results).toEqual(['one', 'two']);
    });

    it('emitAsync without listeners resolves', async () => {
      const Child = babelSubclass(Parent);
      await expect(new Child().emitAsync('nobody-listens', 1)).resolves.toEqual([]);
    });

    it('a rejecting listener rejects emitAsync (engine.run then rejects)', async () => {
      const Child = babelSubclass(Parent);
      const emitter = new Child();
      emitter.on('success', async () => {
        throw new Error('listener failed');
      });
      await expect(emitter.emitAsync('success')).rejects.toThrow('listener failed');
    });

    it('instances do not share listeners', async () => {
      const Child = babelSubclass(Parent);
      const a = new Child();
      const b = new Child();
      let count = 0;
      a.on('e', () => count++);
      await b.emitAsync('e');
      expect(count).toBe(0);
      await a.emitAsync('e');
      expect(count).toBe(1);
    });
  });
}

describe('event emitter shim', () => {
  it('is exported as the default and as EventEmitter2 (json-rules-engine reads .default)', () => {
    expect(EventEmitter2).toBe(EventEmitterShim);
  });

  it('refuses a listener that is not a function, like eventemitter2', () => {
    const emitter = new EventEmitterShim();
    expect(() => emitter.on('e', 'nope' as never)).toThrow(TypeError);
  });
});

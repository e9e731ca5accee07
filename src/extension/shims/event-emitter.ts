// Stands in for eventemitter2 in the extension bundles (aliased in wxt.config.ts): json-rules-engine
// subclasses it for Engine and Rule and only ever calls `on(event, fn)` and
// `emitAsync(event, ...args)` (checked in node_modules/json-rules-engine/dist/{engine,rule}.js);
// the real library is ~19 kB of the content script for that.
//
// An ES5 constructor function, not a class: json-rules-engine's Babel output calls the parent
// constructor as `Parent.call(this)`, which a class constructor refuses.

type Listener = (...args: unknown[]) => unknown;

export interface EventEmitterShim {
  on(event: string, listener: Listener): this;
  /** Calls the listeners in order (synchronously, like eventemitter2); resolves with their results. */
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

interface EmitterState {
  _listeners?: Map<string, Listener[]>;
}

function EventEmitter(this: EmitterState): void {
  this._listeners = new Map();
}

// A function's prototype is typed `any`; name the methods it gets.
const proto = EventEmitter.prototype as Record<keyof EventEmitterShim, unknown>;

proto.on = function on(this: EmitterState, event: string, listener: Listener) {
  if (typeof listener !== 'function') throw new TypeError('on only accepts instances of Function');
  // A subclass that never called the constructor still gets a listener table.
  const table = (this._listeners ??= new Map<string, Listener[]>());
  const list = table.get(event);
  if (list) list.push(listener);
  else table.set(event, [listener]);
  return this;
};

proto.emitAsync = function emitAsync(this: EmitterState, event: string, ...args: unknown[]) {
  // A copy: a listener that adds another does not make it run in this emission.
  const list = [...(this._listeners?.get(event) ?? [])];
  return Promise.all(list.map((listener) => listener.apply(this, args)));
};

const EventEmitter2 = EventEmitter as unknown as new () => EventEmitterShim;

export default EventEmitter2;
export { EventEmitter2, EventEmitter2 as EventEmitter };

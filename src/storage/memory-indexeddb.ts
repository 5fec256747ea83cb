// An IndexedDB kept in memory (fake-indexeddb), for a browser that will not save the lab. It is
// loaded only then, so it never weighs on the first page load.

type Constructor = abstract new (...args: never[]) => unknown;

const CURSOR_ADVANCE = ['advance', 'continue', 'continuePrimaryKey'];
let cursorsPatched = false;

/**
 * Makes the in-memory IndexedDB the one every later open uses. idb remembers the browser's own
 * classes once it has opened anything (to know what to wrap), so those classes are taught to
 * recognize the in-memory objects too.
 */
export async function installMemoryIndexedDb(): Promise<void> {
  const fake = await import('fake-indexeddb');
  const global = globalThis as unknown as Record<string, unknown>;
  const classes: Record<string, Constructor> = {
    IDBCursor: fake.IDBCursor,
    IDBCursorWithValue: fake.IDBCursorWithValue,
    IDBDatabase: fake.IDBDatabase,
    IDBFactory: fake.IDBFactory,
    IDBIndex: fake.IDBIndex,
    IDBKeyRange: fake.IDBKeyRange,
    IDBObjectStore: fake.IDBObjectStore,
    IDBOpenDBRequest: fake.IDBOpenDBRequest,
    IDBRequest: fake.IDBRequest,
    IDBTransaction: fake.IDBTransaction,
    IDBVersionChangeEvent: fake.IDBVersionChangeEvent,
  };
  for (const [name, memoryClass] of Object.entries(classes)) {
    const native = global[name];
    if (typeof native === 'function' && native !== memoryClass) {
      Object.defineProperty(native, Symbol.hasInstance, {
        configurable: true,
        value: (value: unknown) =>
          value instanceof memoryClass ||
          (Function.prototype[Symbol.hasInstance] as (v: unknown) => boolean).call(native, value),
      });
    }
    Object.defineProperty(globalThis, name, {
      configurable: true,
      writable: true,
      value: memoryClass,
    });
  }
  Object.defineProperty(globalThis, 'indexedDB', {
    configurable: true,
    writable: true,
    value: new fake.IDBFactory(),
  });
  // idb advances a cursor by waiting on its request again. Once it has seen the browser's own
  // cursor methods it only knows those, so the in-memory ones hand back their request themselves.
  const cursor = fake.IDBCursor.prototype as unknown as Record<string, unknown>;
  if (cursorsPatched) return;
  cursorsPatched = true;
  for (const method of CURSOR_ADVANCE) {
    const original = cursor[method] as (this: { request: unknown }, ...args: unknown[]) => void;
    cursor[method] = function advance(this: { request: unknown }, ...args: unknown[]) {
      original.apply(this, args);
      return this.request;
    };
  }
}

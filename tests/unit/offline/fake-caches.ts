/** An in-memory Cache Storage with the few methods src/offline/library.ts uses. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: string) {
    return this.entries.get(key)?.clone();
  }
  async put(key: string, response: Response) {
    // Read the body now, as the Cache API does, so a failed body fails the put.
    const body = await response.arrayBuffer();
    this.entries.set(key, new Response(body, { status: response.status, headers: response.headers }));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async keys() {
    return [...this.caches.keys()];
  }
  async has(name: string) {
    return this.caches.has(name);
  }
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  asCacheStorage() {
    return this as unknown as CacheStorage;
  }
}

/**
 * A bounded queue between producers that push (concurrent service calls) and one consumer that pulls
 * with `for await` (the gate, streaming findings into the evaluator). A push waits while the queue is
 * full, so memory holds a few batches, never a whole listing. The producer side ends it with close() or
 * fail(error); the consumer's loop then ends, or throws that error. When the consumer stops early (a
 * `break` or a throw in its loop), later pushes resolve at once and are dropped: the producers are
 * stopped by their own abort signal, not by this queue.
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private head = 0;
  private state: "open" | "closed" | "failed" | "abandoned" = "open";
  private error: unknown;
  private readonly pullers: (() => void)[] = [];
  private readonly pushers: (() => void)[] = [];

  constructor(private readonly capacity: number) {}

  private get size(): number {
    return this.items.length - this.head;
  }

  private static wake(waiting: (() => void)[]): void {
    for (const w of waiting.splice(0)) w();
  }

  /** Adds an item; resolves once there is room for it (at once when the consumer has gone). */
  async push(item: T): Promise<void> {
    while (this.state === "open" && this.size >= this.capacity) {
      await new Promise<void>((resolve) => this.pushers.push(resolve));
    }
    if (this.state !== "open") return;
    this.items.push(item);
    Channel.wake(this.pullers);
  }

  /** No more items: the consumer's loop ends once it has taken what is queued. */
  close(): void {
    if (this.state !== "open") return;
    this.state = "closed";
    Channel.wake(this.pullers);
    Channel.wake(this.pushers);
  }

  /** The producer failed: the consumer's loop throws `error` after what is queued. */
  fail(error: unknown): void {
    if (this.state !== "open") return;
    this.state = "failed";
    this.error = error;
    Channel.wake(this.pullers);
    Channel.wake(this.pushers);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    try {
      while (true) {
        if (this.size > 0) {
          const item = this.items[this.head] as T;
          this.items[this.head++] = undefined as T;
          if (this.head > 1024 && this.head * 2 > this.items.length) {
            this.items.splice(0, this.head);
            this.head = 0;
          }
          Channel.wake(this.pushers);
          yield item;
          continue;
        }
        if (this.state === "closed") return;
        if (this.state === "failed") throw this.error;
        await new Promise<void>((resolve) => this.pullers.push(resolve));
      }
    } finally {
      if (this.state === "open") this.state = "abandoned";
      this.items.length = 0;
      this.head = 0;
      Channel.wake(this.pushers);
    }
  }
}

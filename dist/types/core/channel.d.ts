/**
 * A bounded queue between producers that push (concurrent service calls) and one consumer that pulls
 * with `for await` (the gate, streaming findings into the evaluator). A push waits while the queue is
 * full, so memory holds a few batches, never a whole listing. The producer side ends it with close() or
 * fail(error); the consumer's loop then ends, or throws that error. When the consumer stops early (a
 * `break` or a throw in its loop), later pushes resolve at once and are dropped: the producers are
 * stopped by their own abort signal, not by this queue.
 */
export declare class Channel<T> implements AsyncIterable<T> {
    private readonly capacity;
    private readonly items;
    private head;
    private state;
    private error;
    private readonly pullers;
    private readonly pushers;
    constructor(capacity: number);
    private get size();
    private static wake;
    /** Adds an item; resolves once there is room for it (at once when the consumer has gone). */
    push(item: T): Promise<void>;
    /** No more items: the consumer's loop ends once it has taken what is queued. */
    close(): void;
    /** The producer failed: the consumer's loop throws `error` after what is queued. */
    fail(error: unknown): void;
    [Symbol.asyncIterator](): AsyncGenerator<T>;
}

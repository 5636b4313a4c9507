/** The bounded queue between concurrent producers and the gate's `for await`. */
import { describe, expect, it } from "vitest";
import { Channel } from "../../src/core/channel.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("Channel", () => {
  it("hands items over in order and ends when closed", async () => {
    const c = new Channel<number>(2);
    const producer = (async () => {
      for (let i = 0; i < 5; i++) await c.push(i);
      c.close();
    })();
    const seen: number[] = [];
    for await (const n of c) seen.push(n);
    await producer;
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it("holds a push while full, so memory stays bounded", async () => {
    const c = new Channel<number>(2);
    let pushed = 0;
    void (async () => {
      for (let i = 0; i < 10; i++) {
        await c.push(i);
        pushed++;
      }
      c.close();
    })();
    await tick();
    await tick();
    expect(pushed).toBe(2);
    const it = c[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(0);
    await tick();
    expect(pushed).toBe(3);
    await it.return(undefined);
  });

  it("throws the producer's error after what was queued", async () => {
    const c = new Channel<number>(4);
    await c.push(1);
    c.fail(new Error("listing failed"));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of c) seen.push(n);
      })(),
    ).rejects.toThrow("listing failed");
    expect(seen).toEqual([1]);
  });

  it("lets waiting producers go once the consumer leaves early", async () => {
    const c = new Channel<number>(1);
    await c.push(1);
    const blocked = c.push(2);
    for await (const _ of c) break;
    await expect(blocked).resolves.toBeUndefined();
    await expect(c.push(3)).resolves.toBeUndefined();
  });
});

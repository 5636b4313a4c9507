/**
 * SECURITY.md claims: the emulator (which accepts any signature and holds no real data, but would answer
 * anyone) listens on loopback only unless the user asks for another interface.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";

const ROOT = join(import.meta.dirname, "../..");

/** An IPv4 address of this machine that is not loopback, if there is one. */
function externalAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === "IPv4" && !info.internal) return info.address;
    }
  }
  return undefined;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe("the emulator binds to loopback by default", () => {
  it("startEmulator() listens on 127.0.0.1 only", async () => {
    const emulator = await startEmulator();
    try {
      const url = new URL(emulator.endpoint);
      expect(url.hostname).toBe("127.0.0.1");
      expect(await reachable("127.0.0.1", Number(url.port))).toBe(true);
      const external = externalAddress();
      if (external !== undefined) expect(await reachable(external, Number(url.port))).toBe(false);
    } finally {
      await emulator.stop();
    }
  });

  it("`inspector-gate emulator` (the bundled CLI) listens on 127.0.0.1 unless --host says otherwise", async () => {
    const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), "emulator"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "" },
    });
    try {
      const lines = createInterface({ input: child.stdout });
      let first = "";
      for await (const line of lines) {
        first = line;
        break;
      }
      expect(first).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      const port = Number(/:(\d+)$/.exec(first)?.[1]);
      const external = externalAddress();
      if (external !== undefined) expect(await reachable(external, port)).toBe(false);
    } finally {
      child.kill("SIGTERM");
    }
  });
});

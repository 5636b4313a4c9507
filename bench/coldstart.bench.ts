/**
 * Cold start of the bundles a user runs: `node dist/cli.js --version` to exit, and `node dist/action.js`
 * (inputs as the runner passes them) to its first HTTP request reaching Inspector (the emulator, behind a
 * small recording proxy); `node -e 0` is the floor. Medians of several spawns. And the bundles' sizes,
 * raw and gzipped.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startEmulator } from "../src/emulator/index.js";
import { ACTION, CLI, median, ROOT, requireDist, timeCommand } from "./lib/measure.js";
import type { BenchRow } from "./types.js";

const SPAWNS = 9;

/** A pass-through proxy in front of the emulator that resolves the waiting promise on the first request. */
async function recordingProxy(target: string) {
  let onFirst: ((at: number) => void) | undefined;
  const targetUrl = new URL(target);
  const server = createServer((req, res) => {
    onFirst?.(performance.now());
    onFirst = undefined;
    const upstream = request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    nextRequest: () => new Promise<number>((resolve) => (onFirst = resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function run(): Promise<BenchRow[]> {
  requireDist();
  const floor: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < SPAWNS + 1; i++) {
    const a = await timeCommand(process.execPath, ["-e", "0"], { stdout: "ignore" });
    const b = await timeCommand(process.execPath, [CLI, "--version"], { stdout: "ignore" });
    if (i === 0) continue; // warm the file cache
    floor.push(a.wallMs);
    version.push(b.wallMs);
  }

  const emulator = await startEmulator({ seed: "coldstart", findings: 20, timeScale: 2000 });
  const proxy = await recordingProxy(emulator.endpoint);
  const workspace = mkdtempSync(join(tmpdir(), "ig-bench-cold-"));
  writeFileSync(join(workspace, "policy.yml"), "version: 1\nseverity:\n  fail-on: High\n");
  const toFirstRequest: number[] = [];
  try {
    for (let i = 0; i < SPAWNS + 1; i++) {
      const first = proxy.nextRequest();
      const started = performance.now();
      const child = spawn(process.execPath, [ACTION], {
        cwd: workspace,
        stdio: "ignore",
        env: {
          PATH: process.env.PATH ?? "",
          GITHUB_WORKSPACE: workspace,
          GITHUB_ACTIONS: "true",
          AWS_ACCESS_KEY_ID: "AKIDBENCH",
          AWS_SECRET_ACCESS_KEY: "bench",
          AWS_REGION: "us-west-2",
          AWS_EC2_METADATA_DISABLED: "true",
          "INPUT_ASSESSMENT-TEMPLATE-ARN": emulator.seeded.templateArn,
          INPUT_ENDPOINT: proxy.url,
          INPUT_POLICY: "policy.yml",
          "INPUT_RUN-NAME": `cold-${i}`,
          "INPUT_COMMENT-ON-PR": "never",
        },
      });
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      const at = await Promise.race([first, exited.then(() => Number.NaN)]);
      child.kill("SIGKILL");
      await exited;
      if (Number.isNaN(at)) throw new Error("dist/action.js exited before sending a request");
      if (i > 0) toFirstRequest.push(at - started);
    }
  } finally {
    await proxy.close();
    await emulator.stop();
    rmSync(workspace, { recursive: true, force: true });
  }

  const group = "cold start";
  const rows: BenchRow[] = [
    { group, name: "node -e 0 (the floor)", value: median(floor), unit: "ms", note: `median of ${SPAWNS}` },
    {
      group,
      name: "node dist/cli.js --version",
      value: median(version),
      unit: "ms",
      target: "≤ the floor + 150 ms",
      pass: median(version) - median(floor) <= 150,
      note: `median of ${SPAWNS}; ${(median(version) - median(floor)).toFixed(0)} ms over the floor (parsing the bundle)`,
    },
    {
      group,
      name: "node dist/action.js to its first request",
      value: median(toFirstRequest),
      unit: "ms",
      target: "< 1000 ms",
      pass: median(toFirstRequest) < 1000,
      note: `median of ${SPAWNS}; inputs read, policy loaded, SDK client built, first call sent`,
    },
  ];
  for (const file of [CLI, ACTION, join(ROOT, "dist/index.js")]) {
    const raw = statSync(file).size;
    const gz = gzipSync(readFileSync(file)).length;
    rows.push({
      group,
      name: `size of ${file.slice(ROOT.length + 1)}`,
      value: raw / 1024,
      unit: "KiB",
      note: `${(gz / 1024).toFixed(0)} KiB gzipped`,
    });
  }
  return rows;
}

/**
 * The `inspector-gate emulator` command: its first stdout line, the seeded ARNs, an accelerated clock
 * unless `--real-time`, the `check` command it prints (which works with no credentials configured),
 * flags mapped onto options and faults, clear usage errors (exit 2) naming the flag and the expected
 * form, and a clean stop on abort; and, as a real process, on SIGINT and SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  InternalException,
  ListRulesPackagesCommand,
  StartAssessmentRunCommand,
} from "@aws-sdk/client-inspector";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { DUMMY_CREDENTIALS, EMULATOR_TIME_SCALE } from "../../src/cli/commands/emulator.js";
import { captureIo, serveEmulator } from "../helpers/cli-io.js";
import { control } from "../helpers/emulator.js";
import { inspectorClient } from "../helpers/inspector-client.js";

describe("inspector-gate emulator", () => {
  it("prints 'listening on http://HOST:PORT' first, then the seeded ARNs, and stops cleanly on abort", async () => {
    const result = await serveEmulator(
      ["--port", "0", "--findings", "5", "--seed", "cli"],
      async (endpoint, out) => {
        const lines = out.split("\n");
        expect(lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
        expect(lines[0]).toBe(`listening on ${endpoint}`);
        expect(lines.filter((l) => l.startsWith("rules-package "))).toHaveLength(4);
        expect(out).toMatch(
          /^template\s+arn:aws:inspector:us-west-2:123456789012:target\/0-\w{8}\/template\/0-\w{8}$/m,
        );
        const client = inspectorClient(endpoint);
        const packages = await client.send(new ListRulesPackagesCommand({}));
        expect(packages.rulesPackageArns).toHaveLength(4);
        client.destroy();
      },
    );
    expect(result.code).toBe(0);
    expect(result.err).toBe("emulator stopped\n");
  });

  it("maps fault flags onto the emulator's faults", async () => {
    await serveEmulator(
      [
        "--internal-error-rate",
        "1@ListRulesPackages",
        "--latency",
        "5",
        "--latency",
        "ListFindings=20",
        "--rate-limit",
        "100:20@DescribeFindings,ListFindings",
        "--failed-items",
        "0.25:permanent",
        "--drop-rate",
        "0",
        "--finding-counts-skew",
        "2",
      ],
      async (endpoint) => {
        const faults = (await control(endpoint, "faults")).json;
        expect(faults).toEqual({
          latencyMs: { "*": 5, ListFindings: 20 },
          rateLimit: { requestsPerSecond: 100, burst: 20, operations: ["DescribeFindings", "ListFindings"] },
          internalErrors: { rate: 1, operations: ["ListRulesPackages"] },
          dropConnections: { rate: 0 },
          failedItems: { rate: 0.25, mode: "permanent" },
          findingCountsSkew: 2,
        });
        const client = inspectorClient(endpoint, { maxAttempts: 1 });
        await expect(client.send(new ListRulesPackagesCommand({}))).rejects.toBeInstanceOf(InternalException);
        client.destroy();
      },
    );
  });

  it("runs on an accelerated clock unless --real-time, and says so", async () => {
    const scaleOf = async (args: string[]) => {
      const path = join(mkdtempSync(join(tmpdir(), "inspector-gate-cli-")), "state.json");
      const { out } = await serveEmulator([...args, "--state", path], async (endpoint, banner) => {
        const client = inspectorClient(endpoint);
        const template = /^template\s+(\S+)$/m.exec(banner)![1]!;
        await client.send(new StartAssessmentRunCommand({ assessmentTemplateArn: template }));
        client.destroy();
      });
      const state = JSON.parse(readFileSync(path, "utf8"));
      return { out, scale: state.assessmentRuns[0].emulator.timeScale };
    };
    const brisk = await scaleOf([]);
    expect(brisk.scale).toBe(EMULATOR_TIME_SCALE);
    expect(brisk.out).toMatch(
      /^time-scale\s+100 \(Inspector's timings divided by 100; --real-time to keep them\)$/m,
    );
    const real = await scaleOf(["--real-time"]);
    expect(real.scale).toBe(1);
    expect(real.out).toMatch(/^time-scale\s+1 \(Inspector's own timings\)$/m);
    expect((await scaleOf(["--time-scale", "7"])).scale).toBe(7);
  });

  it("prints the check command to run next, which gates the seeded template with no credentials configured", async () => {
    let printed = "";
    await serveEmulator(["--time-scale", "2000"], async (endpoint, out) => {
      const template = /^template\s+(\S+)$/m.exec(out)![1]!;
      printed = out.trimEnd().split("\n").at(-1)!.trim();
      const prefix = `${DUMMY_CREDENTIALS} npx inspector-gate check --endpoint ${endpoint} --template-arn ${template} --policy `;
      expect(printed.startsWith(prefix), printed).toBe(true);
      const policy = printed.slice(prefix.length);
      expect(policy).toBe("policies/default.yml");
      // The command as printed, minus its dummy credentials: none are configured at all.
      const home = mkdtempSync(join(tmpdir(), "inspector-gate-no-credentials-"));
      const child = spawn(
        process.execPath,
        [
          ...[
            "--import",
            "tsx",
            "src/cli/main.ts",
            "check",
            "--endpoint",
            endpoint,
            "--template-arn",
            template,
          ],
          ...["--policy", policy, "--poll-interval", "100ms", "--run-name", "next-step"],
        ],
        {
          cwd: process.cwd(),
          env: {
            PATH: process.env.PATH,
            HOME: home,
            AWS_CONFIG_FILE: join(home, "config"),
            AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
            AWS_EC2_METADATA_DISABLED: "true",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const [code] = (await once(child, "exit")) as [number];
      expect(stderr).not.toContain("AWS_CREDENTIALS");
      expect(stderr).toContain("COMPLETED");
      // The seeded run holds High findings: the default policy is violated, a verdict was reached.
      expect(code, stderr).toBe(1);
    });
    expect(printed).toContain("AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test ");
  });

  it("saves its state on stop with --state", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "inspector-gate-cli-")), "state.json");
    const result = await serveEmulator(["--state", path, "--seed", "kept"], async () => {});
    expect(result.err).toBe(`emulator stopped; state saved to ${path}\n`);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ seed: "kept" });
  });

  it("prints its usage with --help", async () => {
    const c = captureIo();
    expect(await main(["emulator", "--help"], c.io)).toBe(0);
    expect(c.out()).toContain("Usage: inspector-gate emulator [options]");
    expect(c.out()).toContain("--time-scale X");
    expect(c.out()).toContain("--real-time");
  });

  it.each([
    [["--port", "http"], "invalid --port 'http': expected an integer from 0 to 65535"],
    [["--port", "70000"], "invalid --port '70000'"],
    [["--findings=-1"], "invalid --findings '-1': expected an integer from 0 to 5000000"],
    [["--findings", "-1"], "option --findings has a value starting with '-': write it as --findings=VALUE"],
    [["--time-scale", "0"], "invalid --time-scale '0': expected a number greater than 0"],
    [["--real-time", "--time-scale", "5"], "give --real-time or --time-scale, not both"],
    [
      ["--unhealthy-agents", "9", "--agents", "3"],
      "invalid --unhealthy-agents '9': expected an integer from 0 to 3",
    ],
    [
      ["--outcome", "DONE"],
      "invalid --outcome 'DONE': expected COMPLETED, COMPLETED_WITH_ERRORS, FAILED, ERROR or NEVER",
    ],
    [["--latency", "soon"], "invalid --latency 'soon': expected a number of ms, or OPERATION=MS"],
    [["--rate-limit", "fast"], "invalid --rate-limit 'fast': expected RPS[:BURST][@OPS]"],
    [["--internal-error-rate", "2"], "invalid --internal-error-rate '2': expected a share from 0 to 1"],
    [["--failed-items", "0.1:often"], "invalid --failed-items '0.1:often'"],
    [["--faults", "{oops"], "invalid --faults '{oops': expected a JSON object"],
    [
      ["--faults", '{"internalErrors":{"rate":5}}'],
      "Invalid emulator faults: internalErrors must be null or {rate: 0..1",
    ],
    [["--region", "mars"], "Invalid emulator option region 'mars': expected an AWS region such as us-west-2"],
    [["--prot", "1"], "unknown option '--prot': expected one of --host, --port"],
    [["--port"], "option --port needs a value"],
    [["serve"], "unexpected argument"],
  ])("refuses %j with a clear usage error (exit 2)", async (args, message) => {
    const c = captureIo();
    expect(await main(["emulator", ...args], c.io)).toBe(2);
    expect(c.err()).toContain(message);
    expect(c.err()).not.toMatch(/\n\s+at /);
    expect(c.out()).toBe("");
  });

  it("refuses a port already in use (exit 2)", async () => {
    await serveEmulator([], async (endpoint) => {
      const port = new URL(endpoint).port;
      const c = captureIo();
      expect(await main(["emulator", "--port", port], c.io)).toBe(2);
      expect(c.err()).toContain(`cannot listen on 127.0.0.1:${port}`);
    });
  });
});

describe("as a process", () => {
  async function launch(): Promise<{ child: ChildProcess; endpoint: string; stderr: () => string }> {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "emulator", "--findings", "3"],
      {
        cwd: process.cwd(),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const lines = createInterface({ input: child.stdout! });
    const [first] = (await once(lines, "line")) as [string];
    const endpoint = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
    if (endpoint === undefined) throw new Error(`unexpected first line: ${first}; stderr: ${stderr}`);
    return { child, endpoint, stderr: () => stderr };
  }

  it("stops cleanly on SIGINT and on SIGTERM", async () => {
    const runs = await Promise.all([launch(), launch()]);
    await Promise.all(
      runs.map(async ({ child, endpoint, stderr }, i) => {
        const health = await fetch(`${endpoint}/_emulator/health`);
        expect(health.status).toBe(200);
        child.kill(i === 0 ? "SIGINT" : "SIGTERM");
        const [code] = (await once(child, "exit")) as [number];
        expect(code).toBe(0);
        expect(stderr()).toContain("emulator stopped");
      }),
    );
  });
});

/**
 * The published package: what `npm pack` puts in it, and what `npm install inspector-gate` brings with it.
 * Runtime dependencies are exactly the packages the published files import; installing the packed
 * tarball in a fresh folder (offline, from npm's cache, which `npm ci` fills) installs their dependency
 * closure and nothing else, and the installed CLI and library work.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

interface LockEntry {
  version?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  license: string;
  bin: Record<string, string>;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockEntry>;
};

/** Bare package names a JavaScript file imports or requires (node: builtins and relative paths left out). */
function importedPackages(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), "utf8");
  const names = new Set<string>();
  // A `require(` inside a string or template literal is generated code's text (ajv's), not a call; so is
  // one in brackets (the AWS SDK's error messages: "register the package by calling [require(...)]").
  for (const match of text.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|(?<![`'"[])\brequire\s*\(\s*)["']([^"'.][^"']*)["']/g,
  )) {
    const specifier = match[1]!;
    if (specifier.startsWith("node:") || !/^[@a-z]/.test(specifier)) continue;
    const name = specifier.startsWith("@")
      ? specifier.split("/").slice(0, 2).join("/")
      : specifier.split("/")[0]!;
    names.add(name);
  }
  return names;
}

/** Node's built-in modules, which bundles may also import without the `node:` prefix. */
const BUILTINS = new Set((await import("node:module")).builtinModules);

/** The lockfile paths a set of packages needs at run time, following node's lookup from each dependent. */
function closure(roots: readonly string[]): Set<string> {
  const found = new Set<string>();
  const resolveFrom = (from: string, name: string): string => {
    for (
      let dir = from;
      ;
      dir = dir.includes("/node_modules/") ? dir.slice(0, dir.lastIndexOf("/node_modules/")) : ""
    ) {
      const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
      if (lock.packages[candidate]) return candidate;
      if (dir === "")
        throw new Error(`${name} (needed by ${from || "the package"}) is not in package-lock.json`);
    }
  };
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    const entry = lock.packages[path]!;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      try {
        visit(resolveFrom(path, name));
      } catch (error) {
        if (!entry.optionalDependencies?.[name]) throw error;
      }
    }
  };
  for (const name of roots) visit(resolveFrom("", name));
  return found;
}

describe("runtime dependencies", () => {
  it("are exactly the packages the published JavaScript imports", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], { cwd: ROOT });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const scripts = files.filter((f) => f.endsWith(".js"));
    // The CLI, the library and the emulator entry; the code the last two share sits in dist/chunks/.
    expect(scripts.filter((f) => !f.startsWith("dist/chunks/")).sort()).toEqual([
      "dist/cli.js",
      "dist/emulator.js",
      "dist/index.js",
    ]);
    const imported = new Set(
      scripts.flatMap((f) => [...importedPackages(f)]).filter((n) => !BUILTINS.has(n)),
    );
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    // The CLI is one self-contained bundle; the library leaves its dependencies to npm.
    expect([...importedPackages("dist/cli.js")].filter((n) => !BUILTINS.has(n))).toEqual([]);
    // What a user of the package gets besides the code.
    for (const file of [
      "LICENSE",
      "README.md",
      "action.yml",
      "src/policy/schema.json",
      "policies/default.yml",
    ]) {
      expect(files).toContain(file);
    }
    expect(files.some((f) => f.startsWith("test/") || (f.startsWith("src/") && f.endsWith(".ts")))).toBe(
      false,
    );
  });
});

describe("the packed package installed in a fresh folder", () => {
  let consumer: string;
  let installLog: string;
  let expected: Set<string>;

  beforeAll(async () => {
    consumer = mkdtempSync(join(tmpdir(), "ig-consumer-"));
    await run("npm", ["pack", "--pack-destination", consumer, "--silent"], { cwd: ROOT });
    const tarball = `${pkg.name}-${pkg.version}.tgz`;
    const { createHash } = await import("node:crypto");
    const integrity = `sha512-${createHash("sha512")
      .update(readFileSync(join(consumer, tarball)))
      .digest("base64")}`;
    // A lockfile pinning the runtime closure to the versions and integrities this repository locked, so
    // `npm ci --offline` can install from npm's cache with no registry request at all.
    expected = closure(Object.keys(pkg.dependencies));
    const packages: Record<string, unknown> = {
      "": { name: "consumer", version: "1.0.0", dependencies: { [pkg.name]: `file:${tarball}` } },
      [`node_modules/${pkg.name}`]: {
        version: pkg.version,
        resolved: `file:${tarball}`,
        integrity,
        license: pkg.license,
        dependencies: pkg.dependencies,
        bin: pkg.bin,
        engines: pkg.engines,
      },
    };
    for (const path of expected) packages[path] = lock.packages[path];
    const manifest = {
      name: "consumer",
      version: "1.0.0",
      private: true,
      dependencies: { [pkg.name]: `file:${tarball}` },
    };
    writeFileSync(join(consumer, "package.json"), JSON.stringify(manifest));
    writeFileSync(
      join(consumer, "package-lock.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages }),
    );
    const { stdout, stderr } = await run(
      "npm",
      ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel", "warn"],
      { cwd: consumer, env: { ...process.env, npm_config_update_notifier: "false" } },
    );
    installLog = stdout + stderr;
  }, 180_000);

  it("installs the runtime closure and nothing else, with no engine warning on Node 20", async () => {
    const { stdout } = await run("npm", ["ls", "--all", "--parseable"], { cwd: consumer });
    const installed = stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => posix.relative(consumer.split("\\").join("/"), line.split("\\").join("/")));
    expect(installed).toContain(`node_modules/${pkg.name}`);
    const dependencies = installed.filter((p) => p !== `node_modules/${pkg.name}`);
    expect(new Set(dependencies)).toEqual(expected);
    // 111 before @actions/core and @actions/github (bundled into the Action, imported by nothing
    // published) stopped being runtime dependencies; @aws-sdk/client-s3 (reading findings reports)
    // brings its checksum, XML and streaming packages on top (158 with it).
    expect(dependencies.length).toBeLessThan(170);
    expect(installLog).not.toMatch(/EBADENGINE|deprecated/i);
    expect(readdirSync(join(consumer, "node_modules"))).not.toContain("@actions");
  });

  it("works: the CLI answers and the library loads a policy with a shipped preset", async () => {
    const cli = await run(process.execPath, [
      join(consumer, "node_modules/.bin/inspector-gate"),
      "--version",
    ]);
    expect(cli.stdout.trim()).toBe(pkg.version);
    const script = [
      `import { loadPolicy, formatReport } from "${pkg.name}";`,
      `const policy = await loadPolicy({ text: "version: 1\\nextends: [inspector-gate:strict]\\n" });`,
      "console.log(policy.severityLimits.map((l) => l.severity).join(','), typeof formatReport);",
    ].join("\n");
    writeFileSync(join(consumer, "use.mjs"), script);
    const lib = await run(process.execPath, ["use.mjs"], { cwd: consumer });
    expect(lib.stdout.trim()).toBe("Critical,High,Medium function");
  });
});

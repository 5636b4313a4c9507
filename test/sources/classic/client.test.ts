/**
 * Credentials against an endpoint on this machine: the SDK's own when it finds some, fixed dummies
 * when it finds none (an emulator accepts any), and never dummies for an endpoint elsewhere or when
 * credentials or a profile were asked for explicitly.
 */
import { describe, expect, it } from "vitest";
import {
  createInspectorClient,
  isLoopbackEndpoint,
  LOOPBACK_DUMMY_CREDENTIALS,
  loopbackCredentials,
} from "../../../src/sources/classic/client.js";

const REAL = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "real-secret" };

/** A credential chain that finds nothing, counting how often it was asked. */
function emptyChain() {
  const chain = async () => {
    chain.calls++;
    throw new Error("Could not load credentials from any providers");
  };
  chain.calls = 0;
  return chain;
}

describe("isLoopbackEndpoint", () => {
  it.each([
    ["http://127.0.0.1:4566", true],
    ["http://127.10.0.3", true],
    ["http://localhost:8080/", true],
    ["http://api.localhost", true],
    ["http://[::1]:4566", true],
    ["https://inspector.us-west-2.amazonaws.com", false],
    ["http://10.0.0.5:4566", false],
    ["http://128.0.0.1", false],
    ["http://localhost.example.com", false],
    ["http://[::2]", false],
    ["not a url", false],
  ])("%s: %s", (endpoint, expected) => {
    expect(isLoopbackEndpoint(endpoint)).toBe(expected);
  });
});

describe("loopbackCredentials", () => {
  it("is undefined for an endpoint that is not on this machine, or no endpoint", () => {
    const chain = emptyChain();
    expect(loopbackCredentials("https://inspector.us-west-2.amazonaws.com", chain)).toBeUndefined();
    expect(loopbackCredentials("http://10.0.0.5:4566", chain)).toBeUndefined();
    expect(loopbackCredentials(undefined, chain)).toBeUndefined();
  });

  it("gives the chain's credentials when it finds some", async () => {
    const provider = loopbackCredentials("http://127.0.0.1:4566", async () => REAL)!;
    await expect(provider()).resolves.toEqual(REAL);
  });

  it("gives fixed dummies once the chain finds none, without asking it again", async () => {
    const chain = emptyChain();
    const provider = loopbackCredentials("http://localhost:4566", chain)!;
    await expect(provider()).resolves.toEqual(LOOPBACK_DUMMY_CREDENTIALS);
    await expect(provider()).resolves.toEqual(LOOPBACK_DUMMY_CREDENTIALS);
    expect(chain.calls).toBe(1);
  });
});

describe("createInspectorClient", () => {
  it("keeps explicit credentials on a loopback endpoint", async () => {
    const client = createInspectorClient({
      endpoint: "http://127.0.0.1:4566",
      region: "us-west-2",
      credentials: REAL,
    });
    await expect(client.config.credentials()).resolves.toMatchObject(REAL);
    client.destroy();
  });
});

import { describe, expect, it } from "vitest";
import { parseArn, parseChoice, parseDuration, parseInteger, parseUrl } from "../../src/cli/args.js";
import { ConfigError } from "../../src/errors.js";

describe("parseDuration", () => {
  it.each([
    ["250ms", 250],
    ["90s", 90_000],
    ["15m", 900_000],
    ["2h", 7_200_000],
    ["30", 30_000],
    ["1.5h", 5_400_000],
    [" 10s ", 10_000],
  ])("%s → %d ms", (text, ms) => {
    expect(parseDuration(text, "--timeout")).toBe(ms);
  });

  it.each(["soon", "", "10x", "-5s", "0", "0s", "1e3", "2 hours"])(
    "refuses %j with the expected form",
    (text) => {
      expect(() => parseDuration(text, "--timeout")).toThrow(ConfigError);
      expect(() => parseDuration(text, "--timeout")).toThrow(
        `Invalid --timeout '${text}': expected a duration such as 90s, 15m or 2h.`,
      );
    },
  );
});

describe("other values", () => {
  it("parses integers within bounds and names the flag otherwise", () => {
    expect(parseInteger("8", "--concurrency", 1, 64)).toBe(8);
    expect(() => parseInteger("0", "--concurrency", 1, 64)).toThrow(
      "Invalid --concurrency '0': expected an integer from 1 to 64.",
    );
    expect(() => parseInteger("eight", "--concurrency")).toThrow("expected an integer of at least 1");
    expect(() => parseInteger("2.5", "--concurrency")).toThrow(ConfigError);
  });

  it("parses choices", () => {
    expect(parseChoice("leave", "--on-timeout", ["stop", "leave"])).toBe("leave");
    expect(() => parseChoice("kill", "--on-timeout", ["stop", "leave"])).toThrow(
      "Invalid --on-timeout 'kill': expected stop or leave.",
    );
    expect(() => parseChoice("xml", "--format", ["text", "json", "markdown"])).toThrow(
      "expected one of text, json, markdown",
    );
  });

  it("parses URLs", () => {
    expect(parseUrl("http://127.0.0.1:4566", "--endpoint")).toBe("http://127.0.0.1:4566");
    expect(() => parseUrl("127.0.0.1:4566", "--endpoint")).toThrow("expected an http:// or https:// URL");
    expect(() => parseUrl("ftp://x", "--endpoint")).toThrow(ConfigError);
  });

  it("parses template and run ARNs", () => {
    const template = "arn:aws:inspector:us-west-2:123456789012:target/0-nvgVhaxX/template/0-it5r2S4T";
    const run = `${template}/run/0-11LMTAVe`;
    expect(parseArn(template, "--template-arn", "template")).toBe(template);
    expect(parseArn(run, "--run-arn", "run")).toBe(run);
    expect(() => parseArn(run, "--template-arn", "template")).toThrow("expected an assessment template ARN");
    expect(() => parseArn("0-it5r2S4T", "--run-arn", "run")).toThrow("Invalid --run-arn '0-it5r2S4T'");
  });
});

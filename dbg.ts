import { startEmulator } from "./src/emulator/index.ts";
let skew = 0;
const emulator = await startEmulator({ seed: "bench", clock: { now: () => Date.now() + skew, sleep: async () => {} }, inspector2: { findings: 20000 } });
skew = 3600_000;
const auth = "AWS4-HMAC-SHA256 Credential=b/20260101/us-west-2/inspector2/aws4_request, SignedHeaders=host, Signature=" + "0".repeat(64);
let token: string | undefined; let pages = 0; let bytes = 0;
const t0 = performance.now();
do {
  const r = await fetch(emulator.endpoint + "/findings/list", { method: "POST", headers: { authorization: auth }, body: JSON.stringify({ maxResults: 100, ...(token ? { nextToken: token } : {}) }) });
  const text = await r.text(); bytes += text.length;
  token = JSON.parse(text).nextToken; pages++;
} while (token);
const s = (performance.now() - t0) / 1000;
console.log(pages, s.toFixed(2), (pages / s).toFixed(0), "pages/s", (bytes / pages / 1024).toFixed(1), "KiB/page");
await emulator.stop();

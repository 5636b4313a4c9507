import { exitWhenWritten } from "../exit.js";
import { run } from "./run.js";

await run();
await exitWhenWritten(Number(process.exitCode ?? 0) || 0);

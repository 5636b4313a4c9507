import { ConfigError } from "../../errors.js";
import type { Command } from "../io.js";

// Placeholder until the 'emulator' command lands.
export const command: Command = {
  name: "emulator",
  summary: "emulator",
  run: async () => {
    throw new ConfigError("NOT_AVAILABLE", "the 'emulator' command is not available in this build");
  },
};

import { ConfigError } from "../../errors.js";
import type { Command } from "../io.js";

// Placeholder until the 'check' command lands.
export const command: Command = {
  name: "check",
  summary: "check",
  run: async () => {
    throw new ConfigError("NOT_AVAILABLE", "the 'check' command is not available in this build");
  },
};

import { ConfigError } from "../../errors.js";
import type { Command } from "../io.js";

// Placeholder until the 'demo' command lands.
export const command: Command = {
  name: "demo",
  summary: "demo",
  run: async () => {
    throw new ConfigError("NOT_AVAILABLE", "the 'demo' command is not available in this build");
  },
};

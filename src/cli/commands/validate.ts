import { ConfigError } from "../../errors.js";
import type { Command } from "../io.js";

// Placeholder until the 'validate' command lands.
export const command: Command = {
  name: "validate",
  summary: "validate",
  run: async () => {
    throw new ConfigError("NOT_AVAILABLE", "the 'validate' command is not available in this build");
  },
};

import type { Command } from "../io.js";
export declare const command: Command;

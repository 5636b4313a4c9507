/** Kept equal to package.json's version by a test. */
export const VERSION = "0.1.0";

/** Where the project lives: SARIF's `tool.driver.informationUri`; kept equal to package.json's homepage. */
export const INFORMATION_URI = "https://github.com/inspector-gate/inspector-gate";

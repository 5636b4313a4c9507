// Placeholder until the Action lands.
export async function run(): Promise<void> {
  process.stderr.write("inspector-gate: the Action is not available in this build\n");
  process.exitCode = 1;
}

/** Durations as people read them, for progress lines and messages. */
/** "2h", "15m", "90s", "250ms", "1h 30m". */
export declare function formatDuration(ms: number): string;

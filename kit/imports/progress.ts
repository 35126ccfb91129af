import cliProgress from 'cli-progress';

/** The stages of a run: a bar on a terminal, one line per stage otherwise (a log, CI). */
export function progress(total: number) {
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: '{bar} {value}/{total} {stage}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let done = 0;
  bar?.start(total, 0, { stage: '' });
  return {
    next(stage: string) {
      done++;
      if (bar) bar.update(done, { stage });
      else console.error(`[${done}/${total}] ${stage}`);
    },
    stop: () => bar?.stop(),
  };
}

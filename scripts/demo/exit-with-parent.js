/**
 * Preloaded (node --require) into the processes the demo starts. They run in their own process
 * group, so a Ctrl-C in the terminal reaches only the demo, which then stops them in order; this
 * stops them as well when the demo dies without doing so (SIGKILL, crash): the IPC channel to the
 * demo closes and the process sends itself SIGTERM, its usual graceful shutdown.
 */
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

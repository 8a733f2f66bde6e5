/**
 * Runs a script's `main` when its file is the one node was started with (not when a test
 * imports it): a failure is printed as its message alone and exits 1; a number returned is the
 * exit code.
 */
export function runAsScript(mod: NodeModule, main: () => unknown): void {
  if (require.main !== mod) return;
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exit(code);
      },
      (e: unknown) => {
        console.error(e instanceof Error ? e.message : String(e));
        process.exit(1);
      },
    );
}

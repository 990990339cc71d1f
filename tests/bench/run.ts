/** `npm run bench`: every benchmark part in turn, each printing its own table. */
import { formatDetectBench, runDetectBench } from './detect';
import { formatPageBench, runPageBench } from './page';

async function main(): Promise<void> {
  process.stdout.write(`${formatDetectBench(runDetectBench())}\n`);
  process.stdout.write(`${formatPageBench(await runPageBench())}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});

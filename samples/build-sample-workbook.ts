/** Regenerates samples/team-pipeline.xlsx from samples/teamPipeline.ts (npm run sample). */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { buildSampleWorkbook } from './sampleWorkbook';

export const SAMPLE_PATH = join(__dirname, 'team-pipeline.xlsx');

buildSampleWorkbook().then(
  (buf) => {
    writeFileSync(SAMPLE_PATH, buf);
    console.log(`written: ${SAMPLE_PATH}`);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);

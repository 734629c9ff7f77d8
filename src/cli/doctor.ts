import { mergeEnvFile } from '../config/read-env-file.js';
import { runDoctor } from './run-doctor.js';

/** `npm run doctor`: checks a live configuration without changing anything (SPEC §9). */
process.exitCode = await runDoctor({ args: process.argv.slice(2), env: mergeEnvFile(process.env), stdout: process.stdout, stderr: process.stderr });

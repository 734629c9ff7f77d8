import { mergeEnvFile } from '../config/read-env-file.js';
import { openBrowser } from './open-browser.js';
import { runAuthorize } from './run-authorize.js';

/**
 * `npm run authorize`: the compliance officer signs Warden in once (SPEC §9). Reads the
 * environment or .env like the service; writes to stdout and stderr itself, as a CLI.
 */
process.exitCode = await runAuthorize({ args: process.argv.slice(2), env: mergeEnvFile(process.env), stdout: process.stdout, stderr: process.stderr, open: openBrowser });

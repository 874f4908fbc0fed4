// The action's entry point: action.yml runs the bundle of this file. All logic lives in main.ts.
import { run } from './main.js';
await run();

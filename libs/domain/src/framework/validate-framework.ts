import { frameworkToFileData } from './framework-yaml';
import { rawFromValue } from './raw-node';
import { readFramework } from './read-framework';
import type { Framework, FrameworkIssue } from './types';

/**
 * Checks a framework object (e.g. after an admin's edit) against the same rules as an imported
 * file: valid and unique keys, names and sentences present, an expectation for every active level
 * in every active competency, and so on. Returns every problem, by path in the file's terms
 * (`below_expectations`, `areas[0].competencies[1].expectations.architect`); none means valid.
 */
export function validateFramework(framework: Framework): FrameworkIssue[] {
  return readFramework(rawFromValue(frameworkToFileData(framework))).issues.map(({ path, message }) => ({
    path,
    message,
  }));
}

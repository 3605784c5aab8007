/** One jest run for every project; `npm test` wraps it with a database (scripts/test.mjs). */
module.exports = {
  // A global option: jest ignores testTimeout in a project's own config when run through projects.
  testTimeout: 30000,
  projects: [
    '<rootDir>/libs/domain/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
  ],
};

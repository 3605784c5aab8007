const path = require('node:path');

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts', '<rootDir>/lint/**/*.spec.cjs'],
  transform: { '^.+\\.ts$': ['@swc/jest', require('../../jest.swc.cjs')] },
  moduleNameMapper: { '^@trellis/domain$': path.join(__dirname, '../../libs/domain/src/index.ts') },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};

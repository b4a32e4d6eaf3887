// Jest configuration for the Servistech ERP stack's own tests (they live outside the workspaces that
// `backstage-cli repo test` scans). Run from the repository root:
//   CI=true node_modules/.bin/jest -c templates/servistech-erp/tests/jest.config.js
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.test.ts'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '\\.ts$': [
      require.resolve('@backstage/cli/config/jestSwcTransform'),
      { jsc: { parser: { syntax: 'typescript' } } },
    ],
  },
  testTimeout: 30000,
};

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: [
      "test/setup/provision-dovecot.ts",
      "test/setup/provision-postgres.ts",
      "test/setup/provision-keyring.ts",
    ],
    reporters: ["default", "./test/reporters/summary.ts"],
  },
});

import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process"],
              message: "src/core is pure: no Node-only APIs.",
            },
            {
              group: [
                "**/store/**",
                "**/app/**",
                "**/cli/**",
                "**/mail/**",
                "**/calendar/**",
                "**/web/**",
              ],
              message: "src/core depends on nothing outside it.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date']",
          message: "src/core has no clock: take `now` as a parameter.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(now|local|utc)$/][callee.object.name=/^(Date|DateTime)$/]",
          message: "src/core has no clock: take `now` as a parameter.",
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "src/core is pure." }],
    },
  },
);

import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The pure core runs in Node, tests and the CLI: it may not reach the DOM, Svelte or tfjs.
const pureCore = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '$app/*', '*.svelte'], message: 'The pure core may not import Svelte.' },
		{ group: ['@tensorflow/*'], message: 'Only src/lib/tfjs/ imports tfjs.' },
		{
			group: ['$lib/site/*', '$lib/content/*', '$lib/tfjs/*'],
			message: 'Dependencies point inward: schema <- networks <- analysis <- diagram <- explorer, live.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: [
			'src/lib/schema/**',
			'src/lib/networks/**',
			'src/lib/analysis/**',
			'src/lib/diagram/**',
			'src/lib/explorer/**/*.ts',
			'src/lib/live/**/*.ts',
			'src/lib/results/**',
			'src/lib/train/**/*.ts'
		],
		// Svelte state classes (*.svelte.ts) belong to the shell.
		ignores: ['**/*.svelte.ts'],
		rules: { 'no-restricted-imports': ['error', pureCore] }
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [
			'src/lib/tfjs/**',
			'src/lib/schema/**',
			'src/lib/networks/**',
			'src/lib/analysis/**',
			'src/lib/diagram/**'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['@tensorflow/*'], message: 'Only src/lib/tfjs/ imports tfjs.' }] }
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'build-base/',
			'.svelte-kit/',
			'.svelte-kit-build-base/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);

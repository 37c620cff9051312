import { defineConfig, type Plugin } from 'vite';

// The renderer is loaded from the app's own scheme (or file:// in tests): relative asset paths, no
// dev server in production, and no inline scripts so the CSP can forbid them.
// No node: imports here (the renderer lint rule forbids them): Vite provides import.meta.dirname when it
// bundles this config, and outDir resolves against root.
const here = import.meta.dirname;

// Chromium refuses `<script type="module" crossorigin>` and crossorigin stylesheets from file:// (an
// opaque origin, so every fetch is cross-origin). The bundle is one IIFE chunk loaded by a classic
// deferred script, which works from app://, file:// and http:// alike.
const classicScript: Plugin = {
  name: 'lockscribe-classic-script',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<script type="module" crossorigin /g, '<script defer ').replace(/ crossorigin(?=[\s>])/g, ''),
  },
};

export default defineConfig({
  root: here,
  base: './',
  esbuild: { jsx: 'automatic' },
  plugins: [classicScript],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome120',
    cssCodeSplit: false,
    rollupOptions: {
      output: { format: 'iife', inlineDynamicImports: true },
      // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && (warning.id ?? '').includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { microAppConfig } from '@carecircle/ui/vite-app';

export default defineConfig(microAppConfig('workforce', path.dirname(fileURLToPath(import.meta.url))));

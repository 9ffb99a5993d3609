import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * A Vite plugin that prints the size of each emitted JavaScript and CSS file (raw and gzip) and
 * writes them to `bundle-report.json` in the output folder, so the build shows what each app weighs.
 */
export function reportSizes(appName, outDir) {
  return {
    name: 'carecircle-bundle-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const files = [];
      for (const item of Object.values(bundle)) {
        if (!/\.(m?js|css)$/.test(item.fileName)) continue;
        const full = path.join(outDir, item.fileName);
        if (!fs.existsSync(full)) continue;
        const data = fs.readFileSync(full);
        files.push({ file: item.fileName, bytes: data.length, gzip: zlib.gzipSync(data).length });
      }
      const total = files.reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzip }), { bytes: 0, gzip: 0 });
      const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
      console.log(`\n[bundle] ${appName}: ${kb(total.bytes)} (gzip ${kb(total.gzip)}) in ${files.length} files`);
      for (const f of files) console.log(`[bundle]   ${f.file}  ${kb(f.bytes)} (gzip ${kb(f.gzip)})`);
      fs.writeFileSync(path.join(outDir, 'bundle-report.json'), JSON.stringify({ app: appName, total, files }, null, 2));
    },
  };
}

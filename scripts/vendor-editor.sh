#!/usr/bin/env bash
# Vendors the rich-text editor (wangEditor-next, MIT) from npm into src/GovSites/wwwroot/lib/wangeditor/,
# so a fresh clone runs without npm. The version is pinned in package.json and package-lock.json; to
# upgrade: `npm install --save-exact @wangeditor-next/editor@X.Y.Z`, run this script, check the editor in
# a browser (wwwroot/admin/editor.js) and commit the changed files.
# Only what the admin pages load is copied: the UMD bundle (window.wangEditor), its stylesheet and the
# licence. The files are copied byte for byte; VERSION records where they came from.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
package=node_modules/@wangeditor-next/editor
version=$(node -p "require('./$package/package.json').version")
out=src/GovSites/wwwroot/lib/wangeditor
rm -rf "$out"
install -d "$out"
install -m 644 "$package/dist/index.js" "$out/index.js"
install -m 644 "$package/dist/css/style.css" "$out/style.css"
install -m 644 "$package/LICENSE" "$out/LICENSE"
{
  echo "@wangeditor-next/editor $version (MIT), from npm by scripts/vendor-editor.sh"
  (cd "$out" && sha256sum index.js style.css LICENSE)
} > "$out/VERSION"
# The bundle contains the editor's own dependencies (Slate, snabbdom, i18next, Prism…): list them with
# their licences, so the notice travels with the copy. All are MIT or ISC.
node -e '
  const fs = require("fs"), path = require("path"), seen = new Map();
  const walk = dir => { for (const d of fs.readdirSync(dir)) {
    if (d.startsWith(".")) continue;
    const p = path.join(dir, d);
    if (d.startsWith("@")) { walk(p); continue; }
    const file = path.join(p, "package.json");
    if (!fs.existsSync(file)) continue;
    const j = JSON.parse(fs.readFileSync(file));
    seen.set(j.name + "@" + j.version, j.license);
    if (fs.existsSync(path.join(p, "node_modules"))) walk(path.join(p, "node_modules"));
  } };
  walk("node_modules");
  console.log("Packages bundled in index.js (npm name@version licence):");
  for (const [k, v] of [...seen].sort()) if (!k.startsWith("@types/")) console.log(k, v);
' > "$out/THIRD-PARTY.txt"
echo "Vendored @wangeditor-next/editor $version into $out"

#!/usr/bin/env bash
# Refreshes the vendored browser assets under src/main/resources/static/vendor/.
# Needs npm only when run by hand; the build and the app never need Node.
#   - DKFDS (Det Fælles Designsystem), neutral default theme (dkfds.min.css: not
#     tied to borger.dk or virk.dk branding, meant for other authorities' solutions).
#   - htmx.
# Only what a browser needs is copied: minified CSS/JS, the files the CSS
# references via url(...), the SVG icon sprite, and the licences.
set -euo pipefail

DKFDS_VERSION="11.2.0"
HTMX_VERSION="2.0.11"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/src/main/resources/static/vendor"
DKFDS_OUT="$VENDOR/dkfds"
HTMX_OUT="$VENDOR/htmx"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm pack --silent "dkfds@${DKFDS_VERSION}" "htmx.org@${HTMX_VERSION}" >/dev/null
mkdir dkfds htmx
tar -xzf "dkfds-${DKFDS_VERSION}.tgz" -C dkfds
tar -xzf "htmx.org-${HTMX_VERSION}.tgz" -C htmx
DK="$TMP/dkfds/package/dist"
HX="$TMP/htmx/package"

# --- DKFDS -------------------------------------------------------------------
rm -rf "$DKFDS_OUT"
mkdir -p "$DKFDS_OUT/css" "$DKFDS_OUT/js" "$DKFDS_OUT/img"
cp "$DK/css/dkfds.min.css" "$DKFDS_OUT/css/"
cp "$DK/js/dkfds.min.js" "$DKFDS_OUT/js/"
cp "$DK/img/all-svg-icons.svg" "$DKFDS_OUT/img/"   # icon sprite for <svg><use href="...#id">
cp "$TMP/dkfds/package/LICENSE.md" "$DKFDS_OUT/LICENSE.md"
# The sourcemap comment would make browsers request a file we do not ship.
sed -i -e 's|/\*# sourceMappingURL=[^*]*\*/||' "$DKFDS_OUT/css/dkfds.min.css"
sed -i -e 's|^//# sourceMappingURL=.*$||' "$DKFDS_OUT/js/dkfds.min.js"

# Copy every file the CSS references with a relative url(...), keeping the
# ../img and ../fonts layout so the references resolve unchanged.
missing=0
while IFS= read -r ref; do
  rel="${ref#../}"
  src="$DK/$rel"
  if [[ ! -f "$src" ]]; then
    echo "ERROR: CSS references $ref but $src is not in the package" >&2
    missing=1
    continue
  fi
  mkdir -p "$DKFDS_OUT/$(dirname "$rel")"
  cp "$src" "$DKFDS_OUT/$rel"
done < <(grep -o 'url([^)]*)' "$DKFDS_OUT/css/dkfds.min.css" \
           | sed -e 's/^url(//' -e 's/)$//' -e "s/^[\"']//" -e "s/[\"']$//" \
           | grep -v -e '^data:' -e '^#' -e '^https\?:' \
           | sort -u)
[[ $missing -eq 0 ]] || exit 1
# IBM Plex Sans is under the SIL OFL: ship its licence next to the font files.
for d in "$DKFDS_OUT"/fonts/IBMPlexSans/complete/*/; do
  cp "$DK/fonts/IBMPlexSans/complete/$(basename "$d")/license.txt" "$d"
done

# --- htmx --------------------------------------------------------------------
rm -rf "$HTMX_OUT"
mkdir -p "$HTMX_OUT"
cp "$HX/dist/htmx.min.js" "$HTMX_OUT/"
cp "$HX/LICENSE" "$HTMX_OUT/LICENSE"

# --- verify ------------------------------------------------------------------
cd "$DKFDS_OUT/css"
bad=0
while IFS= read -r ref; do
  [[ -f "$ref" ]] || { echo "ERROR: unresolved url($ref) in dkfds.min.css" >&2; bad=1; }
done < <(grep -o 'url([^)]*)' dkfds.min.css \
           | sed -e 's/^url(//' -e 's/)$//' -e "s/^[\"']//" -e "s/[\"']$//" \
           | grep -v -e '^data:' -e '^#' -e '^https\?:' | sort -u)
[[ $bad -eq 0 ]] || exit 1

echo "Vendored dkfds@${DKFDS_VERSION} and htmx.org@${HTMX_VERSION} into ${VENDOR#"$ROOT"/}:"
du -sh "$DKFDS_OUT" "$HTMX_OUT"

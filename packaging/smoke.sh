#!/usr/bin/env bash
# Smoke-test the frozen application (what `make smoke` and CI run after `make dist`).
#
#     packaging/smoke.sh [DIST_FOLDER]        (default: dist/agora)
#
# Runs the bundle as a user would, from an empty folder with no source tree on the path:
#   1. the folder fits the size budget and carries what the app reads from disk;
#   2. `agora --version` prints the source's version;
#   3. `agora demo FILE` creates the demo forum, `agora check FILE` finds it intact;
#   4. `agora report FILE --session <the Agora> --out x.pdf --handouts --poster` writes the
#      summary, the handouts (with their QR codes) and the poster as PDFs;
#   5. `agora serve` answers a phone's join link and serves its static files, then stops on
#      SIGTERM with status 0 (waitress and agora/server/static/ are in the bundle);
#   6. the window opens offscreen and the app quits with status 0, twice (empty library, then
#      with the demo forum, which it opens at start); the time to window is printed.
# Step 6 needs the AGORA_SMOKE_QUIT_MS hook in ui/app.py: when set, the app writes
# "agora-smoke: window shown at <epoch seconds>" on stderr once its window is up, and quits
# after that many milliseconds.
#
# Environment: AGORA_SMOKE_ENFORCE_TIME=1 also fails when the time to window is over budget
# (off by default: CI machines are shared and a timing is a measure, not a test).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dist=$(cd "${1:-$root/dist/agora}" && pwd)
exe="$dist/agora"
internal="$dist/_internal"
size_budget_mb=220
window_budget_s=1.5
quit_ms=1500

failures=0
pass() { printf 'ok    %s\n' "$*"; }
skip() { printf 'skip  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

[[ -x "$exe" ]] || { echo "smoke: no executable at $exe (run make dist first)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "smoke: python3 is needed to read the demo's sessions" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/agora-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"                            # not the checkout: everything must come from the bundle
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export AGORA_DATA_DIR="$work/data"    # never the user's real library
export QT_QPA_PLATFORM=offscreen

# 1. Size and contents.
before=$failures
size_mb=$(du -sm "$dist" | cut -f1)
if ((size_mb <= size_budget_mb)); then pass "size: ${size_mb} MB (budget ${size_budget_mb} MB)"
else fail "size: ${size_mb} MB, over the ${size_budget_mb} MB budget"; fi
for needed in \
    resources/reference/categories.json resources/schema/agora-bundle-1.json \
    resources/i18n/agora_en.qm resources/icons/agora-256.png \
    agora/storage/migrations/env.py agora/storage/migrations/versions \
    PySide6/Qt/translations/qtbase_fr.qm PySide6/Qt/translations/qtbase_en.qm; do
    [[ -e "$internal/$needed" ]] || fail "bundle lacks _internal/$needed"
done
if [[ -d "$root/resources/fonts" ]]; then
    for font in "$root"/resources/fonts/*; do
        [[ -e "$internal/resources/fonts/$(basename "$font")" ]] || fail "bundle lacks font file $(basename "$font")"
    done
fi
others=$(find "$internal/PySide6/Qt/translations" -name '*.qm' ! -name 'qtbase_fr.qm' ! -name 'qtbase_en.qm' | wc -l)
((others == 0)) || fail "bundle ships $others Qt catalogues besides qtbase_fr/en"
((failures == before)) && pass "bundle contents: resources, fonts, migrations, Qt fr/en catalogues"

# 2. Version.
expected=$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' "$root/agora/__init__.py")
version=$("$exe" --version 2>&1) || true
if [[ "$version" == "Agora $expected" ]]; then pass "--version: $version"
else fail "--version printed '$version', expected 'Agora $expected'"; fi

# 3. Demo forum, then its integrity.
if out=$("$exe" demo "$work/demo.agora" 2>&1) && [[ -s "$work/demo.agora" ]]; then pass "demo: $out"
else fail "demo: $out"; fi
if out=$("$exe" check "$work/demo.agora" 2>&1); then pass "check: $(tr '\n' ' ' <<<"$out")"
else fail "check: $out"; fi

# 4. The Agora's summary as PDF.
if "$exe" export "$work/demo.agora" --format json --out "$work/demo.json" >/dev/null 2>&1; then
    session=$(python3 -c 'import json, sys
print(next(s["id"] for s in json.load(open(sys.argv[1], encoding="utf-8"))["sessions"] if s["kind"] == "agora"))' "$work/demo.json")
else
    session=""
    fail "export json: could not read the demo's sessions"
fi
if [[ -n "$session" ]]; then
    # --handouts and --poster too: the handouts carry QR codes (qrcode) and every font.
    if out=$("$exe" report "$work/demo.agora" --session "$session" --out "$work/x.pdf" --handouts --poster 2>&1); then
        for pdf in x.pdf x-livrets.pdf x-affiche.pdf; do
            if [[ "$(head -c 5 "$work/$pdf" 2>/dev/null)" == "%PDF-" ]]; then
                pages=""
                command -v pdfinfo >/dev/null && pages=", $(pdfinfo "$work/$pdf" | awk '/^Pages:/ {print $2}') pages"
                pass "report --session $session: $pdf, $(wc -c <"$work/$pdf") bytes$pages"
            else
                fail "report: $pdf not written ($out)"
            fi
        done
    elif grep -q "No module named 'agora.reports" <<<"$out"; then
        skip "report: agora.reports is not there yet"
    else
        fail "report: $out"
    fi
fi

# 5. The participation server, on loopback, on a port the system chooses.
if [[ -n "$session" ]]; then
    : >"$work/serve.out"
    "$exe" serve "$work/demo.agora" --session "$session" --host 127.0.0.1 --port 0 >"$work/serve.out" 2>&1 &
    server=$!
    link=""
    for _ in $(seq 1 100); do
        link=$(sed -n 's/^Lien à projeter (QR code) : //p' "$work/serve.out" || true)
        if [[ -n "$link" ]] || ! kill -0 "$server" 2>/dev/null; then break; fi
        sleep 0.1
    done
    if [[ -z "$link" ]]; then
        fail "serve: no join link ($(tr '\n' ' ' <"$work/serve.out"))"
    elif answer=$(python3 - "$link" <<'PY' 2>&1
import sys
import urllib.request

link = sys.argv[1]
with urllib.request.urlopen(link, timeout=10) as page:
    assert page.status == 200 and b"<html" in page.read(), "join page"
root = "/".join(link.split("/")[:3])
with urllib.request.urlopen(root + "/static/agora.css", timeout=10) as css:
    assert css.status == 200 and css.read(), "static file"
print("join page and static files served")
PY
    ); then
        pass "serve: $answer"
    else
        fail "serve: $answer"
    fi
    kill -TERM "$server" 2>/dev/null || true
    status=0
    wait "$server" || status=$?
    if ((status == 0)); then pass "serve: stopped cleanly on SIGTERM"
    else fail "serve: exit status $status after SIGTERM ($(tail -n 3 "$work/serve.out" | tr '\n' ' '))"; fi
fi

# 6. The window, offscreen: it must show, then quit with status 0.
hook_missing=0
window() {  # $1: label
    local start end shown status=0
    if ((hook_missing)); then skip "window ($1): see above"; return; fi
    start=$(date +%s.%N)
    AGORA_SMOKE_QUIT_MS=$quit_ms timeout 30 "$exe" >"$work/window.out" 2>"$work/window.err" || status=$?
    end=$(date +%s.%N)
    shown=$(sed -n 's/^agora-smoke: window shown at \([0-9.]*\).*/\1/p' "$work/window.err" | head -n 1)
    if ((status == 124)); then
        hook_missing=1
        fail "window ($1): still open after 30 s: is the AGORA_SMOKE_QUIT_MS hook in ui/app.py?"
        return
    elif ((status != 0)); then
        fail "window ($1): exit status $status: $(tail -n 5 "$work/window.err" | tr '\n' ' ')"
        return
    elif [[ -z "$shown" ]]; then
        fail "window ($1): status 0 but no 'agora-smoke: window shown' line (hook missing?)"
        return
    fi
    local elapsed total verdict
    elapsed=$(python3 -c "print(f'{$shown - $start:.2f}')")
    total=$(python3 -c "print(f'{$end - $start:.2f}')")
    verdict=$(python3 -c "print('within' if $shown - $start <= $window_budget_s else 'OVER')")
    if [[ "$verdict" == within || "${AGORA_SMOKE_ENFORCE_TIME:-0}" != 1 ]]; then
        pass "window ($1): shown after ${elapsed} s ($verdict the ${window_budget_s} s budget), quit with status 0 after ${total} s"
    else
        fail "window ($1): shown after ${elapsed} s, over the ${window_budget_s} s budget"
    fi
}
window "empty library"
"$exe" demo >/dev/null 2>&1 || fail "demo into the library"
window "demo forum in the library"
if [[ -s "$AGORA_DATA_DIR/logs/agora.log" ]] && grep -E " (ERROR|CRITICAL) " "$AGORA_DATA_DIR/logs/agora.log" >/dev/null; then
    fail "the app's log has errors: $(grep -E ' (ERROR|CRITICAL) ' "$AGORA_DATA_DIR/logs/agora.log" | head -n 3)"
fi

if ((failures)); then
    echo "smoke: $failures failure(s) in $dist"
    exit 1
fi
echo "smoke: all passed ($dist)"

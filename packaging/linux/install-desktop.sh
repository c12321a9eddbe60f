#!/bin/sh
# Put Agora in the applications menu of the current user (no root, nothing outside ~/.local).
#
#     ./install-desktop.sh              from the unpacked dist/agora folder
#     ./install-desktop.sh --uninstall
#
# Installs the icon at every size into the hicolor theme, a desktop entry whose Exec points at
# the `agora` beside this script, and the forum file's type (*.agora opens in Agora with a
# double click). Move the folder afterwards? Run the script again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"
mime="$data/mime"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/agora.desktop" "$icons/scalable/apps/agora.svg" "$mime/packages/agora-forum.xml"
    command -v update-mime-database >/dev/null 2>&1 && [ -d "$mime" ] && update-mime-database "$mime" || true
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/agora.png"; done
    echo "Agora retiré du menu des applications."
    exit 0
fi

[ -x "$here/agora" ] || { echo "install-desktop.sh : pas d’exécutable agora dans $here" >&2; exit 2; }
source_icons="$here/_internal/resources/icons"
for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$source_icons/agora-$size.png" "$icons/${size}x${size}/apps/agora.png"
done
mkdir -p "$icons/scalable/apps" "$apps" "$mime/packages"
cp "$source_icons/agora.svg" "$icons/scalable/apps/agora.svg"
cp "$here/agora-forum.xml" "$mime/packages/agora-forum.xml"
# Exec and TryExec get the absolute path, quoted as the Desktop Entry specification asks.
sed -e "s|^Exec=.*|Exec=\"$here/agora\" %f|" -e "s|^TryExec=.*|TryExec=$here/agora|" \
    "$here/agora.desktop" > "$apps/agora.desktop"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "Agora ajouté au menu des applications : $apps/agora.desktop"

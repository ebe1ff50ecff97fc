#!/bin/sh
# Runs a command as on a desktop with a screen reader: an X server (Xvfb), a private D-Bus
# session bus (the accessibility bus is started from it, at-spi2-core) and Qt's AT-SPI bridge on
# whether or not a screen reader asked for it (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Exits 77
# (ctest: skipped) when a part is missing; ./ioc installs them all.
set -eu
for program in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$program" >/dev/null 2>&1 || { echo "with-atspi.sh: $program is missing" >&2; exit 77; }
done
"${IOC_PYTHON:-/usr/bin/python3}" -c 'import pyatspi' 2>/dev/null || { echo "with-atspi.sh: python3-pyatspi is missing" >&2; exit 77; }
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
export QT_QPA_PLATFORM=xcb
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
exec xvfb-run -a -s '-screen 0 1600x1000x24' dbus-run-session -- "$@"

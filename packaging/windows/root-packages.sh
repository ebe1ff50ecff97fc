# Sourced by the scripts that use the Debian 13 root (packaging/windows/trixie-root.sh): the
# package lists each installs there, once per distinct list (trixie_packages).

# `./ioc test --qt68` and the Linux build-machine programs of `./ioc windows` (the ioc-server and
# ioc-admin its tests start): ./ioc's APT_PACKAGES as Debian 13 names them (no clang 14 runtime:
# the sanitizer leg stays on Debian 12; no packaging tools: the packages are checked on Debian
# 12), and SQLCipher from main.
QT68_PACKAGES=(
    build-essential cmake ninja-build pkgconf git
    qt6-base-dev qt6-base-dev-tools qt6-base-private-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev qt6-positioning-dev qt6-svg-dev qt6-declarative-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev qtkeychain-qt6-dev
    libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
    libexiv2-dev libxlsxwriter-dev libhunspell-dev hunspell-vi libqrencode-dev zbar-tools libssl-dev
    openssl ca-certificates postgresql sqlite3 python3 nghttp2-server haproxy
    xvfb xauth x11-apps imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
    fonts-noto-core fonts-dejavu-core poppler-utils python3-openpyxl
    libsqlcipher-dev sqlcipher passwd procps
    # Debian 13's xlsxwriter.pc requires minizip, which libxlsxwriter-dev does not pull in.
    libminizip-dev
)

# The Windows cross build (`./ioc windows-toolchain`, `./ioc windows`): compilers, Qt 6.8's host
# tools, the tools the libraries' builds run, for the tests and the installer Wine, Xvfb and
# NSIS, for the installer check xdotool, ImageMagick and OpenSSL, and for the programs' icon
# rsvg-convert and icotool.
WINDOWS_PACKAGES=(
    build-essential cmake ninja-build pkgconf perl tcl dpkg-dev autoconf automake libtool gettext autopoint
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev-tools qt6-shadertools-dev
    wine wine64 nsis xvfb xauth hunspell-vi fonts-noto-core zip unzip file python3 ca-certificates xz-utils
    librsvg2-bin icoutils xdotool imagemagick openssl
)

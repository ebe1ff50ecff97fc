#!/usr/bin/env bash
# Cross-builds one part of the Windows toolchain with MinGW-w64, inside the Debian 13 root
# (packaging/windows/toolchain.sh runs it there). Every part comes from Debian's own source
# package, unpacked in /src; everything installs into /opt/ioc-mingw.
#
#   build-component.sh <component>
#
# Environment: JOBS (parallel jobs). Sources in /src, scratch space in /build.
set -euo pipefail

COMPONENT="$1"
PREFIX=/opt/ioc-mingw
HOST=x86_64-w64-mingw32
TOOLCHAIN=/ioc/packaging/windows/mingw-w64-x86_64.cmake
QT_TOOLCHAIN="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake"
JOBS="${JOBS:-2}"
BUILD="/build/$COMPONENT"

# Only the toolchain's own libraries are visible to pkg-config, never the root's Linux ones.
export PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig"
export PKG_CONFIG_PATH=""
export IOC_MINGW_PREFIX="$PREFIX"

# The unpacked source of a Debian source package (apt-get source leaves NAME-VERSION/).
source_of() {
    local dir
    dir=$(find /src -mindepth 1 -maxdepth 1 -type d -name "$1-[0-9]*" | sort | tail -n 1)
    [ -n "$dir" ] || {
        echo "build-component: no unpacked source for $1 in /src" >&2
        exit 1
    }
    echo "$dir"
}

fresh_build_dir() {
    rm -rf "$BUILD"
    mkdir -p "$BUILD"
}

cmake_cross() { # <source> [cmake args]: a Release build with the MinGW toolchain
    local src="$1"
    shift
    cmake -S "$src" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" "$@"
    cmake --build "$BUILD" -j "$JOBS"
    cmake --install "$BUILD"
}

qt_module() { # <source> [cmake args]: a Qt module against the cross-built qtbase
    local src="$1"
    shift
    cmake -S "$src" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$QT_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF "$@"
    cmake --build "$BUILD" -j "$JOBS"
    cmake --install "$BUILD"
}

# Our patches to a part (packaging/windows/patches/<part>-*.patch, each saying why in its
# header), applied to its unpacked source once: a patch already in place is left as it is.
apply_patches() { # <source dir> <part>
    local patch
    for patch in /ioc/packaging/windows/patches/"$2"-*.patch; do
        [ -f "$patch" ] || continue
        if patch -d "$1" -p1 -R -s -f --dry-run <"$patch" >/dev/null 2>&1; then
            echo "build-component: $(basename "$patch") is already applied"
        else
            patch -d "$1" -p1 -N <"$patch"
        fi
    done
}

record_version() { # <name> <source dir>
    local version
    version="$(basename "$2")"
    version="${version#"$1"-}"
    mkdir -p "$PREFIX/share/ioc"
    touch "$PREFIX/share/ioc/versions.txt"
    sed -i "/^$1 /d" "$PREFIX/share/ioc/versions.txt"
    echo "$1 $version" >>"$PREFIX/share/ioc/versions.txt"
}

# Static: Debian's source leaves out win32/ (the DLL's resource file), and the two libraries
# that use zlib (exiv2, libxlsxwriter) are DLLs that take it in.
build_zlib() {
    local src
    src=$(source_of zlib)
    fresh_build_dir
    cp -a "$src/." "$BUILD/"
    (
        cd "$BUILD"
        CHOST="$HOST" CC="$HOST-gcc-posix" AR="$HOST-ar" RANLIB="$HOST-ranlib" CFLAGS="-O2" \
            ./configure --static --prefix="$PREFIX"
        make -j "$JOBS" libz.a
        make install
    )
    record_version zlib "$src"
}

build_expat() {
    local src
    src=$(source_of expat)
    [ -f "$src/CMakeLists.txt" ] || src="$src/expat"
    fresh_build_dir
    cmake -S "$src" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DEXPAT_SHARED_LIBS=ON -DEXPAT_BUILD_TOOLS=OFF \
        -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_FUZZERS=OFF
    # Debian's security fixes test `#if XML_DTD == 1`, as its autotools build defines it; CMake's
    # configuration header defines it empty.
    sed -i 's/^#define XML_DTD$/#define XML_DTD 1/; s/^#define XML_NS$/#define XML_NS 1/' "$BUILD/expat_config.h"
    cmake --build "$BUILD" -j "$JOBS"
    cmake --install "$BUILD"
    record_version expat "$(source_of expat)"
}

# libcrypto for SQLCipher (Qt's TLS is Schannel, not OpenSSL).
build_openssl() {
    local src
    src=$(source_of openssl)
    fresh_build_dir
    (
        cd "$BUILD"
        CC=gcc-posix perl "$src/Configure" mingw64 --cross-compile-prefix="$HOST-" --prefix="$PREFIX" \
            --libdir=lib shared no-tests no-docs no-engine no-module
        make -j "$JOBS" build_libs
        make install_dev install_runtime_libs
    )
    record_version openssl "$src"
}

# The flags and options Debian's sqlcipher package builds with (its debian/rules), the codec on
# OpenSSL's libcrypto, headers in include/sqlcipher as there.
build_sqlcipher() {
    local src
    src=$(source_of sqlcipher)
    fresh_build_dir
    (
        cd "$BUILD"
        # config_TARGET_EXEEXT: how SQLite's configure learns that a cross build is for Windows.
        # No zlib (only its shell uses it): libtool makes no DLL over the static libz.a.
        config_TARGET_EXEEXT=.exe ac_cv_search_deflate=no "$src/configure" --host="$HOST" --prefix="$PREFIX" \
            --enable-threadsafe --enable-load-extension --enable-tempstore --enable-fts4 --enable-fts5 \
            --enable-json --disable-tcl --disable-readline --disable-static --enable-shared \
            CC="$HOST-gcc-posix" BUILD_CC=gcc \
            CFLAGS="-O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA \
-DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
-DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_MAX_SCHEMA_RETRY=25 \
-DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL" \
            CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" LIBS="-lcrypto"
        # The build-machine tools without .exe: tool/mksqlite3h.tcl runs ./mksourceid by that name.
        make -j "$JOBS" BEXE= libsqlcipher.la
        make BEXE= lib_install sqlite3.h sqlcipher.pc
        install -d "$PREFIX/include/sqlcipher"
        install -m 0644 sqlite3.h "$src/src/sqlite3ext.h" "$PREFIX/include/sqlcipher/"
        install -m 0644 sqlcipher.pc "$PREFIX/lib/pkgconfig/"
    )
    record_version sqlcipher "$src"
}

build_hunspell() {
    local src
    src=$(source_of hunspell)
    fresh_build_dir
    cp -a "$src/." "$BUILD/"
    (
        cd "$BUILD"
        autoreconf -fi
        ./configure --host="$HOST" --prefix="$PREFIX" --disable-nls --without-ui --without-readline \
            --disable-static CC="$HOST-gcc-posix" CXX="$HOST-g++-posix"
        make -j "$JOBS" -C src/hunspell
        make -C src/hunspell install
        make install-pkgconfDATA
    )
    mkdir -p "$PREFIX/share/hunspell"
    cp /usr/share/hunspell/vi_VN.aff /usr/share/hunspell/vi_VN.dic "$PREFIX/share/hunspell/"
    record_version hunspell "$src"
}

build_libxlsxwriter() {
    local src
    src=$(source_of libxlsxwriter)
    fresh_build_dir
    # Version 1.1.4 (Debian 12's source; Debian 13's answers 404) asks for zlib with its version
    # where CMake 3.31 reads a component: build a copy that asks for the version.
    local copy="$BUILD-source"
    rm -rf "$copy"
    cp -a "$src" "$copy"
    sed -i 's/find_package(ZLIB REQUIRED "1.0")/find_package(ZLIB 1.0 REQUIRED)/' "$copy/CMakeLists.txt"
    cmake_cross "$copy" -DBUILD_SHARED_LIBS=ON -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF \
        -DZLIB_ROOT="$PREFIX"
    if [ ! -f "$PREFIX/lib/pkgconfig/xlsxwriter.pc" ]; then
        local version
        version=$(basename "$src")
        version=${version#libxlsxwriter-}
        cat >"$PREFIX/lib/pkgconfig/xlsxwriter.pc" <<PC
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libxlsxwriter
Description: A C library for creating Excel XLSX files
Version: ${version%%-*}
Libs: -L\${libdir} -lxlsxwriter
Cflags: -I\${includedir}
PC
    fi
    rm -rf "$copy"
    record_version libxlsxwriter "$src"
}

build_exiv2() {
    local src
    src=$(source_of exiv2)
    fresh_build_dir
    cmake_cross "$src" -DBUILD_SHARED_LIBS=ON -DEXIV2_ENABLE_XMP=ON -DEXIV2_ENABLE_PNG=ON \
        -DEXIV2_ENABLE_NLS=OFF -DEXIV2_ENABLE_INIH=OFF -DEXIV2_ENABLE_BROTLI=OFF -DEXIV2_ENABLE_WEBREADY=OFF \
        -DEXIV2_ENABLE_CURL=OFF -DEXIV2_BUILD_SAMPLES=OFF -DEXIV2_BUILD_UNIT_TESTS=OFF \
        -DEXIV2_BUILD_FUZZ_TESTS=OFF -DEXIV2_BUILD_EXIV2_COMMAND=OFF -DEXIV2_BUILD_DOC=OFF \
        -DEXIV2_TEAM_WARNINGS_AS_ERRORS=OFF -DEXIV2_ENABLE_LENSDATA=ON -DZLIB_ROOT="$PREFIX" \
        -DEXPAT_ROOT="$PREFIX"
    record_version exiv2 "$src"
}

# The QR codes of the sign-in's second factor (libqrencode), the library only.
build_qrencode() {
    local src
    src=$(source_of qrencode)
    fresh_build_dir
    cmake_cross "$src" -DBUILD_SHARED_LIBS=ON -DWITH_TOOLS=NO -DWITH_TESTS=NO -DWITHOUT_PNG=ON
    # Its CMake installs the DLL with the import library in lib/; Windows looks beside the program.
    if [ -f "$PREFIX/lib/libqrencode.dll" ]; then
        mkdir -p "$PREFIX/bin"
        mv "$PREFIX/lib/libqrencode.dll" "$PREFIX/bin/"
    fi
    [ -f "$PREFIX/lib/pkgconfig/libqrencode.pc" ] || {
        echo "build-component: qrencode installed no libqrencode.pc" >&2
        exit 1
    }
    record_version qrencode "$src"
}

# Qt 6.8 with its TLS through Schannel; our own SQLCipher driver is the only SQL driver.
build_qtbase() {
    local src
    src=$(source_of qt6-base)
    apply_patches "$src" qtbase
    # Kept between runs (the longest part, 1601 steps): an interrupted build goes on where it
    # stopped; CMake takes any changed option on the next configure.
    mkdir -p "$BUILD"
    cmake -S "$src" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DQT_HOST_PATH=/usr \
        -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_dbus=OFF \
        -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF -DFEATURE_sql_mimer=OFF \
        -DFEATURE_system_zlib=OFF -DQT_GENERATE_SBOM=OFF \
        -DFEATURE_tabletevent=OFF # Debian's source leaves out src/3rdparty/wintab
    cmake --build "$BUILD" -j "$JOBS"
    cmake --install "$BUILD"
    record_version qt6-base "$src"
}

build_qtsvg() {
    local src
    src=$(source_of qt6-svg)
    fresh_build_dir
    qt_module "$src"
    record_version qt6-svg "$src"
}

build_qtimageformats() {
    local src
    src=$(source_of qt6-imageformats)
    fresh_build_dir
    # When only 6.4.2's source can be had, its TIFF handler does not build against Qt 6.8's
    # qfloat16: without TIFF (the console's photos are JPEG, PNG, HEIC or WebP).
    qt_module "$src" -DFEATURE_tiff=OFF
    record_version qt6-imageformats "$src"
}

build_qtpositioning() {
    local src
    src=$(source_of qt6-positioning)
    fresh_build_dir
    qt_module "$src"
    record_version qt6-positioning "$src"
}

build_qtcharts() {
    local src
    src=$(source_of qt6-charts)
    fresh_build_dir
    qt_module "$src"
    record_version qt6-charts "$src"
}

# The native Windows backend (Media Foundation, WASAPI); no FFmpeg.
build_qtmultimedia() {
    local src
    src=$(source_of qt6-multimedia)
    fresh_build_dir
    qt_module "$src" -DFEATURE_ffmpeg=OFF -DFEATURE_gstreamer=OFF -DFEATURE_spatialaudio=OFF
    record_version qt6-multimedia "$src"
}

# The Windows Credential Manager backend.
build_qtkeychain() {
    local src
    src=$(source_of qtkeychain)
    fresh_build_dir
    # 0.15.0 gives MSVC's /utf-8 to every Windows compiler: a copy gives it to MSVC only.
    local copy="$BUILD-source"
    rm -rf "$copy"
    cp -a "$src" "$copy"
    sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )\n    if(MSVC)\n        add_compile_options(/utf-8)\n    endif()|' \
        "$copy/qtkeychain/CMakeLists.txt"
    cmake -S "$copy" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$QT_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
        -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
    cmake --build "$BUILD" -j "$JOBS"
    cmake --install "$BUILD"
    rm -rf "$copy"
    record_version qtkeychain "$src"
}

"build_${COMPONENT//-/_}"
rm -rf "$BUILD"

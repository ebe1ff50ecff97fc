#pragma once

#include "support/testserver.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QUrl>

namespace ioc::test {

// The command line of a console signed in to a test server without asking: the demo password
// and a throwaway profile passphrase written into `directory`, the test CA trusted for the
// profile there.
inline QStringList consoleArguments(const QString &directory, const QUrl &server, const QString &user)
{
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        }
        return file.fileName();
    };
    return {QStringLiteral("ioc-console"),
            QStringLiteral("--server"),
            server.toString(),
            QStringLiteral("--user"),
            user,
            QStringLiteral("--password-file"),
            write(QStringLiteral("password"), "demo\n"),
            QStringLiteral("--ca"),
            TestCertificates::instance().caFile(),
            QStringLiteral("--profile"),
            QDir(directory).filePath(QStringLiteral("profile")),
            QStringLiteral("--profile-passphrase-file"),
            write(QStringLiteral("passphrase"), "a throwaway profile passphrase")};
}

} // namespace ioc::test

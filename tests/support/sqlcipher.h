#pragma once

#include "storage/databasekey.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace ioc::test {

// A fixed 256-bit test key (never used outside tests).
core::SecretBytes testKeyBytes(char fill = 'k');
storage::DatabaseKey testKey(char fill = 'k');

// Opens `path` with the QSQLCIPHER driver under a fresh connection name; check isOpen().
QSqlDatabase openCipher(const QString &path, storage::DatabaseKey key,
                        const QString &options = QStringLiteral("QSQLCIPHER_CREATE_IF_MISSING"));
// Closes and removes a connection opened by openCipher.
void closeCipher(QSqlDatabase &db);

QByteArray sha256OfFile(const QString &path);

// Runs a command and returns its standard output; `exitCode` receives the status.
QByteArray runProcess(const QString &program, const QStringList &arguments, const QByteArray &input, int *exitCode,
                      QByteArray *standardError = nullptr);

} // namespace ioc::test

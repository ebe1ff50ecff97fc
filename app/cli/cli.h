#pragma once

#include <QStringList>

class QTextStream;

namespace ioc::cli {

// Runs `ioc-admin <command> …` (arguments without the program name). Output goes to `out`,
// one clear line per problem to `err`. Returns the process exit code: 0 success, 1 failure,
// 2 bad usage.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ioc::cli

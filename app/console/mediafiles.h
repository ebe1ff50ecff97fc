#pragma once

#include "session/syncworker.h"

#include <QList>
#include <QStringList>

namespace ioc {

// Files chosen by an officer, read and judged by their content (never their names) before
// anything is kept: photos and videos, and PDF documents where `documents` allows them (result
// files, Phụ lục 1). Each refused file adds a sentence to `problems`.
QList<session::NewMedia> readMediaFiles(const QStringList &paths, bool documents, QStringList *problems);

} // namespace ioc

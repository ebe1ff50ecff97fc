#pragma once

#include <QFont>

namespace ioc::reporting::render {

// The face every printed document uses (reports, reminder letters, their footers): Noto Serif,
// which has Vietnamese and is embedded in the PDFs. Linux has it from the system (fonts-noto-core);
// a Windows installation carries it in fonts/ beside the programs (cmake/IocWindowsInstall.cmake),
// registered with the application on first use.
QFont documentFont(qreal pointSize);

} // namespace ioc::reporting::render

#include "reporting/render/documentfont.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QStringList>

namespace ioc::reporting::render {

namespace {

void registerInstalledFonts()
{
    static const bool registered = [] {
        const QDir fonts(QCoreApplication::applicationDirPath() + QStringLiteral("/fonts"));
        for (const QString &file : fonts.entryList({QStringLiteral("*.ttf")}, QDir::Files)) {
            if (QFontDatabase::addApplicationFont(fonts.filePath(file)) < 0) {
                qWarning("ioc: the font %s could not be loaded; documents fall back to another face",
                         qPrintable(QDir::toNativeSeparators(fonts.filePath(file))));
            }
        }
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace

QFont documentFont(qreal pointSize)
{
    registerInstalledFonts();
    QFont font(QStringLiteral("Noto Serif"));
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace ioc::reporting::render

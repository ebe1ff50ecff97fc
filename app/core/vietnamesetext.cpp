#include "core/vietnamesetext.h"

namespace ioc::core {

QString foldVietnamese(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ, Đ
            folded.append(QLatin1Char('d'));
        } else {
            folded.append(c.toLower());
        }
    }
    return folded;
}

} // namespace ioc::core

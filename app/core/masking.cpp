#include "core/masking.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ioc::core::masking {

QString name(const QString &fullName)
{
    QStringList initials;
    for (const QString &word : fullName.split(u' ', Qt::SkipEmptyParts)) {
        initials.append(word.left(1).toUpper() + u'.');
    }
    return initials.join(u' ');
}

QString phone(const QString &phone)
{
    QString kept; // digits and a leading +
    for (QChar c : phone) {
        if (c.isDigit() || (c == u'+' && kept.isEmpty())) {
            kept.append(c);
        }
    }
    const qsizetype digits = kept.size() - (kept.startsWith(u'+') ? 1 : 0);
    if (digits < 7) {
        return u"****"_s;
    }
    // The trunk or country prefix and the first two digits of the network stay: "091", "+8491".
    const qsizetype head = kept.startsWith(u"+84"_s) ? 5 : 3;
    return kept.left(head) + u"****"_s + kept.right(3);
}

QString citizenId(const QString &citizenId)
{
    return citizenId.isEmpty() ? QString() : u"••••••••••••"_s;
}

QString email(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0) {
        return email.isEmpty() ? QString() : u"•••"_s;
    }
    return email.left(1) + u"•••"_s + email.mid(at);
}

QString address(const QString &address)
{
    const QStringList parts = address.split(u',', Qt::SkipEmptyParts);
    if (parts.size() <= 1) {
        return address.isEmpty() ? QString() : u"•••"_s;
    }
    return u"…, "_s + parts.last().trimmed();
}

} // namespace ioc::core::masking

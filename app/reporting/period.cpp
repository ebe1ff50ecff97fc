#include "reporting/period.h"

#include "core/vntime.h"

#include <QRegularExpression>

namespace ioc::reporting {

namespace {

struct KindName
{
    PeriodKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {PeriodKind::Monthly, "monthly"},       {PeriodKind::Quarterly, "quarterly"}, {PeriodKind::Yearly, "yearly"},
    {PeriodKind::Evaluation, "evaluation"}, {PeriodKind::AdHoc, "adhoc"},
};

// The period that ends in `month` of `year` under the rules: with firstDay 15, the 15th of the
// month `months` months before to the 14th of `month`; with firstDay 1, whole calendar months.
void cut(int year, int month, int months, const PeriodRules &rules, QDate *first, QDate *last)
{
    const QDate endMonth(year, month, 1);
    if (rules.firstDay <= 1) {
        *first = endMonth.addMonths(-(months - 1));
        *last = endMonth.addMonths(1).addDays(-1);
        return;
    }
    *first = endMonth.addMonths(-months).addDays(rules.firstDay - 1);
    *last = endMonth.addDays(rules.firstDay - 2);
}

// The first date strictly after `last` that falls on the due day.
QDate dueAfter(QDate last, int dueDay)
{
    QDate month(last.year(), last.month(), 1);
    if (last.day() >= dueDay) {
        month = month.addMonths(1);
    }
    return QDate(month.year(), month.month(), std::min(dueDay, month.daysInMonth()));
}

} // namespace

Window windowOfDates(QDate first, QDate last)
{
    Window window;
    window.from = core::vntime::fromLocal(first, QTime(0, 0)).toMSecsSinceEpoch();
    window.to = core::vntime::fromLocal(last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    window.label = first == last ? first.toString(QStringLiteral("dd/MM/yyyy"))
                                 : QStringLiteral("%1 – %2").arg(first.toString(QStringLiteral("dd/MM/yyyy")),
                                                                 last.toString(QStringLiteral("dd/MM/yyyy")));
    return window;
}

QString periodKindName(PeriodKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<PeriodKind> periodKindFromName(QStringView name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

std::optional<Period> periodOf(PeriodKind kind, const QString &name, const PeriodRules &rules, QString *error,
                               QDate first, QDate last)
{
    Period period;
    period.kind = kind;
    period.name = name;
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})$"));
    switch (kind) {
    case PeriodKind::Monthly: {
        const auto match = monthPattern.match(name);
        const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (month < 1 || month > 12) {
            *error = QStringLiteral("a monthly period is named YYYY-MM, such as 2026-11, not \"%1\"").arg(name);
            return std::nullopt;
        }
        cut(match.captured(1).toInt(), month, 1, rules, &period.first, &period.last);
        break;
    }
    case PeriodKind::Quarterly: {
        const auto match = quarterPattern.match(name);
        if (!match.hasMatch()) {
            *error = QStringLiteral("a quarterly period is named YYYY-Qn, such as 2026-Q4, not \"%1\"").arg(name);
            return std::nullopt;
        }
        cut(match.captured(1).toInt(), match.captured(2).toInt() * 3, 3, rules, &period.first, &period.last);
        break;
    }
    case PeriodKind::Yearly:
    case PeriodKind::Evaluation: {
        const auto match = yearPattern.match(name);
        if (!match.hasMatch()) {
            *error = QStringLiteral("a year is named YYYY, such as 2026, not \"%1\"").arg(name);
            return std::nullopt;
        }
        const int year = match.captured(1).toInt();
        if (kind == PeriodKind::Evaluation) {
            // The ranking year of Điều 19 is the calendar year.
            period.first = QDate(year, 1, 1);
            period.last = QDate(year, 12, 31);
        } else {
            cut(year, 12, 12, rules, &period.first, &period.last);
        }
        break;
    }
    case PeriodKind::AdHoc:
        if (!first.isValid() || !last.isValid() || last < first) {
            *error = QStringLiteral("an ad hoc report needs --from and --to, the first day not after the last");
            return std::nullopt;
        }
        period.first = first;
        period.last = last;
        if (period.name.isEmpty()) {
            period.name = first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
        }
        break;
    }
    if (kind == PeriodKind::Monthly || kind == PeriodKind::Quarterly || kind == PeriodKind::Yearly) {
        period.dueBefore = dueAfter(period.last, rules.dueDay);
    }
    period.window = windowOfDates(period.first, period.last);
    return period;
}

Period nextDuePeriod(QDate today, const PeriodRules &rules)
{
    // The monthly report of this month is due before its due day; past it, next month's.
    QDate month(today.year(), today.month(), 1);
    QString error;
    for (int i = 0; i < 24; ++i, month = month.addMonths(1)) {
        const QString monthName = month.toString(QStringLiteral("yyyy-MM"));
        const auto monthly = periodOf(PeriodKind::Monthly, monthName, rules, &error);
        if (!monthly || monthly->dueBefore <= today) {
            continue;
        }
        // When several fall due together, the widest covers the others' figures.
        if (month.month() == 12) {
            const auto yearly = periodOf(PeriodKind::Yearly, QString::number(month.year()), rules, &error);
            if (yearly && yearly->dueBefore == monthly->dueBefore) {
                return *yearly;
            }
        }
        if (month.month() % 3 == 0) {
            const QString quarter = QStringLiteral("%1-Q%2").arg(month.year()).arg(month.month() / 3);
            const auto quarterly = periodOf(PeriodKind::Quarterly, quarter, rules, &error);
            if (quarterly && quarterly->dueBefore == monthly->dueBefore) {
                return *quarterly;
            }
        }
        return *monthly;
    }
    return {};
}

Window rankingYearOf(Ms instant)
{
    const int year = core::vntime::localDate(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc())).year();
    return windowOfDates(QDate(year, 1, 1), QDate(year, 12, 31));
}

} // namespace ioc::reporting

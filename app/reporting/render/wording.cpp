#include "reporting/render/wording.h"

#include "core/vntime.h"

#include <QLocale>

namespace ioc::reporting::render {

Wording::Wording(core::Language language)
{
    m_loaded = m_translator.load(QStringLiteral(":/i18n/ioc_") + core::languageCode(language));
}

QString Wording::text(const char *context, const char *source) const
{
    const QString translated = m_loaded ? m_translator.translate(context, source) : QString();
    return (translated.isEmpty() ? QString::fromUtf8(source) : translated).normalized(QString::NormalizationForm_C);
}

QString Wording::state(core::ReportState state) const
{
    return text("ioc::core", core::reportStateLabel(state));
}

QString Wording::channel(core::Channel channel) const
{
    return text("ioc::core", core::channelLabel(channel));
}

QString Wording::step(core::ClockStep step) const
{
    return text("ioc::core", core::clockStepLabel(step));
}

QString Wording::stage(Stage stage) const
{
    return text("ioc::reporting", stageLabel(stage));
}

QString Wording::satisfaction(core::Satisfaction level) const
{
    return text("ioc::core", core::satisfactionLabel(level));
}

QString Wording::criterion(Criterion criterion) const
{
    return text("ioc::reporting", criterionLabel(criterion));
}

QString Wording::rejectReason(const QString &name) const
{
    const auto reason = core::rejectReasonFromName(name);
    return reason ? text("ioc::core", core::rejectReasonLabel(*reason)) : name;
}

QString Wording::number(qint64 value)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(value);
}

QString Wording::percent(double value)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(value, 'f', 1) + QStringLiteral(" %");
}

QString Wording::share(const Share &share) const
{
    const auto value = share.percent();
    if (!value) {
        return (*this)(QT_TRANSLATE_NOOP("ioc::reporting::render", "too few (%1)")).arg(share.denominator);
    }
    return QStringLiteral("%1 (%2/%3)").arg(percent(*value)).arg(share.numerator).arg(share.denominator);
}

QString Wording::duration(Ms milliseconds) const
{
    const qint64 minutes = milliseconds / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0) {
        return (*this)(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1 d %2 h")).arg(days).arg(hours);
    }
    if (hours > 0) {
        return (*this)(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1 h %2 min")).arg(hours).arg(minutes % 60);
    }
    return (*this)(QT_TRANSLATE_NOOP("ioc::reporting::render", "%1 min")).arg(minutes);
}

QString Wording::dateTime(Ms instant)
{
    return instant > 0 ? core::vntime::formatLocal(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc()))
                       : QString();
}

QString Wording::date(Ms instant)
{
    return instant > 0
               ? core::vntime::formatLocal(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc()), u"dd/MM/yyyy")
               : QString();
}

} // namespace ioc::reporting::render
